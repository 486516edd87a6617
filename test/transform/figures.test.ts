// Tests for figure and table numbering: ids from image names in any script, and one image used twice.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {figureId} from '../../src/transform/figures.js'
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
    expect(messagesOf(result)).toEqual([])
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
