// The OCF zip at byte level (EPUB 3.3 §6.2.6.3.1): `mimetype` first, stored, no extra field, exact content; fixed times.
import {beforeAll, describe, expect, test} from 'vitest'
import {dosDateTime, zipEpub} from '../../../src/render/epub/zip-epub.js'
import {buildFixture, type BuiltEpub} from './helpers/build-fixture.js'
import {entries} from './helpers/unzip.js'

let built: BuiltEpub

beforeAll(async () => {
  built = await buildFixture('epub-cjk', {epoch: '1790000000'})
})

/** The fields of the local file header at `offset` (APPNOTE.TXT §4.3.7). */
function localHeader(bytes: Uint8Array, offset: number) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const nameLength = view.getUint16(offset + 26, true)
  return {
    signature: view.getUint32(offset, true),
    method: view.getUint16(offset + 8, true),
    time: view.getUint16(offset + 10, true),
    date: view.getUint16(offset + 12, true),
    compressedSize: view.getUint32(offset + 18, true),
    size: view.getUint32(offset + 22, true),
    extraLength: view.getUint16(offset + 28, true),
    name: Buffer.from(bytes.subarray(offset + 30, offset + 30 + nameLength)).toString('utf8'),
    dataStart: offset + 30 + nameLength + view.getUint16(offset + 28, true)
  }
}

describe('zip container', () => {
  test('the first entry is mimetype, stored, without extra field, holding application/epub+zip', () => {
    const first = localHeader(built.bytes, 0)
    expect(first.signature).toBe(0x04034b50)
    expect(first.name).toBe('mimetype')
    expect(first.method).toBe(0)
    expect(first.extraLength).toBe(0)
    expect(first.size).toBe(first.compressedSize)
    const content = Buffer.from(built.bytes.subarray(first.dataStart, first.dataStart + first.size)).toString('ascii')
    expect(content).toBe('application/epub+zip')
    // The magic a reading system sniffs: "mimetypeapplication/epub+zip" at offset 30.
    expect(Buffer.from(built.bytes.subarray(30, 58)).toString('ascii')).toBe('mimetypeapplication/epub+zip')
  })

  test('container.xml and the package document come next, then the rest sorted by path', () => {
    const names = Object.keys(entries(built.bytes))
    expect(names.slice(0, 3)).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/package.opf'])
    const rest = names.slice(3)
    expect(rest).toEqual([...rest].sort())
  })

  test('every entry carries the build time, in UTC', () => {
    const [time, date] = dosDateTime(1790000000) // 2026-09-21T14:13:20Z
    expect(date).toBe(((2026 - 1980) << 9) | (9 << 5) | 21)
    expect(time).toBe((14 << 11) | (13 << 5) | 10)
    let offset = 0
    for (let index = 0; index < Object.keys(entries(built.bytes)).length; index++) {
      const header = localHeader(built.bytes, offset)
      expect(header.signature).toBe(0x04034b50)
      expect([header.name, header.time, header.date]).toEqual([header.name, time, date])
      offset = header.dataStart + header.compressedSize
    }
  })

  test('times before 1980 are clamped to the first DOS date', () => {
    expect(dosDateTime(0)).toEqual([0, (1 << 5) | 1])
  })

  test('zipping the same files in another order gives the same bytes', () => {
    const files = [
      {path: 'OEBPS/b.xhtml', bytes: Buffer.from('b')},
      {path: 'OEBPS/package.opf', bytes: Buffer.from('p')},
      {path: 'META-INF/container.xml', bytes: Buffer.from('c')},
      {path: 'OEBPS/a.xhtml', bytes: Buffer.from('a')}
    ]
    expect(Buffer.from(zipEpub([...files].reverse(), 1790000000)).equals(Buffer.from(zipEpub(files, 1790000000)))).toBe(true)
  })
})
