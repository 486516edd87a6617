// What the chapter documents of a built EPUB say: semantics and roles, language, notes, links, tables and images.
import {beforeAll, describe, expect, test} from 'vitest'
import {buildFixture, type BuiltEpub} from './helpers/build-fixture.js'
import {entries, entryText} from './helpers/unzip.js'

let features: BuiltEpub
let rtl: BuiltEpub
let cjk: BuiltEpub

beforeAll(async () => {
  features = await buildFixture('epub-features')
  rtl = await buildFixture('epub-rtl')
  cjk = await buildFixture('epub-cjk')
})

/** Every `<a href>` of a document that points inside the EPUB, with its text. */
function internalLinks(xhtml: string): Array<{href: string; text: string}> {
  return [...xhtml.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)]
    .map((match) => ({href: match[1] ?? '', text: match[2] ?? ''}))
    .filter((link) => !/^[a-z][a-z\d+.-]*:/i.test(link.href))
}

/** Whether `href`, relative to `OEBPS/<from>`, names a document of `built` that has the fragment's id. */
function resolves(built: BuiltEpub, from: string, href: string): boolean {
  const [file = '', fragment] = href.split('#')
  const target = file === '' ? from : decodeURIComponent(file)
  const documents = entries(built.bytes)
  if (!documents[`OEBPS/${target}`]) return false
  return fragment === undefined || entryText(built.bytes, `OEBPS/${target}`).includes(` id="${decodeURIComponent(fragment)}"`)
}

/** The opening tag of the chapter's `section`. */
function sectionTag(xhtml: string): string {
  return /<section [^>]*>/.exec(xhtml)?.[0] ?? ''
}

describe('chapter documents', () => {
  test.each([
    ['c00-dedication.xhtml', 'frontmatter', 'epub:type="dedication" role="doc-dedication"'],
    ['c00-foreword.xhtml', 'frontmatter', 'epub:type="foreword" role="doc-foreword"'],
    ['c01-features.xhtml', 'bodymatter', 'epub:type="chapter" role="doc-chapter"'],
    ['c03-appendix.xhtml', 'backmatter', 'epub:type="appendix" role="doc-appendix"'],
    ['c05-colophon.xhtml', 'backmatter', 'epub:type="colophon" role="doc-colophon"'],
    ['credits.xhtml', 'backmatter', 'epub:type="credits" role="doc-credits"']
  ])('%s is %s with %s', (file, matter, semantics) => {
    const xhtml = entryText(features.bytes, `OEBPS/${file}`)
    expect(xhtml).toContain(`<body epub:type="${matter}">`)
    expect(sectionTag(xhtml)).toContain(semantics)
  })

  test('a resources list is a plain section named by its heading, not a bibliography', () => {
    const tag = sectionTag(entryText(features.bytes, 'OEBPS/c04-resources.xhtml'))
    expect(tag).not.toContain('role=')
    expect(tag).toContain('aria-labelledby="further-reading"')
  })

  test('every XHTML document states its language and direction', () => {
    for (const [built, language, direction] of [[features, 'en-GB', 'ltr'], [rtl, 'ar', 'rtl']] as const) {
      const documents = Object.keys(entries(built.bytes)).filter((name) => name.endsWith('.xhtml'))
      expect(documents.length).toBeGreaterThan(3)
      for (const name of documents) {
        expect(entryText(built.bytes, name), name).toContain(`lang="${language}" xml:lang="${language}" dir="${direction}"`)
      }
    }
  })

  test('footnotes become noterefs and one footnote aside each, with a back link', () => {
    const xhtml = entryText(features.bytes, 'OEBPS/c01-features.xhtml')
    expect(xhtml.match(/<a [^>]*epub:type="noteref" role="doc-noteref"/g)).toHaveLength(2)
    expect(xhtml.match(/<aside id="c01-features-fn-[^"]+" epub:type="footnote" role="doc-footnote"/g)).toHaveLength(2)
    expect(xhtml.match(/role="doc-backlink"/g)).toHaveLength(2)
    expect(xhtml).not.toMatch(/ data-footnote[-\w]*=/)
    expect(xhtml).not.toContain('footnote-label')
  })

  test('links between chapters point at the file and id; links within stay fragments', () => {
    const xhtml = entryText(features.bytes, 'OEBPS/c02-links.xhtml')
    expect(xhtml).toContain('<a href="c01-features.xhtml#lists">the lists in chapter one</a>')
    expect(xhtml).toContain('<a href="c01-features.xhtml#fig-map">Figure 1</a>')
    expect(xhtml).toContain('<a href="#across-the-book">the next section</a>')
  })

  test('cross-references read "Figure 1", "Table 1" and "Chapter 1" and lead to those ids', () => {
    const links = entryText(features.bytes, 'OEBPS/c02-links.xhtml')
    expect(links).toContain('<a href="c01-features.xhtml#tbl-formats">Table 1</a>')
    expect(links).toContain('<a href="c01-features.xhtml#text-and-structure">Chapter 1</a>')
    const chapterOne = entryText(features.bytes, 'OEBPS/c01-features.xhtml')
    expect(chapterOne).toContain('<a href="#tbl-formats">Table 1</a> compares the formats; <a href="#fig-map">Figure 1</a> shows')
    expect(chapterOne).toContain('<a href="c02-links.xhtml#links-and-references">Chapter 2</a>')
    expect(chapterOne).toMatch(/<table id="tbl-formats">\s*<caption><span class="label">Table 1<\/span>/)
    expect(chapterOne).toContain('<figure id="fig-map"><img src="images/map.svg"')
    expect(chapterOne).toContain('<h1 id="text-and-structure">')
  })

  test('every internal link of every chapter resolves to a document and an id that exist', () => {
    for (const built of [features, rtl, cjk]) {
      const documents = Object.keys(entries(built.bytes)).filter((name) => /^OEBPS\/c\d.*\.xhtml$/.test(name))
      let count = 0
      for (const name of documents) {
        const from = name.slice('OEBPS/'.length)
        for (const link of internalLinks(entryText(built.bytes, name))) {
          count++
          expect(resolves(built, from, link.href), `${name}: ${link.href} (${link.text})`).toBe(true)
        }
      }

      expect(count).toBeGreaterThan(2)
    }
  })

  test('a Japanese figure keeps its name in the file and the id, and its cross-reference reads "Figure 1"', () => {
    const xhtml = entryText(cjk.bytes, 'OEBPS/c02-dokusho.xhtml')
    expect(Object.keys(entries(cjk.bytes))).toEqual(expect.arrayContaining(['OEBPS/画像/地図.svg', 'OEBPS/画像/青い四角.png']))
    expect(xhtml).toContain('<figure id="fig-地図"><img src="%E7%94%BB%E5%83%8F/%E5%9C%B0%E5%9B%B3.svg"')
    expect(xhtml).toContain('<a href="#fig-地図">Figure 1</a>は二つの町を示します。<a href="#tbl-dokusho">Table 1</a>')
  })

  test('tables have header scopes and no obsolete align; images have alt, decorative ones empty', () => {
    const xhtml = entryText(features.bytes, 'OEBPS/c01-features.xhtml')
    expect(xhtml).toContain('<th class="align-right" scope="col">Pages</th>')
    expect(xhtml).not.toMatch(/ align="/)
    expect(xhtml).toContain('<caption><span class="label">Table 1</span> Two formats compared</caption>')
    expect(xhtml).toContain('<img src="images/map.svg" alt="A map with two towns joined by a dashed road" />')
    expect(xhtml).toContain('<img src="images/rule.svg" alt="" />')
    expect(xhtml).not.toContain('title="decorative"')
  })

  test('text stays text: UTF-8 characters, no numeric character references', () => {
    const rtlChapter = entryText(rtl.bytes, 'OEBPS/c01-muqaddima.xhtml')
    expect(rtlChapter).toContain('هذا كتاب قصير للتجربة.')
    expect(rtlChapter).toContain('<a href="#الكتب">القسم التالي</a>')
    for (const name of Object.keys(entries(features.bytes)).filter((entry) => /\.(xhtml|opf|ncx|xml)$/.test(entry))) {
      expect(entryText(features.bytes, name), name).not.toMatch(/&#x?[\da-f]+;/i)
    }
  })

  test('English words Colophon adds are marked as English inside an Arabic book', () => {
    expect(entryText(rtl.bytes, 'OEBPS/c01-muqaddima.xhtml')).toContain('<p class="chapter-label" lang="en" xml:lang="en">Chapter 1</p>')
    expect(entryText(rtl.bytes, 'OEBPS/nav.xhtml')).toContain('<h1 id="toc-title" lang="en" xml:lang="en">Contents</h1>')
  })
})
