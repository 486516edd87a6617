// Rule `link/anchor-missing`: a `#fragment` that no heading or id in the target chapter has.
import type {Rule} from '../../rule.js'
import {droppedLink} from '../../../transform/drop-dangling.js'
import {didYouMeanText} from '../../../util/did-you-mean.js'
import {safeDecode} from '../../../util/safe-decode.js'

/** `link/anchor-missing` */
export const anchorMissing: Rule = {
  id: 'link/anchor-missing',
  description: 'Every `#fragment` names a heading or id in the chapter it points at.',
  severity: 'error',
  check(book, report) {
    for (const link of book.links) {
      if (link.problem !== 'anchor-missing') continue
      // Named as the author wrote it: `#fig-地図`, not `#fig-%E5%9C%B0%E5%9B%B3`.
      const [file, fragment] = safeDecode(link.url).split('#')
      const where = file ? `\`${file}\`` : 'this chapter'
      report(link.chapter.file, `Cannot find heading for \`#${fragment}\` in ${where}${didYouMeanText(link.suggestion && `#${link.suggestion}`)}`, link.node.position, {outcome: droppedLink})
    }
  }
}
