// Rule `link/duplicate-id`: two elements with the same id after the book-wide rewrite, so links to it are ambiguous.
import type {Book} from '../../../book.js'
import type {Rule} from '../../rule.js'

/** `link/duplicate-id` */
export const duplicateId: Rule = {
  id: 'link/duplicate-id',
  description: 'Every id (`<span id>`, figure ids from image names) is used once in the whole book.',
  severity: 'error',
  check(book, report) {
    const linked = linkedFragments(book)
    for (const duplicate of book.duplicateIds) {
      // Elements without a position were made by the toolchain, not written by the author, who could not
      // fix them: making those unique is Colophon's job (see src/transform/footnote-label.ts), not the book's.
      if (duplicate.chapter.generated || !duplicate.node.position) continue
      const sameChapter = duplicate.first === duplicate.chapter
      // A figure id comes from the image's file name, not from the author: two chapters each with their own
      // `images/step1.png` are no fault until a link names `#fig-step1` and cannot say which one it means.
      // In one chapter the clash stays an error, as the chapter's document would carry the id twice.
      if (!sameChapter && imageFigure(book, duplicate.node.tagName, duplicate.id) && !linked.has(duplicate.id)) continue
      const where = sameChapter ? 'earlier in this chapter' : `in \`${duplicate.first.name}\``
      report(duplicate.chapter.file, `Duplicate id \`${duplicate.id}\`, already used ${where}; rename one`, duplicate.node.position)
    }
  }
}

/** A figure whose id Colophon made from its image's name (`fig-map`), with a label of its own. */
function imageFigure(book: Book, tagName: string, id: string): boolean {
  return tagName === 'figure' && id.startsWith('fig-') && book.labels.has(id)
}

/** Every fragment an internal link of the book names (`#fig-map`, `02-tools.md#fig-map`). */
function linkedFragments(book: Book): Set<string> {
  const fragments = new Set<string>()
  for (const link of book.links) {
    if (link.kind !== 'internal') continue
    const hash = link.url.indexOf('#')
    if (hash === -1) continue
    const fragment = link.url.slice(hash + 1)
    try {
      fragments.add(decodeURIComponent(fragment))
    } catch {
      fragments.add(fragment)
    }
  }

  return fragments
}
