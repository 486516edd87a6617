// File names inside the container: safe characters, unique after case folding and Unicode normalisation (EPUB 3.3 §4.2.3).
import {describe, expect, test} from 'vitest'
import {FileNames, relativeHref, relativeTarget, safePath, xmlId} from '../../../src/render/epub/file-names.js'

describe('safePath', () => {
  test.each([
    ['images/map.svg', 'images/map.svg'],
    ['images/My Map (final).svg', 'images/My-Map-final.svg'],
    ['images/café.png', 'images/cafe.png'],
    ['images/cafe\u0301.png', 'images/cafe.png'],
    ['../../etc/passwd', 'etc/passwd'],
    ['images/.hidden.png', 'images/hidden.png'],
    ['images\\windows\\path.png', 'images/windows/path.png'],
    ['画像/地図.png', '画像/地図.png'],
    ['خرائط/خريطة.svg', 'خرائط/خريطة.svg'],
    ['images/ｶﾞｲﾄﾞ.png', 'images/ガイド.png'],
    ['images/name.', 'images/name'],
    ['images/★.png', 'images/ead87f04.png'],
    ['images/☆.png', 'images/290fdb59.png'],
    ['', 'file']
  ])('%j → %j', (input, expected) => {
    expect(safePath(input)).toBe(expected)
  })
})

describe('FileNames', () => {
  test('names that differ only in case or normalisation get distinct files', () => {
    const names = new FileNames()
    expect(names.claim('images/Map.svg')).toBe('images/Map.svg')
    expect(names.claim('images/map.svg')).toBe('images/map-2.svg')
    expect(names.claim('images/MAP.svg')).toBe('images/MAP-3.svg')
    expect(names.claim('images/café.png')).toBe('images/cafe.png')
    expect(names.claim('images/cafe\u0301.png')).toBe('images/cafe-2.png')
  })

  test('two images with non-Latin names keep their names and extensions, never `png` and `png-2`', () => {
    const names = new FileNames()
    expect(names.claim('画像/地図.png')).toBe('画像/地図.png')
    expect(names.claim('画像/写真.png')).toBe('画像/写真.png')
    expect(names.claim('画像/地図.PNG')).toBe('画像/地図-2.PNG')
  })

  test('a long name is cut to 120 UTF-8 bytes between characters, keeping its extension', () => {
    const safe = safePath(`${'地'.repeat(60)}.png`)
    expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(120)
    expect(safe).toBe(`${'地'.repeat(38)}.png`)
  })

  test('a chapter cannot take a name the writer reserved first', () => {
    const names = new FileNames()
    expect(names.claim('nav.xhtml')).toBe('nav.xhtml')
    expect(names.claim('NAV.xhtml')).toBe('NAV-2.xhtml')
  })
})

describe('hrefs and ids', () => {
  test('relative to the referring document', () => {
    expect(relativeHref('c01.xhtml', 'images/map.svg')).toBe('images/map.svg')
    expect(relativeHref('text/c01.xhtml', 'images/map.svg')).toBe('../images/map.svg')
    expect(relativeTarget('nav.xhtml', 'c01.xhtml#lists')).toBe('c01.xhtml#lists')
  })

  test('manifest ids are XML names', () => {
    expect(xmlId('images/map.svg')).toBe('images-map.svg')
    expect(xmlId('01-start.xhtml')).toBe('x-01-start.xhtml')
    expect(xmlId('画像/地図.png')).toBe('画像-地図.png')
  })
})
