// Rule `link/anchor-missing`: a `#fragment` that no heading or id in the target chapter has.
import type {Rule} from '../../rule.js'
import {didYouMeanText} from '../../../util/did-you-mean.js'

/** `link/anchor-missing` */
export const anchorMissing: Rule = {
  id: 'link/anchor-missing',
  description: 'Every `#fragment` names a heading or id in the chapter it points at.',
  severity: 'error',
  check(book, report) {
    for (const link of book.links) {
      if (link.problem !== 'anchor-missing') continue
      const [file, fragment] = link.url.split('#')
      const where = file ? `\`${file}\`` : 'this chapter'
      report(link.chapter.file, `Cannot find heading for \`#${fragment}\` in ${where}${didYouMeanText(link.suggestion && `#${link.suggestion}`)}`, link.node.position)
    }
  }
}
