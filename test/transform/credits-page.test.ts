// Tests for the generated credits page: where it goes, what it says, and that its headings get book-wide ids.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {minimalBookYaml} from '../helpers/manuscript.js'
import {runCase, svg} from '../check/rule-table.js'

const yaml = `${minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n  back:\n    - 02-thanks.md\n')}contributors:
  - name: Dr Sam Example
    role: aui
  - name: Jo Editor
    role: edt
  - name: Kim Editor
    role: edt
  - name: Lee Drawer
    role: ill
  - name: Pat Maker
    role: mrk
  - name: The Example Trust
    role: fnd
image-credits:
  - images: [images/*.svg]
    creator: Lee Drawer
    license: CC-BY-4.0
    source: https://example.org/drawings
`

describe('the credits page', () => {
  it('is a generated chapter at the end of the back matter, with every credit', async () => {
    const result = await runCase({
      'book.yaml': yaml,
      '01-start.md': '---\ncontributors:\n  - name: Dr Sam Example\n    role: aui\n---\n\n# Start\n\n![A map](images/map.svg)\n\n![A photo](photo.svg "The clinic. Credit: Ana Photographer, CC0-1.0")\n',
      '02-thanks.md': '# Thanks\n\nTo everyone.\n',
      'images/map.svg': svg,
      'photo.svg': svg
    })
    expect(result.code).toBe(0)
    const chapters = result.book?.chapters ?? []
    const credits = chapters.at(-1)
    expect(chapters.map((chapter) => chapter.name)).toEqual(['01-start.md', '02-thanks.md', 'credits'])
    expect(credits).toMatchObject({generated: true, type: 'credits', matter: 'back', title: 'Credits', id: 'credits'})
    const html = toHtml(credits?.hast ?? {type: 'root', children: []})
    expect(html).toBe(
      [
        '<h1 id="credits">Credits</h1>',
        '<h2 id="authors">Authors</h2><ul><li>Ada Writer</li></ul>',
        '<h2 id="contributors">Contributors</h2><dl>',
        '<dt>Foreword by</dt><dd>Dr Sam Example</dd>',
        '<dt>Edited by</dt><dd>Jo Editor</dd><dd>Kim Editor</dd>',
        '<dt>Illustrated by</dt><dd>Lee Drawer</dd>',
        '<dt>Markup editor</dt><dd>Pat Maker</dd></dl>',
        '<h2 id="funding">Funding</h2><p>This book was funded by The Example Trust.</p>',
        '<h2 id="images">Images</h2><ul>',
        '<li>map.svg: Lee Drawer. Licence: <a href="https://spdx.org/licenses/CC-BY-4.0.html">CC-BY-4.0</a>. <a href="https://example.org/drawings">Source</a>.</li>',
        '<li>Figure 1: Ana Photographer. Licence: <a href="https://spdx.org/licenses/CC0-1.0.html">CC0-1.0</a>.</li></ul>',
        '<h2 id="rights">Rights</h2><p>© 2026 Ada Writer</p><p>Licence: <a href="https://spdx.org/licenses/CC-BY-4.0.html">CC-BY-4.0</a></p>'
      ].join('')
    )
  })

  it('names a downloaded remote image\'s URL as its source when the credit gives none', async () => {
    const url = 'https://example.org/art/badge.svg'
    const result = await runCase({
      'book.yaml': minimalBookYaml,
      '01-start.md': `# Start\n\n![A badge](${url} "A badge. Credit: Ana Photographer, CC0-1.0")\n`,
      'images/remote/sources.yaml': `"${url}": images/remote/example.org/badge-0123abcd.svg\n`,
      'images/remote/example.org/badge-0123abcd.svg': svg
    })
    expect(result.files.flatMap((file) => file.messages.map(String))).toEqual([])
    const html = toHtml(result.book?.chapters.at(-1)?.hast ?? {type: 'root', children: []})
    expect(html).toContain(`<li>Figure 1: Ana Photographer. Licence: <a href="https://spdx.org/licenses/CC0-1.0.html">CC0-1.0</a>. <a href="${url}">Source</a>.</li>`)
  })

  it('never reports its own links and leaves the author\'s files alone', async () => {
    const result = await runCase({
      'book.yaml': `${minimalBookYaml}image-credits:\n  - images: ['*.svg']\n    creator: Ada Writer\n    license: CC-BY-4.0\n    source: https://example.org/\n`,
      '01-start.md': '# Start\n\n![A map](map.svg)\n',
      'map.svg': svg
    })
    expect(result.files.map((file) => file.path?.split('/').pop())).toEqual(['book.yaml', '01-start.md'])
    expect(result.files.flatMap((file) => file.messages)).toEqual([])
  })

  it('marks its English words lang="en" in a book in another language, and names in the book\'s', async () => {
    const arabic = `${minimalBookYaml.replace('language: en-GB', 'language: ar')}contributors:
  - name: ليلى رسامة
    role: ill
  - name: صندوق المثال
    role: fnd
  - name: The Example Trust
    role: fnd
image-credits:
  - images: [images/*.svg]
    creator: ليلى رسامة
    license: CC-BY-4.0
`
    const result = await runCase({'book.yaml': arabic, '01-start.md': '# البداية\n\n![خريطة](images/map.svg)\n', 'images/map.svg': svg})
    expect(result.code).toBe(0)
    const html = toHtml(result.book?.chapters.at(-1)?.hast ?? {type: 'root', children: []})
    const en = 'lang="en" xml:lang="en"'
    const ar = (name: string): string => `<span lang="ar" xml:lang="ar">${name}</span>`
    expect(html).toBe(
      [
        `<h1 ${en} id="credits">Credits</h1>`,
        `<h2 ${en} id="authors">Authors</h2><ul><li>Ada Writer</li></ul>`,
        `<h2 ${en} id="contributors">Contributors</h2><dl><dt ${en}>Illustrated by</dt><dd>ليلى رسامة</dd></dl>`,
        `<h2 ${en} id="funding">Funding</h2><p ${en}>This book was funded by ${ar('صندوق المثال')} and ${ar('The Example Trust')}.</p>`,
        `<h2 ${en} id="images">Images</h2><ul><li ${en}>map.svg: ${ar('ليلى رسامة')}. Licence: <a href="https://spdx.org/licenses/CC-BY-4.0.html">CC-BY-4.0</a>.</li></ul>`,
        `<h2 ${en} id="rights">Rights</h2><p>© 2026 Ada Writer</p><p ${en}>Licence: <a href="https://spdx.org/licenses/CC-BY-4.0.html">CC-BY-4.0</a></p>`
      ].join('')
    )
  })
})
