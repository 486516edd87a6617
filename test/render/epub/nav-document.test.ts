// The navigation document of a built EPUB: landmarks, contents nested to `toc-depth`, and the language of generated words.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fromXml} from 'xast-util-from-xml'
import type {Element} from 'xast'
import {beforeAll, describe, expect, test} from 'vitest'
import {run} from '../../../src/pipeline.js'
import {createLogger} from '../../../src/report/logger.js'
import {minimalBookYaml, writeManuscript} from '../../helpers/manuscript.js'
import {buildFixture, type BuiltEpub} from './helpers/build-fixture.js'
import {childElements, text} from './helpers/read-package.js'
import {entries, entryText} from './helpers/unzip.js'

let features: BuiltEpub
let rtl: BuiltEpub

beforeAll(async () => {
  features = await buildFixture('epub-features')
  rtl = await buildFixture('epub-rtl')
})

/** Every element under `node` (itself included) that passes `test`, in document order. */
function findAll(node: Element, test: (element: Element) => boolean): Element[] {
  return [...(test(node) ? [node] : []), ...childElements(node).flatMap((child) => findAll(child, test))]
}

/** The `nav` with `epub:type` `type` in a navigation document. */
function nav(xhtml: string, type: string): Element {
  const html = childElements(fromXml(xhtml)).find((node) => node.name === 'html') as Element
  const found = findAll(html, (node) => node.name === 'nav' && node.attributes['epub:type'] === type)[0]
  if (!found) throw new Error(`No ${type} nav`)
  return found
}

/** How deep the lists of a nav nest: 1 for a flat `ol`. */
function listDepth(node: Element): number {
  const own = node.name === 'ol' ? 1 : 0
  return own + Math.max(0, ...childElements(node).map(listDepth))
}

describe('landmarks', () => {
  test('cover, title page, contents, body, and the first chapter of each major front and back matter type, in reading order', () => {
    const landmarks = findAll(nav(entryText(features.bytes, 'OEBPS/nav.xhtml'), 'landmarks'), (node) => node.name === 'a')
    expect(landmarks.map((a) => [a.attributes['epub:type'], a.attributes['href'], text(a)])).toEqual([
      ['cover', 'cover.xhtml', 'Cover'],
      ['titlepage', 'title-page.xhtml', 'Title page'],
      ['toc', 'nav.xhtml#toc', 'Contents'],
      ['dedication', 'c00-dedication.xhtml', 'Dedication'],
      ['bodymatter', 'c01-features.xhtml', 'Start of content'],
      ['appendix', 'c03-appendix.xhtml', 'Appendix'],
      ['colophon', 'c05-colophon.xhtml', 'Colophon'],
      ['credits', 'credits.xhtml', 'Credits']
    ])
    // Every landmark leads to a document of the EPUB (EPUBCheck would also say so).
    const files = Object.keys(entries(features.bytes))
    for (const a of landmarks) expect(files).toContain(`OEBPS/${String(a.attributes['href']).split('#')[0]}`)
  })

  test('a book without cover or back matter types lists only what it has', () => {
    const landmarks = findAll(nav(entryText(rtl.bytes, 'OEBPS/nav.xhtml'), 'landmarks'), (node) => node.name === 'a')
    expect(landmarks.map((a) => a.attributes['epub:type'])).toEqual(['titlepage', 'toc', 'bodymatter', 'credits'])
  })
})

describe('generated English words in an Arabic book', () => {
  test('contents entries mark "Chapter 1", "Credits", "Authors" and "Rights" as English, and only those words', () => {
    const toc = nav(entryText(rtl.bytes, 'OEBPS/nav.xhtml'), 'toc')
    const english = findAll(toc, (node) => node.name === 'span' && node.attributes['lang'] === 'en' && node.attributes['xml:lang'] === 'en')
    expect(english.map(text)).toEqual(['Chapter 1: ', 'Chapter 2: ', 'Credits', 'Authors', 'Rights'])
    const xhtml = entryText(rtl.bytes, 'OEBPS/nav.xhtml')
    expect(xhtml).toContain('<a href="c01-muqaddima.xhtml"><span lang="en" xml:lang="en" dir="ltr">Chapter 1: </span>مقدمة</a>')
    expect(xhtml).toContain('<a href="c01-muqaddima.xhtml#الكتب">الكتب</a>')
  })

  test('the NCX keeps plain text, which cannot carry a language', () => {
    const ncx = entryText(rtl.bytes, 'OEBPS/toc.ncx')
    expect(ncx).toContain('<text>Chapter 1: مقدمة</text>')
    expect(ncx).toContain('<text>Credits</text>')
  })

  test('an English book gets no language spans in its contents', () => {
    const toc = nav(entryText(features.bytes, 'OEBPS/nav.xhtml'), 'toc')
    expect(findAll(toc, (node) => node.attributes['lang'] !== undefined)).toEqual([])
  })
})

describe('toc-depth', () => {
  const chapter = '# Start\n\nText.\n\n## Section\n\nText.\n\n### Subsection\n\nText.\n'

  test.each([1, 2, 3])('toc-depth %i nests the contents %i deep', async (depth) => {
    const manuscript = writeManuscript({'book.yaml': `${minimalBookYaml}toc-depth: ${depth}\n`, '01-start.md': chapter})
    const out = path.join(path.dirname(manuscript), `${path.basename(manuscript)}-dist`)
    const result = await run({manuscript, out, formats: ['epub'], cacheDir: path.join(out, '.cache')}, createLogger({progress: false, write: () => {}}))
    expect(result.code, result.failure).toBe(0)
    const bytes = readFileSync(result.outputs[0] ?? '')
    const toc = nav(entryText(bytes, 'OEBPS/nav.xhtml'), 'toc')
    const start = findAll(toc, (node) => node.name === 'li')[0] as Element
    // The chapter's own list (the credits page beside it has one level of sections of its own).
    expect(listDepth({...start, name: 'ol'})).toBe(depth)
    expect(findAll(toc, (node) => node.name === 'a').map(text).slice(0, depth)).toEqual(['Chapter 1: Start', 'Section', 'Subsection'].slice(0, depth))
  })
})
