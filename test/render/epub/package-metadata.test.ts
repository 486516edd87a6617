// Reads the built package document back: identifiers, titles, people with roles, dates, rights, series and accessibility claims.
import {beforeAll, describe, expect, test} from 'vitest'
import {accessibilityMetadata, type ContentFacts} from '../../../src/render/epub/accessibility-metadata.js'
import {buildFixture, samplePages, type BuiltEpub} from './helpers/build-fixture.js'
import {readPackage, text, type PackageReader} from './helpers/read-package.js'
import {entryText} from './helpers/unzip.js'

let plain: BuiltEpub
let opf: PackageReader

beforeAll(async () => {
  plain = await buildFixture('epub-features', {epoch: '1790000000'})
  opf = readPackage(entryText(plain.bytes, 'OEBPS/package.opf'))
})

describe('package metadata', () => {
  test('identifiers: the urn:uuid is the unique identifier, the ISBN-13 is typed', () => {
    expect(opf.root.attributes['unique-identifier']).toBe('pub-id')
    const ids = opf.dcElements('identifier').map((node) => [node.attributes['id'], text(node)])
    expect(ids).toEqual([
      ['pub-id', 'urn:uuid:0d4f5a7e-3b1c-4e8a-9f20-6c7d8e9fa0b1'],
      ['isbn', 'urn:isbn:9780306406157']
    ])
    expect(opf.refines('isbn', 'identifier-type')).toEqual(['15'])
  })

  test('title and subtitle, refined by title-type', () => {
    expect(opf.dc('title')).toEqual(['Every Feature', 'A test book for the EPUB writer'])
    expect(opf.refines('title', 'title-type')).toEqual(['main'])
    expect(opf.refines('subtitle', 'title-type')).toEqual(['subtitle'])
  })

  test('every author and contributor with role, file-as and display order', () => {
    const people = (element: string) =>
      opf.dcElements(element).map((node) => {
        const id = String(node.attributes['id'])
        return [text(node), opf.refines(id, 'role')[0], opf.refines(id, 'file-as')[0], opf.refines(id, 'display-seq')[0]]
      })
    expect(people('creator')).toEqual([
      ['Ada Writer', 'aut', 'Writer, Ada', '1'],
      ['Ben Second', 'aut', 'Second, Ben', '2']
    ])
    expect(people('contributor')).toEqual([
      ['Cleo Foreword', 'aui', 'Foreword, Cleo', '1'],
      ['Dan Drawer', 'ill', 'Dan Drawer', '2'],
      ['The Example Trust', 'fnd', 'The Example Trust', '3']
    ])
  })

  test('language, dates, publisher, rights, licence, subjects, description, edition and series', () => {
    expect(opf.dc('language')).toEqual(['en-GB'])
    expect(opf.dc('date')).toEqual(['2026-11-01'])
    // SOURCE_DATE_EPOCH=1790000000, in UTC to the second.
    expect(opf.meta('dcterms:modified')).toEqual(['2026-09-21T14:13:20Z'])
    expect(opf.dc('publisher')).toEqual(['Colophon Test Press'])
    expect(opf.dc('rights')).toEqual(['© 2026 Ada Writer and Ben Second'])
    expect(entryText(plain.bytes, 'OEBPS/package.opf')).toContain('<link rel="dcterms:license" href="https://spdx.org/licenses/CC-BY-4.0.html" />')
    expect(opf.dc('subject')).toEqual(['Testing', 'Electronic publishing'])
    expect(opf.dc('description')[0]).toMatch(/^A small book that uses every Markdown feature/)
    expect(opf.meta('schema:bookEdition')).toEqual(['First edition'])
    expect(opf.meta('belongs-to-collection')).toEqual(['Colophon Test Books'])
    expect(opf.refines('series', 'collection-type')).toEqual(['series'])
    expect(opf.refines('series', 'group-position')).toEqual(['2'])
  })

  test('accessibility metadata follows the content, and claims no page list without one', () => {
    expect(opf.meta('schema:accessMode')).toEqual(['textual', 'visual'])
    expect(opf.meta('schema:accessModeSufficient')).toEqual(['textual', 'textual,visual'])
    const features = opf.meta('schema:accessibilityFeature')
    expect(features).toEqual(expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability', 'alternativeText']))
    expect(features).not.toContain('printPageNumbers')
    expect(features).not.toContain('pageBreakMarkers')
    expect(opf.meta('pageBreakSource')).toEqual([])
    expect(entryText(plain.bytes, 'OEBPS/nav.xhtml')).not.toContain('page-list')
    expect(opf.meta('schema:accessibilityHazard')).toEqual(['none'])
    expect(opf.meta('schema:accessibilitySummary')[0]).toMatch(/Every image has a text description/)
  })

  test('no conformance claim when an accessibility rule is turned off (this fixture switches off link/text-not-descriptive)', () => {
    expect(opf.meta('dcterms:conformsTo')).toEqual([])
    expect(opf.meta('a11y:certifiedBy')).toEqual([])
    expect(opf.meta('schema:accessibilitySummary')[0]).toMatch(
      /^This publication makes no WCAG conformance claim: the checks link\/text-not-descriptive did not pass when it was built\./
    )
  })

  test('manifest: nav, cover image, nothing scripted; every document in the spine', () => {
    const items = opf.items()
    expect(items.filter((item) => item['properties']?.split(' ').includes('nav')).map((item) => item['href'])).toEqual(['nav.xhtml'])
    expect(items.filter((item) => item['properties']?.split(' ').includes('cover-image')).map((item) => item['href'])).toEqual(['images/cover.svg'])
    expect(items.some((item) => item['properties']?.includes('scripted'))).toBe(false)
    const documents = items.filter((item) => item['media-type'] === 'application/xhtml+xml').map((item) => item['id'])
    expect(opf.spine()).toEqual(documents)
    expect(items.map((item) => item['href'])).toEqual(expect.arrayContaining(['fonts/OFL.txt', 'fonts/literata-latin-400-normal.woff2', 'css/book.css']))
  })
})

describe('the conformance claim', () => {
  test('is made when every accessibility rule ran clean', async () => {
    const built = await buildFixture('epub-rtl', {epoch: '1790000000'})
    const rtl = readPackage(entryText(built.bytes, 'OEBPS/package.opf'))
    expect(rtl.meta('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.2 Level AA'])
    expect(rtl.meta('a11y:certifiedBy')).toHaveLength(1)
    expect(rtl.meta('schema:accessibilitySummary')[0]).toMatch(/^This publication meets EPUB Accessibility 1\.1 at WCAG 2\.2 Level AA: .*headings in order/)
  })

  test('is not made, and headings are not said to be in order, while a heading skips a level or an image lacks alt text', () => {
    const base = {informativeImages: 1, imagesWithoutAlt: 0, pageList: false, notes: false, unmetRules: [], animated: false}
    const claims = (facts: ContentFacts) => accessibilityMetadata(facts, 'Press').filter((entry) => entry.property === 'dcterms:conformsTo').length
    const summaryOf = (facts: ContentFacts) => accessibilityMetadata(facts, 'Press').find((entry) => entry.property === 'schema:accessibilitySummary')!.value
    expect(claims(base)).toBe(1)
    expect(claims({...base, unmetRules: ['markdown/heading-order']})).toBe(0)
    expect(summaryOf({...base, unmetRules: ['markdown/heading-order']})).toMatch(/It has a table of contents, headings, landmarks/)
    expect(claims({...base, imagesWithoutAlt: 1})).toBe(0)
    const features = (facts: ContentFacts) => accessibilityMetadata(facts, 'Press').filter((entry) => entry.property === 'schema:accessibilityFeature').map((entry) => entry.value)
    expect(features({...base, imagesWithoutAlt: 1})).not.toContain('alternativeText')
    expect(features(base)).toContain('alternativeText')
  })

  test('an animated image makes the hazard unknown and withdraws the claim', () => {
    const facts = {informativeImages: 1, imagesWithoutAlt: 0, pageList: false, notes: false, unmetRules: [], animated: true}
    const entries = accessibilityMetadata(facts, 'Press')
    expect(entries.filter((entry) => entry.property === 'schema:accessibilityHazard').map((entry) => entry.value)).toEqual(['unknown'])
    expect(entries.some((entry) => entry.property === 'dcterms:conformsTo')).toBe(false)
    expect(entries.find((entry) => entry.property === 'schema:accessibilitySummary')?.value).toMatch(/it has animated images, which may move or flash/)
  })
})

describe('dates and page lists', () => {
  test('without SOURCE_DATE_EPOCH, dcterms:modified is midnight UTC of the book date', async () => {
    const built = await buildFixture('epub-rtl', {epoch: null})
    expect(readPackage(entryText(built.bytes, 'OEBPS/package.opf')).meta('dcterms:modified')).toEqual(['2026-11-01T00:00:00Z'])
  })

  test('with a page map, markers, a page list, the NCX page list and the matching claims', async () => {
    const built = await buildFixture('epub-features', {pages: samplePages})
    const paged = readPackage(entryText(built.bytes, 'OEBPS/package.opf'))
    expect(paged.meta('schema:accessibilityFeature')).toEqual(expect.arrayContaining(['printPageNumbers', 'pageBreakMarkers']))
    expect(paged.meta('pageBreakSource')).toEqual(['Every Feature, PDF edition (A5), 2026-11-01'])
    const expected = samplePages(built.book)
    const nav = entryText(built.bytes, 'OEBPS/nav.xhtml')
    const pageList = nav.slice(nav.indexOf('epub:type="page-list"'))
    expect([...pageList.matchAll(/<a href="[^"]+#page-[^"]+">([^<]+)<\/a>/g)].map((match) => match[1])).toEqual(expected.map((entry) => entry.page))
    const chapter = entryText(built.bytes, 'OEBPS/c01-features.xhtml')
    expect(chapter).toContain('<hr id="page-1" class="pagebreak" epub:type="pagebreak" role="doc-pagebreak" aria-label="1" />')
    // The marker comes right before the block the PDF starts its page with (block 0 is the h1).
    expect(chapter.indexOf('aria-label="1" />')).toBeLessThan(chapter.indexOf('<h1'))
    expect(entryText(built.bytes, 'OEBPS/toc.ncx')).toContain('<pageList>')
  })
})
