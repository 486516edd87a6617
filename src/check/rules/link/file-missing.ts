// Rule `link/file-missing`: a link to a chapter or file that the book does not have.
import type {Rule} from '../../rule.js'
import {droppedLink} from '../../../transform/drop-dangling.js'
import {didYouMeanText} from '../../../util/did-you-mean.js'
import {safeDecode} from '../../../util/safe-decode.js'

/** `link/file-missing` */
export const fileMissing: Rule = {
  id: 'link/file-missing',
  description: 'Links to other chapters point at chapters listed in `book.yaml`.',
  severity: 'error',
  check(book, report) {
    for (const link of book.links) {
      if (link.problem === 'file-missing') {
        report(link.chapter.file, `Cannot find chapter \`${safeDecode(link.url.split('#')[0] ?? '')}\`${didYouMeanText(link.suggestion)}`, link.node.position, {outcome: droppedLink})
      } else if (link.problem === 'outside') {
        report(link.chapter.file, `Link \`${safeDecode(link.url)}\` points outside the manuscript folder`, link.node.position, {outcome: droppedLink})
      }
    }
  }
}
