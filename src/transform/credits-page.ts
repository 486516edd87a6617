// Generates the credits page from the metadata: authors, contributors by role, funders, image credits, rights and licence.
import path from 'node:path'
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import type {Book, Chapter} from '../book.js'
import type {Person} from '../config/schema.js'
import {bookWords, englishProperties} from '../util/generated-text.js'
import {licenseLink} from '../util/license-link.js'
import {roleHeading} from '../util/marc-relators.js'
import {creditFor, configCreditFor, imageTitle, type ImageCredit} from './image-credits.js'
import {safeDecode} from '../util/safe-decode.js'

/** Title of the generated chapter. */
export const creditsTitle = 'Credits'

/**
 * Append the credits page to the back matter, as a generated chapter every output renders.
 *
 * Runs before ids are assigned, so its headings get book-wide ids like any chapter's.
 * Its words are English: in a book in another language they carry `lang="en"` (WCAG 3.1.2), in
 * the tree itself, so the EPUB and the PDF's tagged text both say so; names keep the book's language.
 *
 * @param book - The book, after figures are numbered (their labels name the images).
 */
export function creditsPage(book: Book): void {
  const taken = new Set(book.chapters.map((chapter) => chapter.slug))
  let slug = 'credits'
  for (let count = 2; taken.has(slug); count++) slug = `credits-${count}`
  const hast: Root = {type: 'root', children: [h('h1', englishProperties(book.config.language), creditsTitle), ...sections(book)]}
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
    generated: true,
    depth: 0,
    opens: [],
    headingShift: 0
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
  const english = englishProperties(config.language)
  const own = (text: string): Element | string => bookWords(config.language, text)
  const heading = (text: string): Element => h('h2', english, text)
  const result: Element[] = []
  if (config.authors.length > 0) result.push(heading('Authors'), h('ul', config.authors.map((person) => h('li', person.name))))

  const byRole = new Map<string, string[]>()
  for (const person of config.contributors) {
    const {role} = person
    if (role === 'fnd') continue
    byRole.set(role, [...(byRole.get(role) ?? []), person.name])
  }

  if (byRole.size > 0) {
    const items = [...byRole].flatMap(([role, names]) => [h('dt', english, roleHeading(role)), ...names.map((name) => h('dd', name))])
    result.push(heading('Contributors'), h('dl', items))
  }

  const funding = funders(book)
  if (funding.length > 0) {
    const names = listText(funding.map((person) => own(person.name)))
    result.push(heading('Funding'), h('p', english, ['This book was funded by ', ...names, '.']))
  }

  const images = imageCredits(book)
  if (images.length > 0) {
    const items = images.map(({credit, what}) => h('li', english, creditLine(credit, what, own)))
    result.push(heading('Images'), h('ul', items))
  }

  const rights: Element[] = []
  if (config.rights) rights.push(h('p', config.rights))
  if (config.license) rights.push(h('p', english, ['Licence: ', licenseLink(config.license)]))
  if (rights.length > 0) result.push(heading('Rights'), ...rights)
  return result
}

/** `Figure 1, Figure 3: Jo Artist. Licence: CC-BY-4.0. Source.` with the source as a link; the creator in the book's language. */
function creditLine(credit: ImageCredit, what: string[], own: (text: string) => Element | string): ElementContent[] {
  const parts = [`${listText(what).join('')}: `, own(credit.creator), '. Licence: ', licenseLink(credit.license), '.']
  const line = parts.map((part): ElementContent => (typeof part === 'string' ? {type: 'text', value: part} : part))
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

  // A downloaded remote image's URL is its source when the author's credit names none.
  const withSource = (credit: ImageCredit, url: string | undefined): ImageCredit => (credit.source || !url ? credit : {...credit, source: url})
  const cover = book.config.cover
  if (cover) {
    const local = book.remoteImages.get(cover)
    const credit = configCreditFor(book, path.posix.normalize(local ?? cover))
    if (credit) add(withSource(credit, local === undefined ? undefined : cover), 'Cover')
  }

  for (const chapter of book.chapters) {
    if (chapter.generated) continue
    visit(chapter.hast, 'element', (node: Element, _index, parent) => {
      if (node.tagName !== 'img') return
      const src = String(node.properties['src'] ?? '')
      // Runs before the images are resolved: a remote URL stands for the file it was downloaded to.
      const local = book.remoteImages.get(src)
      if (local === undefined && (src === '' || /^[a-z][a-z\d+.-]*:/i.test(src))) return
      const href = local ?? path.posix.normalize(path.posix.join(path.posix.dirname(chapter.name), safeDecode(src.split(/[?#]/)[0] ?? '')))
      const credit = creditFor(book, href, imageTitle(chapter, node))
      if (!credit || 'problem' in credit) return
      const id = parent?.type === 'element' && parent.tagName === 'figure' ? String(parent.properties['id'] ?? '') : ''
      add(withSource(credit, local === undefined ? undefined : src), book.labels.get(id)?.text ?? path.posix.basename(href))
    })
  }

  return [...groups.values()]
}

/** `A`, `A and B`, `A, B and C`, as parts, so items may be elements. */
function listText<Item>(items: Item[]): Array<Item | string> {
  if (items.length <= 1) return items
  return [...items.slice(0, -1).flatMap((item, index) => (index === 0 ? [item] : [', ', item])), ' and ', items.at(-1) as Item]
}
