// Generates the credits page from the metadata: authors, contributors by role, funders, image credits, rights and licence.
import path from 'node:path'
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import type {Book, Chapter} from '../book.js'
import type {Person} from '../config/schema.js'
import {roleHeading} from '../util/marc-relators.js'
import {creditFor, configCreditFor, imageTitle, type ImageCredit} from './image-credits.js'

/** Title of the generated chapter. */
export const creditsTitle = 'Credits'

/**
 * Append the credits page to the back matter, as a generated chapter every output renders.
 *
 * Runs before ids are assigned, so its headings get book-wide ids like any chapter's.
 *
 * @param book - The book, after figures are numbered (their labels name the images).
 */
export function creditsPage(book: Book): void {
  const taken = new Set(book.chapters.map((chapter) => chapter.slug))
  let slug = 'credits'
  for (let count = 2; taken.has(slug); count++) slug = `credits-${count}`
  const hast: Root = {type: 'root', children: [h('h1', creditsTitle), ...sections(book)]}
  const chapter: Chapter = {
    file: new VFile({path: path.join(book.root, slug)}),
    name: slug,
    slug,
    matter: 'back',
    type: 'credits',
    title: creditsTitle,
    frontMatter: {contributors: []},
    hast,
    anchors: new Map(),
    id: '',
    generated: true
  }
  book.chapters.push(chapter)
}

/**
 * The funders (role `fnd`) among the book's contributors, in book order.
 *
 * @param book - The book.
 * @returns The funders.
 */
export function funders(book: Book): Person[] {
  return book.config.contributors.filter((person) => person.role === 'fnd')
}

function sections(book: Book): Element[] {
  const {config} = book
  const result: Element[] = []
  if (config.authors.length > 0) result.push(h('h2', 'Authors'), h('ul', config.authors.map((person) => h('li', person.name))))

  const byRole = new Map<string, string[]>()
  for (const person of config.contributors) {
    const role = person.role ?? 'ctb'
    if (role === 'fnd') continue
    byRole.set(role, [...(byRole.get(role) ?? []), person.name])
  }

  if (byRole.size > 0) {
    const items = [...byRole].flatMap(([role, names]) => [h('dt', roleHeading(role)), ...names.map((name) => h('dd', name))])
    result.push(h('h2', 'Contributors'), h('dl', items))
  }

  const funding = funders(book)
  if (funding.length > 0) {
    result.push(h('h2', 'Funding'), h('p', `This book was funded by ${listText(funding.map((person) => person.name))}.`))
  }

  const images = imageCredits(book)
  if (images.length > 0) {
    const items = images.map(({credit, what}) => h('li', creditLine(credit, what)))
    result.push(h('h2', 'Images'), h('ul', items))
  }

  const rights: Element[] = []
  if (config.rights) rights.push(h('p', config.rights))
  if (config.license) rights.push(h('p', `Licence: ${config.license}`))
  if (rights.length > 0) result.push(h('h2', 'Rights'), ...rights)
  return result
}

/** `Figure 1, Figure 3: Jo Artist. Licence: CC-BY-4.0. Source.` with the source as a link. */
function creditLine(credit: ImageCredit, what: string[]): ElementContent[] {
  const line: ElementContent[] = [{type: 'text', value: `${listText(what)}: ${credit.creator}. Licence: ${credit.license}.`}]
  if (credit.source) line.push({type: 'text', value: ' '}, h('a', {href: credit.source}, 'Source'), {type: 'text', value: '.'})
  return line
}

/** Each distinct credit with the images it covers (figure labels, else file names; the cover too). */
function imageCredits(book: Book): Array<{credit: ImageCredit; what: string[]}> {
  const groups = new Map<string, {credit: ImageCredit; what: string[]}>()
  const add = (credit: ImageCredit, what: string): void => {
    const key = credit.origin.kind === 'config' ? `config ${credit.origin.index}` : `${credit.creator}\n${credit.license}\n${credit.source ?? ''}`
    const group = groups.get(key) ?? {credit, what: []}
    if (!group.what.includes(what)) group.what.push(what)
    groups.set(key, group)
  }

  if (book.config.cover) {
    const credit = configCreditFor(book, path.posix.normalize(book.config.cover))
    if (credit) add(credit, 'Cover')
  }

  for (const chapter of book.chapters) {
    if (chapter.generated) continue
    visit(chapter.hast, 'element', (node: Element, _index, parent) => {
      if (node.tagName !== 'img') return
      const src = String(node.properties['src'] ?? '')
      if (src === '' || /^[a-z][a-z\d+.-]*:/i.test(src)) return
      const href = path.posix.normalize(path.posix.join(path.posix.dirname(chapter.name), safeDecode(src.split(/[?#]/)[0] ?? '')))
      const credit = creditFor(book, href, imageTitle(chapter, node))
      if (!credit || 'problem' in credit) return
      const id = parent?.type === 'element' && parent.tagName === 'figure' ? String(parent.properties['id'] ?? '') : ''
      add(credit, book.labels.get(id)?.text ?? path.posix.basename(href))
    })
  }

  return [...groups.values()]
}

/** `A`, `A and B`, `A, B and C`. */
function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
