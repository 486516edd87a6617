// The print document's parts in order, with the ids the renderer gives them and the printer looks for.
import type {Element, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import type {Book, Chapter, Matter, Part} from '../../book.js'

/** What a part of the print document is. */
export type PrintSectionKind = 'cover' | 'title' | 'copyright' | 'contents' | 'part' | 'chapter'

/** One part of the print document that opens a new page. */
export interface PrintSection {
  /** Id of the part's outermost element (a link target in the layout pass). */
  id: string
  /** What the part is. */
  kind: PrintSectionKind
  /** Front, body or back matter. */
  matter: Matter
  /** Title for the running head of its right-hand pages. */
  title: string
  /** The chapter, for chapter parts. */
  chapter?: Chapter
  /** The book's part, for the title page of a part without a page of its own. */
  part?: Part
}

/** One line of the contents page. */
export interface ContentsEntry {
  /** Book-wide id of the heading. */
  id: string
  /** Heading level, 1 for the chapter title. */
  level: number
  /** Heading text. */
  text: string
  /** The heading's own language, when it differs from the book's (generated English headings). */
  lang?: string
}

/** Class of the hidden list of links that makes Chrome record where every target falls. */
export const targetsClass = 'colophon-targets'

/**
 * The parts of the print document in reading order.
 *
 * @param book - The book.
 * @param hasCover - Whether a cover page is printed.
 * @returns The parts.
 */
export function printSections(book: Book, hasCover: boolean): PrintSection[] {
  const sections: PrintSection[] = []
  if (hasCover) sections.push({id: 'colophon-cover', kind: 'cover', matter: 'front', title: ''})
  sections.push(
    {id: 'colophon-title-page', kind: 'title', matter: 'front', title: ''},
    {id: 'colophon-copyright', kind: 'copyright', matter: 'front', title: ''},
    {id: 'colophon-contents', kind: 'contents', matter: 'front', title: 'Contents'}
  )
  for (const chapter of book.chapters) {
    for (const part of chapter.opens) sections.push({id: part.id, kind: 'part', matter: part.matter, title: part.title, part})
    sections.push({id: `colophon-ch-${chapter.slug}`, kind: 'chapter', matter: chapter.matter, title: chapter.title, chapter})
  }

  return sections
}

/**
 * The id of every top-level element of a chapter's tree, in order: its own id, or one made up.
 * Index `i` of the result is index `i` of the {@link PageMap}'s `block`.
 *
 * @param chapter - The chapter.
 * @returns Ids, one per element child of `chapter.hast`.
 */
export function blockIds(chapter: Chapter): string[] {
  const ids: string[] = []
  for (const node of chapter.hast.children) {
    if (node.type !== 'element') continue
    const own = node.properties['id']
    ids.push(typeof own === 'string' && own !== '' ? own : `colophon-b-${chapter.slug}-${ids.length}`)
  }

  return ids
}

/**
 * The contents entries: every part and chapter, nested as `book.yaml` nests them, and each chapter's headings down to `toc-depth`.
 *
 * @param book - The book.
 * @returns Entries in reading order.
 */
export function contentsEntries(book: Book): ContentsEntry[] {
  const depth = book.config['toc-depth']
  const entries: ContentsEntry[] = []
  for (const chapter of book.chapters) {
    for (const part of chapter.opens) entries.push({id: part.id, level: part.depth + 1, text: part.title})
    const start = entries.length
    entries.push({id: chapter.id, level: 1, text: chapter.title, ...ownLanguage(findHeading(chapter.hast, chapter.id))})
    if (depth > 1) collectHeadings(chapter.hast, depth, entries)
    // A sub-chapter's entries sit under its parent's: one level deeper per level of nesting.
    for (const entry of entries.slice(start)) entry.level += chapter.depth
  }

  return entries
}

function collectHeadings(node: Root | Element, depth: number, entries: ContentsEntry[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    // The notes section's heading is not part of the contents.
    if (child.properties['dataFootnotes'] !== undefined) continue
    const level = /^h([2-6])$/.exec(child.tagName)?.[1]
    const id = child.properties['id']
    if (level && Number(level) <= depth && typeof id === 'string') {
      entries.push({id, level: Number(level), text: toString(child).trim(), ...ownLanguage(child)})
    } else if (!level) collectHeadings(child, depth, entries)
  }
}

/** The element with `id` in a chapter's tree (its title), if any. */
function findHeading(node: Root | Element, id: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.properties['id'] === id) return child
    const found = findHeading(child, id)
    if (found) return found
  }

  return undefined
}

/** `{lang}` of a heading marked with a language of its own, else nothing. */
function ownLanguage(heading: Element | undefined): {lang?: string} {
  const lang = heading?.properties['lang']
  return typeof lang === 'string' ? {lang} : {}
}
