// Test helper: page-foot notes as a reader sees them: each on its reference's page, under all of that page's text.
import {expect} from 'vitest'
import type {ReadPdf} from './read-pdf.js'

/**
 * Assert that every note reference links to its own page, that its note's text is on that page,
 * and that nothing but note text is set below a page's first note line.
 *
 * @param pdf - The PDF, read.
 * @param notes - Each note's id and its text (from the Markdown definitions).
 * @returns The references checked.
 */
export function expectNotesAtFoot(pdf: ReadPdf, notes: Record<string, string>): number {
  let checked = 0
  pdf.pages.forEach((page, index) => {
    const here: string[] = []
    // remark-rehype names a reference's target `<prefix>fn-<id>`; a link without text is a sliver.
    for (const link of page.links.filter((candidate) => candidate.text.trim() !== '')) {
      const id = /^.*-fn-(.+)$/.exec(link.dest ?? '')?.[1]
      if (id === undefined) continue
      expect(link.page, `the note ${link.dest} referred to on page ${index + 1}`).toBe(index + 1)
      expect(notes[id], `the note ${id} is written`).toBeDefined()
      here.push(alnum(notes[id] ?? ''))
      checked++
    }

    if (here.length === 0) return
    const text = here.join('')
    const starts = page.body.filter((item) => here.some((note) => alnum(item.text).length > 8 && note.startsWith(alnum(item.text).slice(0, 24))))
    expect(starts.length, `the notes' first lines on page ${index + 1}`).toBeGreaterThan(0)
    const top = Math.min(...starts.map((item) => item.y))
    // Below the first note line: only the notes' own words and their numbers.
    const below = page.body.filter((item) => item.y > top + 1 && !/^\s*\d+\.?\s*$/.test(item.text) && !text.includes(alnum(item.text)))
    expect(below.map((item) => item.text), `text below the notes on page ${index + 1}`).toEqual([])
  })
  return checked
}

function alnum(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}
