// Tests for Quarto and MyST cross-references, figures and epigraphs: links with the target's label, resolved book-wide.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {svg} from '../check/rule-table.js'
import {messagesOf, minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

const twoChapters = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-harbour.md\n')

async function build(start: string, harbour: string) {
  const dir = writeManuscript({'book.yaml': twoChapters, '01-start.md': start, '02-harbour.md': harbour, 'images/map.svg': svg, 'images/road.svg': svg})
  const result = await runBook(dir)
  const html = (index: number): string => toHtml(result.book?.chapters[index]?.hast ?? {type: 'root', children: []})
  return {result, html}
}

const harbour = [
  '# Harbour',
  '',
  '## Tides {#sec-tides}',
  '',
  '```{figure} images/map.svg',
  ':name: fig-map',
  ':alt: A map of the bay',
  '',
  'The bay at low tide. Credit: Jo Artist, CC-BY-4.0',
  '```',
  '',
  '![The coast road. Credit: Jo Artist, CC-BY-4.0](images/road.svg){#fig-road fig-alt="A road along the cliffs"}',
  ''
].join('\n')

describe('cross-references', () => {
  it('reach figures and sections in another chapter, with their labels as text', async () => {
    const {result, html} = await build('# Start\n\nSee @fig-road, {ref}`fig-map`, {ref}`the tides <sec-tides>` and @sec-tides.\n', harbour)
    expect(messagesOf(result)).toEqual([])
    expect(html(0)).toBe(
      '<h1 id="start">Start</h1>\n<p>See <a href="#fig-road">Figure 2</a>, <a href="#fig-map">Figure 1</a>, <a href="#sec-tides">the tides</a> and <a href="#sec-tides">Tides</a>.</p>'
    )
  })

  it('make a MyST figure and a Quarto figure with their ids, captions and descriptions', async () => {
    const {html} = await build('# Start\n', harbour)
    expect(html(1)).toContain('<figure id="fig-map"><img src="images/map.svg" alt="A map of the bay"')
    expect(html(1)).toContain('The bay at low tide. Credit: Jo Artist, CC-BY-4.0</figcaption></figure>')
    expect(html(1)).toContain('<figure id="fig-road"><img src="images/road.svg" alt="A road along the cliffs"')
  })

  it('leave e-mail addresses, code and citations alone', async () => {
    const {result, html} = await build('# Start\n\nWrite to me@sec-tides.org; run `@sec-tides`; see @smith2020.\n', harbour)
    expect(html(0)).not.toContain('<a href="#sec-tides">')
    expect(messagesOf(result)).toEqual(['01-start.md markdown/citation-unrendered 3:50'])
  })
})

describe('MyST epigraphs', () => {
  it('become a quotation with its source as the caption', async () => {
    const {result, html} = await build('# Start\n', '# Harbour\n\n```{epigraph}\nThe sea keeps no diary.\n\n-- Rowan Teal\n```\n')
    expect(messagesOf(result)).toEqual([])
    expect(html(1)).toContain('<figure class="quote"><blockquote>')
    expect(html(1)).toMatch(/<figcaption>— Rowan Teal<\/figcaption>/)
  })
})
