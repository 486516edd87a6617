// A 200+ page book: contents numbers, bookmarks, folios, running heads, page-foot notes, whole figures and tables, tags, fonts and the same bytes on a rebuild hold across the whole length.
import {createHash} from 'node:crypto'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {runBook} from '../helpers/manuscript.js'
import {expectContentsNumbersRight, expectFolios, expectMirroredMargins, expectRunningHeads} from './book-assertions.js'
import {noChromeReason} from './chrome-available.js'
import {expectBlocksWhole, expectNoHeadingAtFoot} from './keep-assertions.js'
import {noteDefinitions} from './link-assertions.js'
import {writeLongBook} from './long-book.js'
import {expectNotesAtFoot} from './note-assertions.js'
import {poppler, readPdf, type ReadPdf} from './read-pdf.js'

describe.skipIf(noChromeReason())('PDF of a long book', () => {
  const {manuscript, titles} = writeLongBook()
  let pdf: ReadPdf
  let file: string

  /** Build the PDF into a new folder; its path. */
  const build = async (): Promise<string> => {
    const out = mkdtempSync(path.join(tmpdir(), 'colophon-long-'))
    const result = await runBook(manuscript, {out, formats: ['pdf']})
    expect(result.failure).toBeUndefined()
    expect(result.code).toBe(0)
    return result.outputs[0] as string
  }

  beforeAll(async () => {
    file = await build()
    pdf = await readPdf(readFileSync(file))
  }, 180_000)

  it('runs past 200 pages', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(200)
  })

  it('has one bookmark per chapter, with its sections nested under it', () => {
    const chapters = pdf.outline.filter((bookmark) => bookmark.title !== 'Contents')
    // The generated credits page closes the book.
    expect(chapters.map((bookmark) => bookmark.title)).toEqual([...titles, 'Credits'])
    chapters.slice(0, -1).forEach((chapter, index) => {
      expect(chapter.children.map((bookmark) => bookmark.title)).toEqual(
        [1, 2, 3, 4].map((section) => expect.stringMatching(new RegExp(`^Section ${index + 1}\\.${section} on `)))
      )
      expect(chapter.children[1]?.children.map((bookmark) => bookmark.title)).toEqual([expect.stringMatching(/^A closer look at /)])
    })
  })

  it('gives every contents entry the page where its heading falls', () => {
    // Each chapter and its four sections, then the credits page.
    expect(expectContentsNumbersRight(pdf)).toBeGreaterThan(titles.length * 5)
  })

  it('numbers and heads every page', () => {
    expectFolios(pdf, titles[0] as string)
    expect(expectRunningHeads(pdf, 'The Long Book')).toBeGreaterThan(150)
  })

  it('prints every note at the foot of the page that refers to it, in every chapter', () => {
    const sources = readdirSync(manuscript).filter((name) => name.endsWith('.md')).map((name) => readFileSync(path.join(manuscript, name), 'utf8'))
    const references = sources.reduce((sum, source) => sum + (source.match(/\[\^[^\]\s]+\](?!:)/g)?.length ?? 0), 0)
    expect(references).toBeGreaterThan(100)
    expect(expectNotesAtFoot(pdf, noteDefinitions(sources))).toBe(references)
    // None fell back to the end of its chapter.
    expect(pdf.pages.some((page) => /(^|\n)Notes(\n|$)/.test(page.text))).toBe(false)
  })

  it('never leaves a heading alone at the foot of a page, and mirrors the margins', () => {
    // Each chapter, its four sections and one closer look, then the credits page and its sections.
    expect(expectNoHeadingAtFoot(pdf)).toBeGreaterThan(titles.length * 6)
    expect(expectMirroredMargins(pdf)).toBeGreaterThan(0)
  })

  it('never splits a figure or a table', () => {
    // Thirteen tables of five rows (every third chapter) and ten figures (every fourth).
    expect(expectBlocksWhole(pdf)).toEqual(Array.from({length: 13}, () => 5))
    expect(pdf.pages.flatMap((page) => page.blocks).filter((block) => block.role === 'Figure')).toHaveLength(10)
  })

  it('is tagged, declares its language and embeds every font', () => {
    const raw = readFileSync(file).toString('latin1')
    expect(raw).toContain('/StructTreeRoot')
    expect(raw).toMatch(/\/Lang \((en-GB)\)|\/Lang <FEFF0065006E002D00470042>/)
    const rows = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes')
  })

  it('gives the same bytes when built again, notes and all', async () => {
    const hash = (data: Buffer) => createHash('sha256').update(data).digest('hex')
    expect(hash(readFileSync(await build()))).toBe(hash(readFileSync(file)))
  }, 180_000)
})
