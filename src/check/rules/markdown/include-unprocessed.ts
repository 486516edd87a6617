// Rule `markdown/include-unprocessed`: mdBook, GitBook and Quarto includes, variables and template tags stay as written; say where.
import type {Unprocessed} from '../../../parse/find-unprocessed.js'
import type {Rule} from '../../rule.js'
import {unprocessedOf} from '../../unprocessed.js'

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
  description: 'mdBook `{{#include}}`, GitBook `{% include %}` and `{{ book.var }}`, Quarto `{{< include >}}` and the like are processed (mdBook includes in code blocks and `{{ book.var }}` with a value are); until Colophon does, each is reported where it stands.',
  severity: 'warn',
  check(book, report) {
    // A template tag loses nothing but its own markup, and a tutorial may use one on every listing (the Django
    // Girls tutorial has 276 `{% filename %}`): each tag name is reported once per chapter, at its first place,
    // with a count. Includes and variables each lose content of their own, so each is reported where it stands.
    const found = unprocessedOf(book, ['include', 'variable', 'template', 'shortcode', 'section'])
    const tagKey = ({file, item}: (typeof found)[number]): string => `${file.path}\0${item.tool} ${item.name ?? item.text}`
    const tags = new Map<string, number>()
    for (const entry of found) if (entry.item.kind === 'template') tags.set(tagKey(entry), (tags.get(tagKey(entry)) ?? 0) + 1)
    for (const entry of found) {
      const {file, item, place} = entry
      const count = item.kind === 'template' ? tags.get(tagKey(entry)) : undefined
      if (count === 0) continue
      if (count !== undefined) tags.set(tagKey(entry), 0)
      const more = (count ?? 1) - 1
      const text = item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text
      const also = more > 0 ? ` (and ${more} more \`${item.name ?? ''}\` ${more === 1 ? 'tag' : 'tags'} in this chapter)` : ''
      report(file, `${item.tool} ${names[item.kind]} \`${text}\` is not processed${also}: ${consequence(item)}`, place)
    }
  }
}
