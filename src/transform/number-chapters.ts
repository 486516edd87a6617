// Numbers the book's chapters 1…N, unless the book says `numbering: none` or its titles carry their own numbers.
import type {Book, Chapter} from '../book.js'

/** A title that carries its own number: `Chapter 1: Intro`, `Ch. 2 Tools`, `1. Intro`, `1 Intro`, `2.3 Detail`, `IV. Rome`. */
const ownNumber = /^(?:(?:chapter|chap\.?|ch\.?)\s*(?:\d+|[ivxlc]+)\b|\d+(?:\.\d+)*[.:)]?\s+\S|[ivxlc]+[.:)]\s+\S)/i

/**
 * Give every top-level body chapter its number (`chapter.number`), the one the "Chapter 3" labels,
 * contents entries and cross-references show. Sub-chapters and part pages get none: they are not
 * chapters of the book's top level. A book most of whose chapter titles already start with a number
 * (`Chapter 1: …`, `1. …`) numbers its chapters itself, so none is added ("Chapter 1 Chapter 1: Intro").
 *
 * @param book - The book, parsed.
 */
export function numberChapters(book: Book): void {
  if (book.config.numbering === 'none') return
  const numbered = book.chapters.filter((chapter) => chapter.matter === 'body' && chapter.type === 'chapter' && !isSubChapter(chapter))
  const own = numbered.filter((chapter) => hasOwnNumber(chapter.title)).length
  if (own > 0 && own * 2 >= numbered.length) return
  for (const [index, chapter] of numbered.entries()) chapter.number = index + 1
}

/**
 * Whether a chapter title starts with a number of its own.
 *
 * @param title - The title.
 * @returns `true` for `Chapter 1: Intro`, `1. Intro`, `1 Intro`.
 */
export function hasOwnNumber(title: string): boolean {
  return ownNumber.test(title.trim())
}

/** Whether a chapter sits under another chapter (a part page above it does not count). */
function isSubChapter(chapter: Chapter): boolean {
  for (let parent = chapter.parent; parent; parent = parent.parent) if (parent.type !== 'part') return true
  return false
}
