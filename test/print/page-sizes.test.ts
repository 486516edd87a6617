// The fixture book at A4, US Letter and 6×9 in: the layout holds on every page size book.yaml offers, not only A5.
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {runBook} from '../helpers/manuscript.js'
import {expectContentsNumbersRight, expectFolios, expectMirroredMargins, expectRunningHeads} from './book-assertions.js'
import {noChromeReason} from './chrome-available.js'
import {readPdf, type ReadPdf} from './read-pdf.js'

const fixture = fileURLToPath(new URL('../fixtures/pdf-book/manuscript', import.meta.url))
const title = "The Lighthouse Keeper's Ledger"

/** Each size as book.yaml names it, with its page in points (1 in = 72 pt, 1 mm = 72 / 25.4 pt). */
const sizes = [
  {size: 'A4', width: 595.3, height: 841.9},
  {size: 'Letter', width: 612, height: 792},
  {size: '6x9in', width: 432, height: 648}
] as const

/** Copy the fixture with another `page.size` and build its PDF. */
async function buildAt(size: string): Promise<ReadPdf> {
  const manuscript = path.join(mkdtempSync(path.join(tmpdir(), `colophon-${size}-`)), 'manuscript')
  cpSync(fixture, manuscript, {recursive: true})
  const config = path.join(manuscript, 'book.yaml')
  const yaml = readFileSync(config, 'utf8')
  expect(yaml).toMatch(/^ {2}size: A5$/m)
  writeFileSync(config, yaml.replace(/^ {2}size: A5$/m, `  size: ${size}`))
  const result = await runBook(manuscript, {out: path.join(manuscript, '..', 'out'), formats: ['pdf']})
  expect(result.failure).toBeUndefined()
  expect(result.code).toBe(0)
  return readPdf(readFileSync(result.outputs[0] as string))
}

describe.skipIf(noChromeReason())('PDF of the fixture book at other page sizes', () => {
  const pdfs = new Map<string, ReadPdf>()

  beforeAll(async () => {
    // One after the other: two cores, and each build starts its own Chrome.
    for (const {size} of sizes) pdfs.set(size, await buildAt(size))
  }, 120_000)

  it.each(sizes)('prints $size pages of $width × $height pt', ({size, width, height}) => {
    const pdf = pdfs.get(size) as ReadPdf
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(width, 0)
      expect(page.height).toBeCloseTo(height, 0)
    }
  })

  it.each(sizes)('heads and numbers the body pages at $size', ({size}) => {
    const pdf = pdfs.get(size) as ReadPdf
    expect(expectRunningHeads(pdf, title)).toBeGreaterThan(3)
    expectFolios(pdf, 'The lamp')
  })

  it.each(sizes)('gives every contents entry its page at $size', ({size}) => {
    // Six chapters and thirteen sections, as at A5.
    expect(expectContentsNumbersRight(pdfs.get(size) as ReadPdf)).toBe(19)
  })

  it.each(sizes)('mirrors the margins at $size', ({size, width}) => {
    // book.css: 14 % inside, 10 % outside, so the text block moves by 4 % of the width.
    expect(expectMirroredMargins(pdfs.get(size) as ReadPdf)).toBeCloseTo(width * 0.04, 0)
  })
})
