// Each chapter's title: its first heading whatever its level (the chapter's headings raised with it), its front matter `title`, never the book's title repeated atop most chapters.
import type {Element, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import type {Book, Chapter} from '../book.js'
import {addMessage} from '../report/message.js'

/**
 * Give every chapter its title and its title heading at level 1. A heading that opens most chapters
 * is the book's title repeated, not theirs: it is left out (for `markdown/repeated-heading`) and the
 * next heading is the title.
 *
 * @param book - The book, its chapters parsed.
 */
export function titleChapters(book: Book): void {
  const repeated = repeatedOpening(book)
  for (const chapter of book.chapters) {
    const first = firstHeading(chapter.hast)
    if (repeated && first && !chapter.frontMatter.title && normal(toString(first.element)) === repeated.text && first.next) {
      first.parent.children.splice(first.parent.children.indexOf(first.element), 1)
      chapter.repeatedHeading = {text: toString(first.element).trim(), count: repeated.count, element: first.element}
    }

    chapter.title = ensureTitle(chapter)
  }
}

/** The text (normalised) that opens at least two chapters and most of them, or the book's title opening two or more. */
function repeatedOpening(book: Book): {text: string; count: number} | undefined {
  const counts = new Map<string, number>()
  for (const chapter of book.chapters) {
    const first = firstHeading(chapter.hast)
    if (first) counts.set(normal(toString(first.element)), (counts.get(normal(toString(first.element))) ?? 0) + 1)
  }

  const bookTitle = normal(book.config.title)
  for (const [text, count] of counts) {
    if (count >= 2 && (count * 2 > book.chapters.length || text === bookTitle)) return {text, count}
  }

  return undefined
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Elements whose headings belong to them, not to the chapter's outline (the notes heading is GFM's own). */
const ownHeadings = new Set(['aside', 'blockquote', 'figure', 'table', 'nav', 'header', 'footer'])

/** A heading in the chapter's outline, with its parent, in document order. */
interface FoundHeading {
  element: Element
  parent: Root | Element
  /** Whether another heading follows it. */
  next: boolean
}

/** The chapter's first heading, whatever its level, outside notes, asides, quotations, figures and tables. */
function firstHeading(root: Root): FoundHeading | undefined {
  const found = outlineHeadings(root, 2)
  const first = found[0]
  return first ? {...first, next: found.length > 1} : undefined
}

/** The first `limit` outline headings of `node`, in document order. */
function outlineHeadings(node: Root | Element, limit: number, found: Array<{element: Element; parent: Root | Element}> = []): Array<{element: Element; parent: Root | Element}> {
  for (const child of node.children) {
    if (found.length >= limit) break
    if (child.type !== 'element' || ownHeadings.has(child.tagName) || child.properties['dataFootnotes'] !== undefined) continue
    if (headingLevel(child) !== undefined) found.push({element: child, parent: node})
    else outlineHeadings(child, limit, found)
  }

  return found
}

function headingLevel(node: Element): number | undefined {
  const level = /^h([1-6])$/.exec(node.tagName)?.[1]
  return level === undefined ? undefined : Number(level)
}

/**
 * The chapter's title: its front matter `title`, else its first heading, whatever its level. The
 * title heading becomes the document's level 1 and every heading of the chapter moves up as many
 * levels with it, so a sub-chapter that opens with `##` has an outline without gaps. A chapter whose
 * title is in its front matter keeps a `#` heading, or a first heading of any level that says the
 * same as the title with nothing before it (else "Title" would show twice), as its title heading;
 * otherwise a level-1 heading with the title is added above the chapter's own headings.
 */
function ensureTitle(chapter: Chapter): string {
  const first = firstHeading(chapter.hast)
  const given = chapter.frontMatter.title
  // With a `title` in front matter, a leading heading that says the same is the title heading (not shown twice);
  // any other `##` stays a section under the title, as in a Quarto chapter whose title lives in its front matter.
  const leads = first !== undefined && chapter.hast.children.find((node) => node.type === 'element') === first.element
  const same = given !== undefined && first !== undefined && normal(toString(first.element)) === normal(given)
  const heading = first && (given === undefined || (leads && same) || first.element.tagName === 'h1') ? first.element : undefined
  const title = chapter.frontMatter.title ?? (heading ? toString(heading).trim() : undefined)
  if (heading) {
    chapter.headingShift = (headingLevel(heading) ?? 1) - 1
    if (chapter.headingShift > 0) shiftHeadings(chapter.hast, chapter.headingShift)
  }

  if (title !== undefined && heading) return title
  if (title === undefined) {
    addMessage(chapter.file, 'Chapter has no title; add a heading or `title` in front matter', {
      ruleId: 'config/title-missing',
      place: {line: 1, column: 1}
    })
  }

  const added: Element = {type: 'element', tagName: 'h1', properties: {}, children: [{type: 'text', value: title ?? chapter.slug}]}
  chapter.hast.children.unshift(added)
  return title ?? chapter.slug
}

/** Raise every heading of the chapter's outline by `shift` levels, none above level 1. */
function shiftHeadings(node: Root | Element, shift: number): void {
  for (const child of node.children) {
    if (child.type !== 'element' || ownHeadings.has(child.tagName) || child.properties['dataFootnotes'] !== undefined) continue
    const level = headingLevel(child)
    if (level === undefined) shiftHeadings(child, shift)
    else child.tagName = `h${Math.max(1, level - shift)}`
  }
}

