// Test helper: internal links in a built book land where they say, read from the PDF's link annotations.
import {expect} from 'vitest'
import type {ReadPdf} from './read-pdf.js'

/** What {@link expectNoteLinksLand} found. */
export interface NoteLinks {
  /** Note references checked. */
  references: number
  /** Back-links whose target page does not hold the reference they return to. */
  misplacedBackLinks: string[]
}

/**
 * Every note reference goes to the page where its note begins (the page holds the note's first
 * words), and each note's back-link should go to the page holding the reference.
 *
 * @param pdf - The PDF, read.
 * @param notes - Each note's id (`betton-gap`) and the text it starts with.
 * @returns References checked and the back-links that land elsewhere, for the caller to judge.
 */
export function expectNoteLinksLand(pdf: ReadPdf, notes: Record<string, string>): NoteLinks {
  const found: NoteLinks = {references: 0, misplacedBackLinks: []}
  pdf.pages.forEach((page, index) => {
    // remark-rehype names a note `<prefix>fn-<id>` and its reference `<prefix>fnref-<id>`.
    // A link with no text is a sliver Chrome leaves where a line broke across pages; skip it.
    for (const link of page.links.filter((candidate) => candidate.text.trim() !== '')) {
      const match = /^(.*-)(fn|fnref)-(.+)$/.exec(link.dest ?? '')
      if (!match) continue
      const [, prefix = '', kind, id = ''] = match
      const target = pdf.pages[(link.page ?? 0) - 1]
      if (kind === 'fn') {
        expect(notes[id], `the note ${id} is written`).toBeDefined()
        expect(alnum(target?.text ?? ''), `${link.dest} on page ${index + 1} goes to its note, on page ${link.page}`).toContain(alnum(notes[id] ?? '').slice(0, 30))
        found.references++
        continue
      }

      const reference = `${prefix}fn-${id}`
      const home = pdf.pages.findIndex((other) => other.links.some((candidate) => candidate.dest === reference && candidate.text.trim() !== '')) + 1
      expect(home, `the reference ${reference}`).toBeGreaterThan(0)
      if (link.page !== home) found.misplacedBackLinks.push(link.dest ?? '')
    }
  })
  return found
}

/**
 * Each note's id and its text, from the `[^id]: text` definitions of some Markdown.
 *
 * @param sources - Markdown texts.
 * @returns Note id → text, Markdown punctuation and all.
 */
export function noteDefinitions(sources: string[]): Record<string, string> {
  return Object.fromEntries(sources.flatMap((source) => [...source.matchAll(/^\[\^([^\]\s]+)\]:\s*(.+)$/gm)].map((match) => [match[1] ?? '', match[2] ?? ''])))
}

/**
 * Every link whose text is `text` (a cross-reference such as "Chapter 4") goes to the page where
 * the bookmark titled `title` falls.
 *
 * @param pdf - The PDF, read.
 * @param text - The link's text.
 * @param title - The bookmark of its target.
 * @returns How many such links there are.
 */
export function expectCrossReferenceLands(pdf: ReadPdf, text: string, title: string): number {
  const page = findBookmark(pdf, title)
  expect(page, `bookmark "${title}"`).toBeDefined()
  const links = pdf.pages.flatMap((candidate) => candidate.links.filter((link) => link.text.trim() === text))
  for (const link of links) expect(link.page, `"${text}" goes to "${title}"`).toBe(page)
  return links.length
}

/** Letters and digits only: Markdown marks, smart quotes and line breaks do not survive into the PDF alike. */
function alnum(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

function findBookmark(pdf: ReadPdf, title: string): number | undefined {
  const search = (list: ReadPdf['outline']): number | undefined => {
    for (const bookmark of list) {
      if (bookmark.title === title) return bookmark.page
      const found = search(bookmark.children)
      if (found !== undefined) return found
    }
    return undefined
  }

  return search(pdf.outline)
}
