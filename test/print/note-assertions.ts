// Test helper: page-foot notes as a reader sees them: each on its reference's page, under all of that page's text.
import {expect} from 'vitest'
import type {ReadPdf} from './read-pdf.js'

/**
 * Assert that every note reference links to its own page and that its note starts there, below
 * all of that page's text.
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
      // The note as printed: a link's text without its target.
      here.push(alnum((notes[id] ?? '').replace(/\]\([^)]*\)/g, ']')))
      checked++
    }

    if (here.length === 0) return
    // From the page's foot up, the run of lines that are the notes' own words (or their numbers):
    // every note must start in it, so no line of the page's text is set below a note.
    const text = here.join('')
    const run: string[] = []
    for (const item of [...page.body].sort((a, b) => b.y - a.y)) {
      const words = alnum(item.text)
      if (words !== '' && !/^\d+$/.test(words) && !text.includes(words)) break
      run.push(words)
    }

    for (const note of here) expect(run.some((words) => words.length > 8 && note.startsWith(words.slice(0, 24))), `a note on page ${index + 1} starts under all of its text`).toBe(true)
  })
  return checked
}

function alnum(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}
