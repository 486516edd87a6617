// Test helper: what a page break must never do in a built book (CSS Fragmentation 3 §3.1), read from the PDF.
import {expect} from 'vitest'
import type {Bookmark, ReadPdf} from './read-pdf.js'

/**
 * No heading is alone at the foot of a page: below every bookmarked heading, on its own page, the
 * heading's text comes first and more text follows it.
 *
 * @param pdf - The PDF, read.
 * @returns How many headings were checked.
 */
export function expectNoHeadingAtFoot(pdf: ReadPdf): number {
  const headings: Bookmark[] = []
  const collect = (list: Bookmark[]): void => {
    for (const bookmark of list) {
      headings.push(bookmark)
      collect(bookmark.children)
    }
  }

  collect(pdf.outline)
  for (const heading of headings) {
    const page = pdf.pages[(heading.page ?? 0) - 1]
    expect(page, `page of "${heading.title}"`).toBeDefined()
    expect(heading.top, `position of "${heading.title}"`).toBeDefined()
    // Lines below the top of the heading's box, in reading order (a line's runs share a baseline).
    const below = (page?.body ?? []).filter((item) => item.y > (heading.top ?? 0)).sort((a, b) => Math.round(a.y - b.y) || a.x - b.x)
    const text = squash(below.map((item) => item.text).join(''))
    const at = text.indexOf(squash(heading.title))
    // A chapter label ("Chapter 12") may stand above a chapter's title inside the same box.
    expect(at, `"${heading.title}" at its bookmark on page ${heading.page}`).toBeGreaterThanOrEqual(0)
    expect(at).toBeLessThan(20)
    expect(text.slice(at + squash(heading.title).length), `text after "${heading.title}" on page ${heading.page}`).not.toBe('')
  }

  return headings.length
}

/**
 * Figures and tables are never split: every one lies on a single page with all its parts, a
 * caption together with its image, quotation or rows.
 *
 * @param pdf - The PDF, read.
 * @returns The number of rows of each table, in book order.
 */
export function expectBlocksWhole(pdf: ReadPdf): number[] {
  const rows: number[] = []
  pdf.pages.forEach((page, index) => {
    for (const block of page.blocks) {
      const where = `${block.role} (${block.parts.join(' ')}) on page ${index + 1}`
      if (block.parts.length === 1 && block.parts[0] === 'Image') continue
      expect(block.parts, where).toContain('Caption')
      expect(block.parts.filter((part) => part !== 'Caption').length, where).toBeGreaterThan(0)
      if (block.role === 'Table') rows.push(block.parts.filter((part) => part === 'TR').length)
    }
  })
  return rows
}

function squash(text: string): string {
  return text.replace(/[\s\u00AD-]+/g, '').toLowerCase()
}
