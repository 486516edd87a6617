// Parts, chapters and sub-chapters nested as `book.yaml` lists them, in the EPUB's nav, NCX and chapter documents
// (the fixture is one of `epubFixtures`, so EPUBCheck and axe-core run on it in epubcheck.test.ts and axe.test.ts).
import {fromXml} from 'xast-util-from-xml'
import type {Element} from 'xast'
import {beforeAll, describe, expect, test} from 'vitest'
import {buildFixture, type BuiltEpub} from './helpers/build-fixture.js'
import {childElements, text} from './helpers/read-package.js'
import {entryText} from './helpers/unzip.js'

let built: BuiltEpub

beforeAll(async () => {
  built = await buildFixture('nested-book')
})

/** A list as `[text, children]` pairs: `a` for a link (with its href), `span` for a part without a page. */
type Outline = Array<[string, Outline?]>

/** The contents nav's `ol` as an {@link Outline}. */
function navOutline(list: Element): Outline {
  return childElements(list).map((item) => {
    const [head, nested] = childElements(item)
    const label = head?.name === 'span' ? `span ${text(head)}` : `${text(head as Element)} → ${String(head?.attributes['href'])}`
    return nested ? [label, navOutline(nested)] : [label]
  })
}

/** The NCX's navPoints as an {@link Outline}. */
function ncxOutline(parent: Element): Outline {
  return childElements(parent)
    .filter((node) => node.name === 'navPoint')
    .map((point) => {
      const children = childElements(point)
      const label = text(children.find((node) => node.name === 'navLabel') as Element).trim()
      const src = String(children.find((node) => node.name === 'content')?.attributes['src'])
      const nested = ncxOutline(point)
      return nested.length > 0 ? [`${label} → ${src}`, nested] : [`${label} → ${src}`]
    })
}

/** The first element named `name` under `node`, depth first. */
function find(node: Element, name: string): Element {
  for (const child of childElements(node)) {
    if (child.name === name) return child
    try {
      return find(child, name)
    } catch {
      // Not under this child.
    }
  }

  throw new Error(`No ${name}`)
}

describe('a book with parts and nested chapters', () => {
  test('the nav nests sub-chapters under their chapter and chapters under their part; a part without a page is a span', () => {
    const nav = find(fromXml(entryText(built.bytes, 'OEBPS/nav.xhtml')) as unknown as Element, 'nav')
    expect(navOutline(find(nav, 'ol'))).toEqual([
      ['Preface → preface.xhtml'],
      ['Chapter 1: Introduction → intro.xhtml', [['Who this is for → intro.xhtml#who-this-is-for']]],
      [
        'Chapter 2: Walking → guide-walking.xhtml',
        [
          ['Pace → guide-walking.xhtml#pace'],
          ['Reading maps → guide-maps.xhtml', [['Contour lines → guide-maps.xhtml#contour-lines']]],
          ['Using a compass → guide-compass.xhtml', [['Declination → guide-declination.xhtml', [['Correcting a bearing → guide-declination.xhtml#correcting-a-bearing']]]]]
        ]
      ],
      ['span Reference', [['Chapter 3: Gear → ref-gear.xhtml'], ['Chapter 4: Terms → ref-terms.xhtml']]],
      ['Stories → stories-index.xhtml', [['Chapter 5: The hill → stories-hill.xhtml']]],
      ['Appendix: distances → appendix.xhtml'],
      ['Credits → credits.xhtml', [['Authors → credits.xhtml#authors'], ['Rights → credits.xhtml#rights']]]
    ])
  })

  test('the NCX nests the same way; a part without a page leads to its first chapter', () => {
    const ncx = fromXml(entryText(built.bytes, 'OEBPS/toc.ncx')) as unknown as Element
    const outline = ncxOutline(find(ncx, 'navMap'))
    expect(outline.map((entry) => entry[0])).toEqual([
      'Preface → preface.xhtml',
      'Chapter 1: Introduction → intro.xhtml',
      'Chapter 2: Walking → guide-walking.xhtml',
      'Reference → ref-gear.xhtml',
      'Stories → stories-index.xhtml',
      'Appendix: distances → appendix.xhtml',
      'Credits → credits.xhtml'
    ])
    expect(outline[2]?.[1]?.map((entry) => entry[0])).toEqual(['Pace → guide-walking.xhtml#pace', 'Reading maps → guide-maps.xhtml', 'Using a compass → guide-compass.xhtml'])
    expect(outline[2]?.[1]?.[2]?.[1]?.map((entry) => entry[0])).toEqual(['Declination → guide-declination.xhtml'])
    expect(outline[3]?.[1]?.map((entry) => entry[0])).toEqual(['Chapter 3: Gear → ref-gear.xhtml', 'Chapter 4: Terms → ref-terms.xhtml'])
    expect(find(ncx, 'head').children.some((node) => node.type === 'element' && node.attributes['name'] === 'dtb:depth' && node.attributes['content'] === '4')).toBe(true)
  })

  test('a sub-chapter opening with `##` or `###` is titled by that heading, as level 1 of its document, with no gaps below it', () => {
    const declination = entryText(built.bytes, 'OEBPS/guide-declination.xhtml')
    expect(declination).toMatch(/<h1 id="declination">Declination<\/h1>[\s\S]*<h2 id="correcting-a-bearing">Correcting a bearing<\/h2>/)
    expect(declination).toContain('<title>Declination</title>')
    expect(entryText(built.bytes, 'OEBPS/guide-maps.xhtml')).toMatch(/<h1 id="reading-maps">Reading maps<\/h1>[\s\S]*<h2 id="contour-lines">/)
    // Sub-chapters and the part page are not numbered as chapters of the book.
    for (const file of ['guide-maps', 'guide-compass', 'guide-declination', 'stories-index']) expect(entryText(built.bytes, `OEBPS/${file}.xhtml`)).not.toContain('chapter-label')
    expect(entryText(built.bytes, 'OEBPS/stories-index.xhtml')).toContain('epub:type="part" role="doc-part"')
    expect(built.book.chapters.map((chapter) => [chapter.name, chapter.depth, chapter.number])).toEqual([
      ['preface.md', 0, undefined],
      ['intro.md', 0, 1],
      ['guide/walking.md', 0, 2],
      ['guide/maps.md', 1, undefined],
      ['guide/compass.md', 1, undefined],
      ['guide/declination.md', 2, undefined],
      ['ref/gear.md', 1, 3],
      ['ref/terms.md', 1, 4],
      ['stories/index.md', 0, undefined],
      ['stories/hill.md', 1, 5],
      ['appendix.md', 0, undefined],
      ['credits', 0, undefined]
    ])
  })
})
