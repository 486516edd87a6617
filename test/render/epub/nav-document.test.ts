// The navigation document of a built EPUB: the language of the words Colophon generates in it.
import {fromXml} from 'xast-util-from-xml'
import type {Element} from 'xast'
import {beforeAll, describe, expect, test} from 'vitest'
import {buildFixture, type BuiltEpub} from './helpers/build-fixture.js'
import {childElements, text} from './helpers/read-package.js'
import {entryText} from './helpers/unzip.js'

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
