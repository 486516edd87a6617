// Rule `link/duplicate-id`: two elements with the same id after the book-wide rewrite, so links to it are ambiguous.
import type {Rule} from '../../rule.js'
import {droppedId} from '../../../transform/drop-dangling.js'

/** `link/duplicate-id` */
export const duplicateId: Rule = {
  id: 'link/duplicate-id',
  description: 'Every id (`<span id>`, figure ids from image names) is used once in the whole book.',
  severity: 'error',
  check(book, report) {
    for (const duplicate of book.duplicateIds) {
      // Elements without a position were made by the toolchain, not written by the author, who could not
      // fix them: making those unique is Colophon's job (see src/transform/footnote-label.ts), not the book's.
      if (duplicate.chapter.generated || !duplicate.node.position) continue
      // Figure ids made from image names never clash across chapters (src/transform/figures.ts gives the
      // later one the next free id); in one chapter they do, as a link there could not say which it means.
      const where = duplicate.first === duplicate.chapter ? 'earlier in this chapter' : `in \`${duplicate.first.name}\``
      report(duplicate.chapter.file, `Duplicate id \`${duplicate.id}\`, already used ${where}; rename one`, duplicate.node.position, {outcome: droppedId})
    }
  }
}
