// Rule `markdown/directive-unprocessed`: MyST directives and Quarto cells (```{figure}```, ```{python}```) show as code with their source; say where.
import type {Rule} from '../../rule.js'
import {unprocessedOf} from '../../unprocessed.js'

/** What to write instead, by directive name. */
function instead(name: string): string {
  if (name === 'figure' || name === 'image') return 'write the figure as an image with its caption as the title: `![alt](path "Caption")`'
  if (/^(?:admonition|note|tip|hint|important|warning|caution|danger|attention|error|seealso)$/.test(name)) return 'write it as a `:::note` or `:::tip`'
  if (name === 'epigraph' || name === 'pull-quote' || name === 'blockquote') return 'write it as a block quote ending with `— Source`'
  if (name === 'margin' || name === 'sidebar' || name === 'aside') return 'write it as a footnote or a `:::note`'
  if (name === 'mermaid' || name === 'dot' || name === 'graphviz') return 'export the diagram as an SVG image'
  if (/^(?:code-cell|code|code-block|python|r|julia|ojs|bash|sql)$/.test(name)) return 'write it as a plain fenced code block (nothing is run), with its output pasted in if it matters'
  return 'rewrite it as Markdown'
}

/** `markdown/directive-unprocessed` */
export const directiveUnprocessed: Rule = {
  id: 'markdown/directive-unprocessed',
  description: 'MyST directives (```` ```{code-cell} ````, `:::{dropdown}`) and Quarto cells (```` ```{python} ````) are rewritten as Markdown; until Colophon renders them, each shows as its source and is reported.',
  severity: 'warn',
  check(book, report) {
    for (const {file, item, place} of unprocessedOf(book, ['directive'])) {
      const what = item.tool === 'Quarto' ? 'Quarto cell' : 'MyST directive'
      report(file, `${what} \`${item.text}\` is not rendered: it shows as its source; ${instead(item.name ?? '')}`, place)
    }
  }
}
