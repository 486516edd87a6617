// Which font draws each character: the book's own fonts, then the bundled fallbacks, decided from the fonts' cmaps.
import {copyFileSync, existsSync, mkdtempSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import type {Book} from '../../src/book.js'
import {fontCoverage, runs} from '../../src/fonts/font-coverage.js'
import {glyphPlan} from '../../src/fonts/glyph-plan.js'
import {inRange, parseUnicodeRange} from '../../src/fonts/unicode-range.js'
import {runCase} from '../check/rule-table.js'

const require = createRequire(import.meta.url)

async function bookOf(chapter: string): Promise<Book> {
  const result = await runCase({'01-start.md': chapter})
  expect(result.book).toBeDefined()
  return result.book as Book
}

/** The file name of the fallback face that draws `point`, if any. */
function faceOf(book: Book, point: number): string | undefined {
  return glyphPlan(book).faces.find((face) => inRange(parseUnicodeRange(face.unicodeRange), point))?.fileName
}

describe('glyphPlan', () => {
  it('needs no fallback for a book in English, Greek and Cyrillic', async () => {
    const plan = glyphPlan(await bookOf('# Start\n\nThe lamp, λύχνος, лампа.\n'))
    expect(plan).toEqual({faces: [], missing: new Set(), missingInCode: new Set()})
  })

  it('gives each character to one fallback, emoji to the colour font only when shown as emoji', async () => {
    const book = await bookOf('# Start\n\nA grin 😀, a heart ❤️, a keeper 👩‍🔧, a plain sun ☀, an asterism ⁂ and दीप.\n')
    expect(faceOf(book, 0x1f600)).toBe('noto-color-emoji-emoji-400-normal.woff2')
    // U+2764 is text by default; the U+FE0F after it asks for the emoji.
    expect(faceOf(book, 0x2764)).toBe('noto-color-emoji-emoji-400-normal.woff2')
    expect(faceOf(book, 0x2600)).toMatch(/^noto-sans-(math|symbols)/)
    // U+2042 is inside the `unicode-range` of Literata's Latin subset but not in its cmap, nor in any Noto subset's.
    expect(faceOf(book, 0x2042)).toBe('dejavu-sans-latin-400-normal.woff2')
    expect(faceOf(book, 0x926)).toBe('noto-sans-devanagari-400-normal.woff2')
    // The joiner rides with the emoji face, so the keeper stays one glyph; the symbol fonts do not take it.
    const faces = glyphPlan(book).faces
    const emoji = faces.find((face) => face.fileName.startsWith('noto-color-emoji'))
    expect(inRange(parseUnicodeRange(emoji?.unicodeRange ?? ''), 0x200d)).toBe(true)
    const symbols = faces.find((face) => face.fileName.startsWith('noto-sans-symbols'))
    expect(inRange(parseUnicodeRange(symbols?.unicodeRange ?? ''), 0x200d)).toBe(false)
    expect(glyphPlan(book).missing.size).toBe(0)
  })

  it('lists a private-use character as missing in prose and in code separately', async () => {
    const plan = glyphPlan(await bookOf('# Start\n\nA mark \uE000 and `code \uE001`.\n'))
    expect([...plan.missing]).toEqual([0xe000])
    expect([...plan.missingInCode]).toEqual([0xe001])
    expect(plan.faces).toEqual([])
  })
})

describe('fontCoverage', () => {
  it('reads the cmap and keeps it in the cache folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'colophon-fonts-'))
    const font = path.join(dir, 'literata-greek-400-normal.woff2')
    copyFileSync(require.resolve('@fontsource/literata/files/literata-greek-400-normal.woff2'), font)
    const points = fontCoverage(font, path.join(dir, 'cache'))
    expect(points.has(0x3bb)).toBe(true)
    expect(points.has(0x61)).toBe(false)
    expect(existsSync(path.join(dir, 'cache', 'literata-greek-400-normal.woff2.bin'))).toBe(true)
  })

  it('reads a font file again from the cache folder, without decoding it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'colophon-fonts-'))
    const font = path.join(dir, 'literata-cyrillic-400-normal.woff2')
    copyFileSync(require.resolve('@fontsource/literata/files/literata-cyrillic-400-normal.woff2'), font)
    utimesSync(font, 1_700_000_000, 1_700_000_000)
    const first = fontCoverage(font, path.join(dir, 'cache'))
    // Same path, size and time but bytes no font reader accepts: only the cache can answer now.
    writeFileSync(font, Buffer.alloc(statSync(font).size))
    utimesSync(font, 1_700_000_000, 1_700_000_000)
    vi.resetModules()
    const fresh = await import('../../src/fonts/font-coverage.js')
    expect(fresh.fontCoverage(font, path.join(dir, 'cache'))).toEqual(first)
    expect(first.has(0x436)).toBe(true)
  })

  it('writes code points as runs', () => {
    expect(runs([5, 1, 2, 3, 9, 2])).toEqual([[1, 3], [5, 5], [9, 9]])
  })
})
