// Test helper: the print-layout assertions every built book must pass, read from the PDF itself.
import {expect} from 'vitest'
import type {ReadPdf} from './read-pdf.js'

/**
 * Every contents entry's number is the printed folio of the page its link goes to, and that page
 * holds the heading's text.
 *
 * @param pdf - The PDF, read.
 * @returns How many entries were checked.
 */
export function expectContentsNumbersRight(pdf: ReadPdf): number {
  const contents = pdf.pages.findIndex((page) => page.links.length > 0 && /\bContents\b/.test(page.text))
  expect(contents).toBeGreaterThanOrEqual(0)
  let checked = 0
  for (const page of pdf.pages.slice(contents)) {
    const entries = page.links.filter((link) => /\.\s*\S+$/.test(link.text))
    if (entries.length === 0) break
    for (const link of entries) {
      const match = /^(.*?)[\s.]*\s(\S+)$/.exec(link.text)
      expect(match, link.text).not.toBeNull()
      const [, title = '', number] = match ?? []
      expect(link.page, link.text).toBeDefined()
      const target = pdf.pages[(link.page ?? 0) - 1]
      expect(number, `contents entry "${title}"`).toBe(pdf.labels?.[(link.page ?? 0) - 1])
      expect(target?.foot, `folio of the page of "${title}"`).toBe(number)
      expect(squash(target?.text ?? ''), `page ${link.page} holds "${title}"`).toContain(squash(title))
      checked++
    }
  }

  return checked
}

/**
 * Running heads: none on part openings and blank pages; the book title on left (even) pages and
 * the chapter title on right (odd) ones everywhere else in the chapters.
 *
 * @param pdf - The PDF, read.
 * @param bookTitle - The book's title.
 * @returns Pages with a running head.
 */
export function expectRunningHeads(pdf: ReadPdf, bookTitle: string): number {
  const chapters = pdf.outline.filter((bookmark) => bookmark.title !== 'Contents')
  const openings = new Set(chapters.map((bookmark) => bookmark.page))
  let headed = 0
  chapters.forEach((chapter, index) => {
    const end = (chapters[index + 1]?.page ?? pdf.pages.length + 1) - 1
    for (let number = chapter.page ?? 0; number <= end; number++) {
      const page = pdf.pages[number - 1]
      if (!page) continue
      if (openings.has(number) || page.text === '') {
        expect(page.head, `page ${number} opens "${chapter.title}" or is blank`).toBe('')
        continue
      }

      expect(page.head, `running head of page ${number}`).toBe(number % 2 === 0 ? bookTitle : chapter.title)
      headed++
    }
  })
  return headed
}

/**
 * Lower-case roman folios before the first body chapter, arabic from 1 at it; the printed folio
 * agrees with the PDF's page labels.
 *
 * @param pdf - The PDF, read.
 * @param firstBodyTitle - Title of the first body chapter.
 */
export function expectFolios(pdf: ReadPdf, firstBodyTitle: string): void {
  const first = pdf.outline.find((bookmark) => bookmark.title === firstBodyTitle)?.page
  expect(first).toBeDefined()
  const labels = pdf.labels ?? []
  expect(labels).toHaveLength(pdf.pages.length)
  labels.forEach((label, index) => {
    if (index + 1 < (first ?? 0)) expect(label).toMatch(/^[ivxlc]+$/)
    else expect(label).toBe(String(index + 2 - (first ?? 0)))
  })
  let printed = 0
  pdf.pages.forEach((page, index) => {
    if (page.foot === '') return
    expect(page.foot, `folio of page ${index + 1}`).toBe(labels[index])
    printed++
  })
  expect(printed).toBeGreaterThan(pdf.pages.length / 2)
}

function squash(text: string): string {
  return text.replace(/[\s\u00AD-]+/g, '').toLowerCase()
}

/**
 * Mirrored margins: on right-hand (odd) pages the text block sits further right than on left-hand
 * (even) ones, because book.css puts the wider inside margin on the spine side of each page. The
 * block's extremes over all pages of one side are its edges; both move by the same amount.
 *
 * @param pdf - The PDF, read.
 * @returns How far the block moves between left and right pages, in points.
 */
export function expectMirroredMargins(pdf: ReadPdf): number {
  const edges = (parity: number) => {
    const items = pdf.pages.filter((page, index) => (index + 1) % 2 === parity && page.head !== '').flatMap((page) => page.body)
    expect(items.length, `body text on ${parity === 1 ? 'right' : 'left'}-hand pages`).toBeGreaterThan(0)
    return {left: Math.min(...items.map((item) => item.x)), right: Math.max(...items.map((item) => item.x + item.width))}
  }

  const recto = edges(1)
  const verso = edges(0)
  const width = pdf.pages[0]?.width ?? 0
  const shift = recto.left - verso.left
  expect(shift, 'the left edge of the text moves right on right-hand pages').toBeGreaterThan(width * 0.02)
  expect(recto.right - verso.right, 'the right edge moves with it').toBeCloseTo(shift, 0)
  return shift
}
