// The pages before the chapters: cover, title page and the copyright and licence page, as hast.
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Asset, Book} from '../../book.js'
import type {Person} from '../../config/schema.js'
import {dataUrl} from './embed.js'

/** How the copyright page names the common MARC relator roles. */
const roleNames: Record<string, string> = {
  aui: 'Foreword',
  edt: 'Editor',
  ill: 'Illustrations',
  pht: 'Photographs',
  trl: 'Translation',
  fnd: 'Funder',
  ctb: 'Contributor'
}

/**
 * The cover page: the cover image alone on a page without margins.
 *
 * @param book - The book.
 * @param cover - The cover image.
 * @returns The section.
 */
export function coverPage(book: Book, cover: Asset): Element {
  return h('section.cover.matter-front', {id: 'colophon-cover', role: 'doc-cover'}, [
    h('img', {src: dataUrl(cover), alt: `Cover of ${book.config.title}`})
  ])
}

/**
 * The title page: title, subtitle, authors and publisher.
 *
 * @param book - The book.
 * @returns The section.
 */
export function titlePage(book: Book): Element {
  const {config} = book
  return h('section.title-page.matter-front', {id: 'colophon-title-page'}, [
    h('p.book-title', config.title),
    config.subtitle ? h('p.book-subtitle', config.subtitle) : undefined,
    h('p.book-authors', names(config.authors)),
    config.publisher ? h('p.book-publisher', config.publisher) : undefined
  ])
}

/**
 * The copyright page: rights, licence, credits and identifiers.
 *
 * @param book - The book.
 * @returns The section.
 */
export function copyrightPage(book: Book): Element {
  const {config} = book
  const byRole = new Map<string, Person[]>()
  for (const person of config.contributors) {
    const role = person.role ?? 'ctb'
    byRole.set(role, [...(byRole.get(role) ?? []), person])
  }

  const credits = [...byRole].flatMap(([role, people]) => [h('dt', `${roleNames[role] ?? role}: `), h('dd', names(people))])
  const license = config.license
  return h('section.copyright-page.matter-front', {id: 'colophon-copyright'}, [
    h('p', [h('i', config.title), config.subtitle ? `: ${config.subtitle}` : '']),
    h('p', `By ${names(config.authors)}`),
    credits.length > 0 ? h('dl', credits) : undefined,
    config.rights ? h('p', config.rights) : undefined,
    license
      ? h('p', [
          'Licensed under ',
          /^[\w.+-]+$/.test(license) ? h('a', {href: `https://spdx.org/licenses/${license}.html`}, license) : license,
          '.'
        ])
      : undefined,
    config.edition ? h('p', config.edition) : undefined,
    h('p', [config.publisher ? `Published by ${config.publisher}, ` : 'Published ', config.date, '.']),
    config.isbn ? h('p', `ISBN ${config.isbn}`) : undefined,
    h('p', config.identifier),
    h('p', 'Typeset in Literata with Colophon.')
  ])
}

function names(people: Person[]): string {
  const all = people.map((person) => person.name)
  return all.length <= 2 ? all.join(' and ') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`
}
