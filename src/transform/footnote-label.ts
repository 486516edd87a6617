// Gives each chapter's footnotes heading its own id: remark-rehype names it `footnote-label` in every chapter.
import type {Element} from 'hast'
import {visit} from 'unist-util-visit'
import type {Book} from '../book.js'

/** The id mdast-util-to-hast hard-codes for the footnotes heading (it ignores `clobberPrefix` there). */
const sharedId = 'footnote-label'

/**
 * Rename every chapter's `footnote-label` to `<chapter slug>-footnote-label` and point the
 * note references' `aria-describedby` at it, so ids stay unique when chapters share one document.
 *
 * @param book - The book, before {@link assignIds}.
 */
export function prefixFootnoteLabel(book: Book): void {
  for (const chapter of book.chapters) {
    const id = `${chapter.slug}-${sharedId}`
    visit(chapter.hast, 'element', (node: Element) => {
      if (node.properties['id'] === sharedId) node.properties['id'] = id
      const describedBy = node.properties['ariaDescribedBy']
      if (Array.isArray(describedBy) && describedBy.includes(sharedId)) {
        node.properties['ariaDescribedBy'] = describedBy.map((value) => (value === sharedId ? id : value))
      }
    })
  }
}
