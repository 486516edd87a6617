// Tests for Quarto callouts and MyST admonitions: each becomes the `note` or `tip` aside that `:::note` makes, and other divs stay as written.
import {toHtml} from 'hast-util-to-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseChapter} from '../../src/parse/parse-chapter.js'

function parse(markdown: string): {html: string; file: VFile} {
  const file = new VFile({path: '01-start.md', value: markdown})
  return {html: toHtml(parseChapter(file, 'start').hast), file}
}

const html = (markdown: string): string => parse(markdown).html

describe('Quarto callouts', () => {
  it('reads `::: callout-tip` with a heading as its title', () => {
    expect(html('::: callout-tip\n## Save *often*\nEvery hour.\n:::\n')).toBe(
      '<aside class="tip" aria-label="Tip: Save often">\n<p class="aside-title">Tip: Save often</p>\n<p>Every hour.</p>\n</aside>'
    )
  })

  it('reads the attribute form with a title, ignoring `appearance`', () => {
    expect(html('::: {.callout-warning title="Wet paint" appearance="simple"}\nDo not touch.\n\nStill wet.\n:::\n')).toBe(
      '<aside class="note" aria-label="Warning: Wet paint">\n<p class="aside-title">Warning: Wet paint</p>\n<p>Do not touch.</p>\n<p>Still wet.</p>\n</aside>'
    )
  })

  it('leaves other divs and their fences as written', () => {
    expect(html('::: {.column-margin}\nAside.\n:::\n')).toBe('<p>::: {.column-margin}</p>\n<p>Aside.</p>\n<p>:::</p>')
  })

  it('pairs fences around a nested div, so its close does not end the callout', () => {
    expect(html('::: callout-note\nOuter.\n\n::: {.panel}\nInner.\n:::\n\nStill outer.\n:::\n')).toBe(
      '<aside class="note" aria-label="Note">\n<p class="aside-title">Note</p>\n<p>Outer.</p>\n<p>::: {.panel}</p>\n<p>Inner.</p>\n<p>:::</p>\n<p>Still outer.</p>\n</aside>'
    )
  })
})

describe('MyST admonitions', () => {
  it('reads a backtick fence, dropping its options', () => {
    expect(html('```{warning}\n:class: dense\nThe *ice* is thin.\n```\n')).toBe(
      '<aside class="note" aria-label="Warning">\n<p class="aside-title">Warning</p>\n<p>The <em>ice</em> is thin.</p>\n</aside>'
    )
  })

  it('takes the argument of `{admonition}` as the title and label', () => {
    expect(html('```{admonition} Before you start\nRead this.\n```\n')).toBe(
      '<aside class="note" aria-label="Before you start">\n<p class="aside-title">Before you start</p>\n<p>Read this.</p>\n</aside>'
    )
  })

  it('reads colon fences, with a hint as a tip and the rest of the line as the first words', () => {
    expect(html(':::{hint} Try the\nsmaller key.\n:::\n')).toBe(
      '<aside class="tip" aria-label="Hint">\n<p class="aside-title">Hint</p>\n<p>Try the</p>\n<p>smaller key.</p>\n</aside>'
    )
  })

  it('reads fences nested in a backtick fence and keeps their places in the chapter', () => {
    const {html: out, file} = parse('# Start\n\n````{note}\nOuter.\n\n:::{seealso}\nSee [@smith2020].\n:::\n````\n')
    expect(out).toContain('<aside class="note" aria-label="See also">')
    expect(file.data.unprocessed?.map((item) => `${item.kind} ${item.line}:${item.column}`)).toEqual(['citation 7:6'])
  })

  it('prints a margin note as a note in the text', () => {
    expect(html('```{margin}\nAn aside.\n```\n')).toBe('<aside class="note" aria-label="Note">\n<p class="aside-title">Note</p>\n<p>An aside.</p>\n</aside>')
  })

  it('keeps what Colophon does not render as it is, and reports it', () => {
    const {html: out, file} = parse('```{code-cell} python\nprint(1)\n```\n\n:::{dropdown} More\nHidden.\n:::\n')
    expect(out).toContain('<pre><code class="language-{code-cell}">print(1)\n</code></pre>')
    expect(out).toContain('<p>:::{dropdown} More</p>')
    expect(file.data.unprocessed?.map((item) => `${item.name} ${item.line}:${item.column}`)).toEqual(['code-cell 1:1', 'dropdown 5:1'])
  })
})
