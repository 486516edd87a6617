// Rule `markdown/citation-unrendered`: Pandoc citations and Quarto cross-references stay as written; say where.
import type {Rule} from '../../rule.js'
import {unprocessedOf} from '../../unprocessed.js'

/** `markdown/citation-unrendered` */
export const citationUnrendered: Rule = {
  id: 'markdown/citation-unrendered',
  description: 'Pandoc citations (`[@key]`, `@key`) are rendered; until Colophon does, each is reported where it stands (Quarto cross-references such as `@fig-map` are links).',
  severity: 'warn',
  check(book, report) {
    for (const {file, item, place} of unprocessedOf(book, ['citation', 'cross-reference'])) {
      if (item.kind === 'citation') {
        report(file, `Citation \`${item.text}\` is not rendered: Colophon has no bibliography yet, so it shows as written; write the reference out, or escape the \`@\` (\`\\@\`) if it is not a citation`, place)
      } else {
        const id = item.text.replace(/^-?@\{?|\}$/g, '')
        report(file, `Cross-reference \`${item.text}\` is not resolved; it shows as written; link to the element with \`[](#${id})\``, place)
      }
    }
  }
}
