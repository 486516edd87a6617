// The PDF of a small fixture book, built through the real pipeline with real Chrome and read back.
import {createHash} from 'node:crypto'
import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildEpoch} from '../../src/context.js'
import {runBook} from '../helpers/manuscript.js'
import {expectContentsNumbersRight, expectFolios, expectRunningHeads} from './book-assertions.js'
import {noChromeReason} from './chrome-available.js'
import {expectCrossReferenceLands, expectNoteLinksLand} from './link-assertions.js'
import {poppler, readPdf, type ReadPdf} from './read-pdf.js'

const manuscript = fileURLToPath(new URL('../fixtures/pdf-book/manuscript', import.meta.url))
const title = "The Lighthouse Keeper's Ledger"
const chapters = ['Foreword', 'The lamp', 'The weather', 'The log', 'Further reading', 'Credits']

async function build(): Promise<{file: string; bytes: Buffer}> {
  const out = mkdtempSync(path.join(tmpdir(), 'colophon-pdf-'))
  const result = await runBook(manuscript, {out, formats: ['pdf']})
  expect(result.failure).toBeUndefined()
  expect(result.code).toBe(0)
  const file = result.outputs.find((output) => output.endsWith('.pdf'))
  expect(file).toBeDefined()
  return {file: file as string, bytes: readFileSync(file as string)}
}

describe.skipIf(noChromeReason())('PDF of a small book', () => {
  let file = ''
  let bytes: Buffer = Buffer.alloc(0)
  let pdf: ReadPdf

  beforeAll(async () => {
    ;({file, bytes} = await build())
    pdf = await readPdf(bytes)
  })

  it('has A5 pages and a page count in range', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(20)
    expect(pdf.pages.length).toBeLessThanOrEqual(40)
    for (const page of pdf.pages) {
      // A5 is 148 mm × 210 mm = 419.5 pt × 595.3 pt.
      expect(page.width).toBeCloseTo(419.5, -0.5)
      expect(page.height).toBeCloseTo(595.3, -0.5)
    }
  })

  it('carries the metadata in the document info and XMP', () => {
    const info = execFileSync('pdfinfo', ['-isodates', file], {encoding: 'utf8'})
    expect(info).toMatch(/^Title:\s+The Lighthouse Keeper's Ledger: Notes on keeping a light$/m)
    expect(info).toMatch(/^Author:\s+Mara Quill, Tobias Fenn$/m)
    expect(info).toMatch(/^Subject:\s+A short test book about lighthouses/m)
    expect(info).toMatch(/^Keywords:\s+Lighthouses; Maritime history$/m)
    expect(info).toMatch(/^Creator:\s+Colophon$/m)
    expect(info).toMatch(/^Producer:\s+Colophon \d+\.\d+\.\d+ \(pdf-lib, Chrome\)$/m)
    const date = new Date(buildEpoch('2026-03-14') * 1000).toISOString().replace('.000Z', 'Z')
    expect(info).toContain(`CreationDate:    ${date}`)
    expect(info).toContain(`ModDate:         ${date}`)
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    const xmp = execFileSync('pdfinfo', ['-meta', file], {encoding: 'utf8'})
    for (const part of ['<dc:title>', 'Mara Quill', '<dc:contributor><rdf:Bag><rdf:li>Ines Harrow</rdf:li></rdf:Bag></dc:contributor>', '<dc:publisher><rdf:Bag><rdf:li>Colophon Test Press</rdf:li></rdf:Bag></dc:publisher>', '<xmpRights:WebStatement>https://spdx.org/licenses/CC-BY-4.0.html</xmpRights:WebStatement>', '<dc:description>', '© 2026 Mara Quill and Tobias Fenn', '<rdf:li>en-GB</rdf:li>', '<pdf:Producer>Colophon']) {
      expect(xmp).toContain(part)
    }
  })

  it('is tagged, declares its language and has a document id', () => {
    const raw = bytes.toString('latin1')
    expect(raw).toContain('/StructTreeRoot')
    expect(raw).toMatch(/\/MarkInfo\s*<<[^>]*\/Marked true/)
    expect(raw).toMatch(/\/Lang \((en-GB)\)|\/Lang <FEFF0065006E002D00470042>/)
    expect(raw).toMatch(/\/ID \[\s*<[\dA-Fa-f]{32}>\s*<[\dA-Fa-f]{32}>\s*\]/)
  })

  it('embeds and subsets every font, and every font is a bundled one: no system font', () => {
    const rows = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean)
    // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object, generation.
    const fonts = rows.map((row) => {
      const columns = row.trim().split(/\s+/)
      return {row, name: columns[0] ?? '', embedded: columns.at(-5), subset: columns.at(-4)}
    })
    for (const font of fonts) {
      expect(font.embedded, font.row).toBe('yes')
      expect(font.subset, font.row).toBe('yes')
      // A subset's name is six capitals and `+` (ISO 32000-1 §9.6.4), then the font's own name.
      expect(font.name, font.row).toMatch(/^[A-Z]{6}\+(?:Literata|JetBrainsMono)-/)
    }

    const families = new Set(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '').split('-')[0]))
    // The fixture has Polish and Greek words (Literata's latin-ext and greek subsets) and inline code.
    expect([...families].sort()).toEqual(['JetBrainsMono', 'Literata'])
  })

  it('says on the copyright page which fonts it is set in', () => {
    expect(pdf.pages.map((page) => page.text).join('\n')).toContain('Typeset in Literata and JetBrains Mono with Colophon.')
  })

  it('prints every chapter title and one nested bookmark per chapter', () => {
    const text = pdf.pages.map((page) => page.text).join('\n')
    for (const chapter of chapters) expect(text).toContain(chapter)
    expect(pdf.outline.map((bookmark) => bookmark.title)).toEqual(['Contents', ...chapters])
    const lamp = pdf.outline.find((bookmark) => bookmark.title === 'The lamp')
    // The notes are at the foot of their pages, so there is no "Notes" heading to bookmark.
    expect(lamp?.children.map((bookmark) => bookmark.title)).toEqual(['Trimming the wick', 'Cleaning the lens', 'Lighting up'])
  })

  it('opens every chapter on a right-hand page, with blank pages blank', () => {
    for (const bookmark of pdf.outline) expect((bookmark.page ?? 0) % 2, bookmark.title).toBe(1)
    const blanks = pdf.pages.filter((page, index) => page.items.length === 0 && index > 0)
    expect(blanks.length).toBeGreaterThan(0)
  })

  it('numbers the front matter in roman and the body in arabic from 1', () => {
    expectFolios(pdf, 'The lamp')
  })

  it('has running heads on body pages and none on chapter openings', () => {
    expect(expectRunningHeads(pdf, title)).toBeGreaterThan(8)
  })

  it('gives every contents entry the page where its heading falls', () => {
    // Six chapters and thirteen sections (the credits page has four).
    expect(expectContentsNumbersRight(pdf)).toBe(19)
  })

  it('prints each note at the foot of the page that refers to it, below all of that page\'s text', () => {
    const page = pdf.pages.find((candidate) => candidate.text.includes('Colza oil was pressed from rape seed'))
    expect(page).toBeDefined()
    const note = page!.body.find((item) => item.text.includes('Colza'))!
    // The note's line is the last of the page's text, and in the page's lower part.
    expect(page!.body.filter((item) => item.y > note.y + 2)).toEqual([])
    expect(note.y).toBeGreaterThan(page!.height * 0.6)
    expect(page!.body.some((item) => item.y < note.y - 40)).toBe(true)
    expect(pdf.pages.some((candidate) => /(^|\n)Notes(\n|$)/.test(candidate.text))).toBe(false)
  })

  it('links the note reference, its back-link and the cross-reference to the pages of their targets', () => {
    const notes = expectNoteLinksLand(pdf, {oil: 'Colza oil was pressed from rape seed.'})
    expect(notes).toEqual({references: 1, misplacedBackLinks: []})
    // Both directions were checked: the back-link from the note is a link too.
    expect(pdf.pages.flatMap((page) => page.links).filter((link) => /-fnref-oil$/.test(link.dest ?? ''))).toHaveLength(1)
    expect(expectCrossReferenceLands(pdf, 'the weather', 'The weather')).toBe(1)
  })

  it('gives the same bytes when built again', async () => {
    const again = await build()
    const hash = (data: Buffer) => createHash('sha256').update(data).digest('hex')
    expect(hash(again.bytes)).toBe(hash(bytes))
  })
})

describe.skipIf(noChromeReason())('PDF of a small book with endnotes', () => {
  it('prints the notes under "Notes" at the end of their chapter with page.notes: endnotes', async () => {
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'colophon-endnotes-')), 'manuscript')
    cpSync(manuscript, copy, {recursive: true})
    const yaml = path.join(copy, 'book.yaml')
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('  notes: footnotes\n', '  notes: endnotes\n'))
    const result = await runBook(copy, {out: path.join(copy, '..', 'dist'), formats: ['pdf']})
    expect(result.code, result.failure).toBe(0)
    const endnotes = await readPdf(readFileSync(result.outputs[0]!))
    const lamp = endnotes.outline.find((bookmark) => bookmark.title === 'The lamp')
    expect(lamp?.children.map((bookmark) => bookmark.title)).toEqual(['Trimming the wick', 'Cleaning the lens', 'Lighting up', 'Notes'])
    const page = endnotes.pages.find((candidate) => candidate.text.includes('Colza oil was pressed from rape seed'))
    expect(page?.text).toContain('Notes')
    expect(expectNoteLinksLand(endnotes, {oil: 'Colza oil was pressed from rape seed.'})).toEqual({references: 1, misplacedBackLinks: []})
  })
})
