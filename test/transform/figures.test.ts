// Tests for figure and table numbering: ids from image names in any script, and one image used twice.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {figureId, ownLabel} from '../../src/transform/figures.js'
import {messagesOf, minimalBookYaml} from '../helpers/manuscript.js'
import {runCase, svg} from '../check/rule-table.js'

describe('figureId', () => {
  it.each([
    ['images/map.svg', 'fig-map'],
    ['images/My_Map.v2.svg', 'fig-my_map-v2'],
    ['%E7%94%BB%E5%83%8F/%E5%9C%B0%E5%9B%B3.png', 'fig-地図'],
    ['%D8%AE%D8%B1%D9%8A%D8%B7%D8%A9.svg', 'fig-خريطة'],
    ['images/%E2%98%85.svg', 'fig-3'],
    ['images/.svg', 'fig-3'],
    ['images/bad%E0.svg', 'fig-bad-e0']
  ])('%s → %s', (src, id) => {
    expect(figureId(src, 3)).toBe(id)
  })
})

describe('numbered figures', () => {
  it('a Unicode-named figure can be cross-referenced as `[](#fig-<name>)`', async () => {
    const result = await runCase({
      'book.yaml': `title: 小さな本\nlanguage: ja\nidentifier: urn:uuid:6f1c2a44-2c1e-4b7e-9a55-0d6b3c1e9f10\ndate: 2026-11-01\nauthors:\n  - name: 山田花子\nrights: © 2026 山田花子\nlicense: CC-BY-4.0\nchapters:\n  body:\n    - 01-start.md\nimage-credits:\n  - images: ['画像/*']\n    creator: 山田花子\n    license: CC-BY-4.0\n`,
      '01-start.md': '# 始め\n\n![町の地図](画像/地図.svg "町")\n\n[](#fig-地図)を見てください。\n',
      '画像/地図.svg': svg
    })
    // Colophon bundles no Japanese font, which text/glyph-missing says; the figure is what this test is about.
    expect(messagesOf(result).filter((message) => !message.includes('text/glyph-missing'))).toEqual([])
    const html = toHtml(result.book?.chapters[0]?.hast ?? {type: 'root', children: []})
    expect(html).toContain('<figure id="fig-地図">')
    expect(html).toContain('<a href="#fig-地図">Figure 1</a>')
  })

  it('the same image twice gives `fig-map` and `fig-map-2`, each referable, and no duplicate id', async () => {
    const result = await runCase({
      'book.yaml': `${minimalBookYaml}image-credits:\n  - images: ['images/*']\n    creator: Ada Writer\n    license: CC-BY-4.0\n`,
      '01-start.md': '# Start\n\n![A map](images/map.svg "First")\n\nText.\n\n![The map again](images/map.svg "Again")\n\nSee [](#fig-map) and [](#fig-map-2).\n',
      'images/map.svg': svg
    })
    expect(messagesOf(result)).toEqual([])
    const html = toHtml(result.book?.chapters[0]?.hast ?? {type: 'root', children: []})
    expect(html.match(/<figure id="[^"]+"/g)).toEqual(['<figure id="fig-map"', '<figure id="fig-map-2"'])
    expect(html).toContain('See <a href="#fig-map">Figure 1</a> and <a href="#fig-map-2">Figure 2</a>.')
  })
})

describe('ownLabel', () => {
  it.each([
    ['Figure 3: The valley', 'figure', 'Figure 3'],
    ['Fig. 3.2 Detail', 'figure', 'Fig. 3.2'],
    ['fig 4b', 'figure', 'fig 4b'],
    ['Table 2 – Distances', 'table', 'Table 2'],
    ['Tab. 1: Gear', 'table', 'Tab. 1']
  ] as const)('%s → %s', (caption, kind, label) => {
    expect(ownLabel(caption, kind)).toBe(label)
  })

  it.each([
    ['Figures of speech', 'figure'],
    ['A figure 3 later', 'figure'],
    ['Tables turned', 'table'],
    ['Figure 3', 'table']
  ] as const)('%s is not numbered as a %s', (caption, kind) => {
    expect(ownLabel(caption, kind)).toBeUndefined()
  })
})

describe("captions that number themselves, and empty ones", () => {
  const credited = `${minimalBookYaml}image-credits:\n  - images: ['images/*']\n    creator: Ada Writer\n    license: CC-BY-4.0\n`

  it('a caption starting "Figure 3" or "Table 2" gets no second label, and cross-references use its number', async () => {
    const result = await runCase({
      'book.yaml': credited,
      '01-start.md':
        '# Start\n\n![A map](images/map.svg "Figure 3: The valley")\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\nTable: Table 2 – Distances {#tbl-distances}\n\nSee [](#fig-map) and [](#tbl-distances).\n',
      'images/map.svg': svg
    })
    expect(messagesOf(result)).toEqual([])
    const html = toHtml(result.book?.chapters[0]?.hast ?? {type: 'root', children: []})
    expect(html).toContain('<figcaption>Figure 3: The valley</figcaption>')
    expect(html).toContain('<caption>Table 2 – Distances</caption>')
    expect(html).not.toContain('class="label"')
    expect(html).toContain('See <a href="#fig-map">Figure 3</a> and <a href="#tbl-distances">Table 2</a>.')
  })

  it('an image or table without a caption gets no bare "Figure n" or "Table n", and the numbering skips it', async () => {
    const result = await runCase({
      'book.yaml': credited,
      '01-start.md':
        '# Start\n\n![A map](images/map.svg)\n\n![A plan](images/plan.svg "The plan")\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n| C | D |\n| - | - |\n| 3 | 4 |\n\nTable: Sizes\n\nSee [](#fig-map) and [](#fig-plan).\n',
      'images/map.svg': svg,
      'images/plan.svg': svg
    })
    expect(messagesOf(result)).toEqual([])
    const html = toHtml(result.book?.chapters[0]?.hast ?? {type: 'root', children: []})
    expect(html).toMatch(/<figure id="fig-map"><img[^>]*><\/figure>/)
    expect(html).toContain('<figcaption><span class="label">Figure 1</span> The plan</figcaption>')
    expect(html).toMatch(/<table id="tbl-1">\s*<thead>/)
    expect(html).toContain('<table id="tbl-2"><caption><span class="label">Table 1</span> Sizes</caption>')
    expect(html).toContain('See <a href="#fig-map">A map</a> and <a href="#fig-plan">Figure 1</a>.')
  })
})
