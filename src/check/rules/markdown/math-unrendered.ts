// Rule `markdown/math-unrendered`: `$…$` and `$$…$$` math is kept as its TeX source, not typeset yet; say where.
import type {InlineMath, Math} from 'mdast-util-math'
import {visit} from 'unist-util-visit'
import type {Rule} from '../../rule.js'

/** Longest TeX source quoted in a message; the rest is elided. */
const quoted = 40

/** `markdown/math-unrendered` */
export const mathUnrendered: Rule = {
  id: 'markdown/math-unrendered',
  description: 'Math (`$…$`, `$$…$$`) is typeset; until Colophon renders it, each formula shows as its TeX source and is reported.',
  severity: 'warn',
  check(book, report) {
    for (const chapter of book.chapters) {
      if (!chapter.mdast) continue
      visit(chapter.mdast, (node) => node.type === 'inlineMath' || node.type === 'math', (node) => {
        const math = node as InlineMath | Math
        const source = math.value.replace(/\s+/g, ' ').trim()
        const shown = source.length > quoted ? `${source.slice(0, quoted)}…` : source
        // `$$…$$` within a paragraph is display math too, though remark-math makes it an `inlineMath`.
        const offset = math.position?.start.offset
        const display = math.type === 'math' || (offset !== undefined && String(chapter.file.value).startsWith('$$', offset))
        const what = display ? 'Display math' : 'Math'
        report(chapter.file, `${what} \`${shown}\` is not typeset yet; it shows as its TeX source, kept as written`, math.position)
      })
    }
  }
}
