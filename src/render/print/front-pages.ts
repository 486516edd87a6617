// The pages before the chapters: cover, title page and the copyright and licence page, as hast.
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Asset, Book} from '../../book.js'
import type {Person} from '../../config/schema.js'
import {bookWords, englishProperties} from '../../util/generated-text.js'
import {licenseLink} from '../../util/license-link.js'
import {bookFonts} from '../../fonts/book-fonts.js'
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
    h('img', {src: dataUrl(cover), alt: `Cover of ${book.config.title}`, ...englishProperties(book.config.language)})
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
    h('p.book-authors', names(config.authors).join('')),
    config.publisher ? h('p.book-publisher', config.publisher) : undefined
  ])
}

/**
 * The copyright page: rights, licence, credits and identifiers. Its sentences are English, so in
 * other books they say so, with the names in them in the book's language (WCAG 3.1.2).
 *
 * @param book - The book.
 * @returns The section.
 */
export function copyrightPage(book: Book): Element {
  const {config} = book
  const english = englishProperties(config.language)
  const own = (text: string): Element | string => bookWords(config.language, text)
  const byRole = new Map<string, Person[]>()
  for (const person of config.contributors) {
    const role = person.role ?? 'ctb'
    byRole.set(role, [...(byRole.get(role) ?? []), person])
  }

  const credits = [...byRole].flatMap(([role, people]) => [h('dt', english, `${roleNames[role] ?? role}: `), h('dd', names(people).join(''))])
  const license = config.license
  return h('section.copyright-page.matter-front', {id: 'colophon-copyright'}, [
    h('p', [h('i', config.title), config.subtitle ? `: ${config.subtitle}` : '']),
    h('p', english, ['By ', ...names(config.authors, own)]),
    credits.length > 0 ? h('dl', credits) : undefined,
    config.rights ? h('p', config.rights) : undefined,
    license
      ? h('p', english, ['Licensed under ', licenseLink(license), '.'])
      : undefined,
    config.edition ? h('p', config.edition) : undefined,
    h('p', english, [...(config.publisher ? ['Published by ', own(config.publisher), ', '] : ['Published ']), config.date, '.']),
    config.isbn ? h('p', english, `ISBN ${config.isbn}`) : undefined,
    h('p', config.identifier),
    // Names the fonts the PDF really embeds: JetBrains Mono only in a book with code.
    h('p', english, bookFonts(book).mono ? 'Typeset in Literata and JetBrains Mono with Colophon.' : 'Typeset in Literata with Colophon.')
  ])
}

/** `A`, `A and B`, `A, B and C`, as parts, so the names may be wrapped in elements. */
function names(people: Person[], wrap: (name: string) => Element | string = (name) => name): Array<Element | string> {
  const all = people.map((person) => wrap(person.name))
  if (all.length <= 1) return all
  return [...all.slice(0, -1).flatMap((name, index) => (index === 0 ? [name] : [', ', name])), ' and ', all.at(-1) as Element | string]
}
