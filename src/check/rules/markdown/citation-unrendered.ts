// Rule `markdown/citation-unrendered`: Pandoc citations and Quarto cross-references stay as written; say where.
import type {Rule} from '../../rule.js'

/** `markdown/citation-unrendered` */
export const citationUnrendered: Rule = {
  id: 'markdown/citation-unrendered',
  description: 'Pandoc citations (`[@key]`, `@key`) are rendered; until Colophon does, each is reported where it stands (Quarto cross-references such as `@fig-map` are links).',
  severity: 'warn',
  check(book, report) {
    for (const chapter of book.chapters) {
      for (const item of chapter.file.data.unprocessed ?? []) {
        if (item.kind === 'citation') {
          report(chapter.file, `Citation \`${item.text}\` is not rendered: Colophon has no bibliography yet, so it shows as written; write the reference out, or escape the \`@\` (\`\\@\`) if it is not a citation`, {line: item.line, column: item.column, offset: item.offset})
        } else if (item.kind === 'cross-reference') {
          const id = item.text.replace(/^-?@\{?|\}$/g, '')
          report(chapter.file, `Cross-reference \`${item.text}\` is not resolved; it shows as written; link to the element with \`[](#${id})\``, {line: item.line, column: item.column, offset: item.offset})
        }
      }
    }
  }
}
