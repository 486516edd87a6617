// The PDF of the example book (manuscript/), built once through the real pipeline and read back: issue 5 on real content.
import {createHash} from 'node:crypto'
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Book} from '../../src/book.js'
import {runBook} from '../helpers/manuscript.js'
import {expectContentsNumbersRight, expectFolios, expectRunningHeads} from './book-assertions.js'
import {noChromeReason} from './chrome-available.js'
import {expectBlocksWhole, expectNoHeadingAtFoot} from './keep-assertions.js'
import {expectCrossReferenceLands, expectNoteLinksLand, noteDefinitions} from './link-assertions.js'
import {expectNotesAtFoot} from './note-assertions.js'
import {poppler, readPdf, type ReadPdf} from './read-pdf.js'

const manuscript = fileURLToPath(new URL('../../manuscript', import.meta.url))

/** Build the example book into a new folder; no cache folder is given, so nothing is reused (`--no-cache`). */
async function build(): Promise<{file: string; bytes: Buffer; book: Book}> {
  const out = mkdtempSync(path.join(tmpdir(), 'colophon-example-'))
  const result = await runBook(manuscript, {out, formats: ['pdf']})
  expect(result.failure).toBeUndefined()
  expect(result.code).toBe(0)
  const file = result.outputs.find((output) => output.endsWith('.pdf'))
  expect(file).toBeDefined()
  expect(result.book).toBeDefined()
  return {file: file as string, bytes: readFileSync(file as string), book: result.book as Book}
}

/** The Markdown of every chapter, in book order. */
function sources(book: Book): string[] {
  return book.chapters.filter((chapter) => chapter.type !== 'credits').map((chapter) => String(chapter.file.value))
}

describe.skipIf(noChromeReason())('PDF of the example book', () => {
  let file = ''
  let bytes: Buffer = Buffer.alloc(0)
  let book: Book
  let pdf: ReadPdf

  beforeAll(async () => {
    ;({file, bytes, book} = await build())
    pdf = await readPdf(bytes)
  })

  it('has A5 pages', () => {
    expect(pdf.pages.length).toBeGreaterThan(40)
    for (const page of pdf.pages) {
      // A5 is 148 mm × 210 mm = 419.5 pt × 595.3 pt.
      expect(page.width).toBeCloseTo(419.5, -0.5)
      expect(page.height).toBeCloseTo(595.3, -0.5)
    }
  })

  it('has one bookmark per chapter, with sections nested under chapters', () => {
    expect(pdf.outline.map((bookmark) => bookmark.title)).toEqual(['Contents', ...book.chapters.map((chapter) => chapter.title)])
    const nested = pdf.outline.filter((bookmark) => bookmark.children.length > 0)
    expect(nested.length).toBeGreaterThanOrEqual(book.chapters.length - 2)
    // Third-level headings sit under their section, not beside it.
    expect(nested.some((bookmark) => bookmark.children.some((section) => section.children.length > 0))).toBe(true)
  })

  it('numbers the front matter in roman and the body in arabic from 1', () => {
    const first = book.chapters.find((chapter) => chapter.matter === 'body')
    expectFolios(pdf, first?.title ?? '')
  })

  it('has running heads on body pages and none on chapter openings', () => {
    expect(expectRunningHeads(pdf, book.config.title)).toBeGreaterThan(pdf.pages.length / 2)
  })

  it('gives every contents entry the page where its heading falls', () => {
    // toc-depth 2: every chapter and its sections, but not a chapter's "Notes" (bookmarked, not listed).
    const chapters = pdf.outline.filter((bookmark) => bookmark.title !== 'Contents')
    const entries = chapters.length + chapters.reduce((sum, chapter) => sum + chapter.children.filter((section) => section.title !== 'Notes').length, 0)
    expect(entries).toBeGreaterThan(60)
    expect(expectContentsNumbersRight(pdf)).toBe(entries)
  })

  it('is tagged and declares its language', () => {
    const raw = bytes.toString('latin1')
    expect(raw).toContain('/StructTreeRoot')
    expect(raw).toMatch(/\/MarkInfo\s*<<[^>]*\/Marked true/)
    expect(raw).toMatch(/\/Lang \((en-GB)\)|\/Lang <FEFF0065006E002D00470042>/)
  })

  it('embeds every font', () => {
    const rows = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean)
    expect(rows.some((row) => row.includes('Literata'))).toBe(true)
    // Columns: name, type, encoding, emb, sub, uni, object, generation; `emb` is the fifth from the end.
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes')
  })

  it('carries the title, author, subject, keywords, creator and producer', () => {
    const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'})
    const {config} = book
    const line = (field: string) => new RegExp(`^${field}:\\s+(.*)$`, 'm').exec(info)?.[1]
    expect(line('Title')).toBe(`${config.title}: ${config.subtitle ?? ''}`)
    expect(line('Author')).toBe('Colophon Project contributors')
    expect(line('Subject')).toBe(config.description)
    expect(line('Keywords')).toBe('Mental health services; Social media; Professional ethics; Counselling and psychotherapy; Peer support')
    expect(line('Creator')).toBe('Colophon')
    expect(line('Producer')).toMatch(/^Colophon \d+\.\d+\.\d+ \(pdf-lib, Chrome\)$/)
  })

  it('makes every external link of the chapters clickable', () => {
    const uris = pdf.pages.flatMap((page) => page.uris)
    const urls = new Set(uris.map((uri) => uri.url))
    const occurrences = sources(book).flatMap((source) => [...source.matchAll(/\]\((https?:\/\/[^\s)]+)\)|<(https?:\/\/[^\s>]+)>/g)].map((match) => match[1] ?? match[2] ?? ''))
    const written = new Set(occurrences)
    expect(written.size).toBeGreaterThan(15)
    for (const url of written) expect(urls, url).toContain(url)
    // Each link in the text is at least one annotation; the only URL the chapters do not write is the licence's, from book.yaml.
    expect(uris.length).toBeGreaterThanOrEqual(occurrences.length)
    expect([...urls].filter((url) => !written.has(url))).toEqual(['https://spdx.org/licenses/CC-BY-SA-4.0.html'])
    // A link broken over two lines is two annotations, each naming the same URL.
    const textOf = (url: string) => uris.filter((uri) => uri.url === url).map((uri) => uri.text).join(' ')
    expect(textOf('https://www.samaritans.org/')).toContain('Samaritans')
    expect(textOf('https://www.hcpc-uk.org/')).toContain('Health and Care Professions Council')
  })

  it('links every note reference and cross-reference to the page of its target', () => {
    const references = sources(book).reduce((sum, source) => sum + (source.match(/\[\^[^\]\s]+\](?!:)/g)?.length ?? 0), 0)
    expect(references).toBeGreaterThan(5)
    const notes = expectNoteLinksLand(pdf, noteDefinitions(sources(book)))
    expect(notes.references).toBe(references)
    // Every back-link lands on its reference's page. (It did not for the reference whose line
    // Chrome pushed onto the next page, while the reference was a plain inline: an atomic inline
    // reference moves with its line.)
    expect(notes.misplacedBackLinks).toEqual([])
    const numbered = book.chapters.filter((chapter) => chapter.number !== undefined)
    const crossReferences = numbered.reduce((sum, chapter) => sum + expectCrossReferenceLands(pdf, `Chapter ${chapter.number}`, chapter.title), 0)
    expect(crossReferences).toBeGreaterThan(5)
  })

  it('prints every note at the foot of the page that refers to it, under all of its text', () => {
    const references = sources(book).reduce((sum, source) => sum + (source.match(/\[\^[^\]\s]+\](?!:)/g)?.length ?? 0), 0)
    expect(expectNotesAtFoot(pdf, noteDefinitions(sources(book)))).toBe(references)
  })

  it('never leaves a heading alone at the foot of a page', () => {
    expect(expectNoHeadingAtFoot(pdf)).toBeGreaterThan(80)
  })

  it('never splits a figure or a table', () => {
    // Each table's rows, header included, as the Markdown writes them: all found on one page.
    const tables = sources(book).flatMap((source) => (source.match(/(?:^\|.*\n)+/gm) ?? []).map((table) => table.trim().split('\n').length - 1))
    expect(tables.length).toBeGreaterThan(0)
    expect(expectBlocksWhole(pdf)).toEqual(tables)
  })

  it('gives the same bytes when built again into another folder', async () => {
    const again = await build()
    expect(path.dirname(again.file)).not.toBe(path.dirname(file))
    const hash = (data: Buffer) => createHash('sha256').update(data).digest('hex')
    expect(hash(again.bytes)).toBe(hash(bytes))
  })
})
