// A 200+ page book: contents numbers, bookmarks, folios, running heads and page-foot notes still hold across the whole length.
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {runBook} from '../helpers/manuscript.js'
import {expectContentsNumbersRight, expectFolios, expectMirroredMargins, expectRunningHeads} from './book-assertions.js'
import {noChromeReason} from './chrome-available.js'
import {expectNoHeadingAtFoot} from './keep-assertions.js'
import {noteDefinitions} from './link-assertions.js'
import {writeLongBook} from './long-book.js'
import {expectNotesAtFoot} from './note-assertions.js'
import {readPdf, type ReadPdf} from './read-pdf.js'

describe.skipIf(noChromeReason())('PDF of a long book', () => {
  const {manuscript, titles} = writeLongBook()
  let pdf: ReadPdf

  beforeAll(async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'colophon-long-'))
    const result = await runBook(manuscript, {out, formats: ['pdf']})
    expect(result.failure).toBeUndefined()
    expect(result.code).toBe(0)
    pdf = await readPdf(readFileSync(result.outputs[0] as string))
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
})
