// Rule `markdown/include-unprocessed`: mdBook, GitBook and Quarto includes, variables and template tags stay as written; say where.
import type {Unprocessed} from '../../../parse/find-unprocessed.js'
import type {Rule} from '../../rule.js'

/** What is missing from the book because of the construct, and what to do, by kind. */
function consequence(item: Unprocessed): string {
  switch (item.kind) {
    case 'include':
      return 'the file is not included and the line shows as written; paste the content in'
    case 'section':
      return `the collapsible section's title \`${item.name ?? ''}\` is dropped with the comment (its content stays); write the title as a heading`
    case 'variable':
      return 'its value is not filled in and it shows as written; write the value'
    case 'template':
      return item.tool === 'mdBook' ? 'it shows as written; give the title in front matter (`title:`)' : 'it shows as written; remove it or write out what it stands for'
    default:
      return 'it shows as written; write out what it stands for'
  }
}

const names: Record<Unprocessed['kind'], string> = {
  include: 'include',
  variable: 'variable',
  template: 'template tag',
  shortcode: 'shortcode',
  citation: 'citation',
  'cross-reference': 'cross-reference',
  directive: 'directive',
  section: 'section'
}

/** `markdown/include-unprocessed` */
export const includeUnprocessed: Rule = {
  id: 'markdown/include-unprocessed',
  description: 'mdBook `{{#include}}`, GitBook `{% include %}` and `{{ book.var }}`, Quarto `{{< include >}}` and the like are processed; until Colophon does, each is reported where it stands.',
  severity: 'warn',
  check(book, report) {
    for (const chapter of book.chapters) {
      for (const item of chapter.file.data.unprocessed ?? []) {
        if (item.kind === 'citation' || item.kind === 'cross-reference' || item.kind === 'directive') continue
        const text = item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text
        report(chapter.file, `${item.tool} ${names[item.kind]} \`${text}\` is not processed: ${consequence(item)}`, {line: item.line, column: item.column, offset: item.offset})
      }
    }
  }
}
