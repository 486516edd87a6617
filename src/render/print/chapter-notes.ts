// A chapter's notes as the print stage sees them: each note's id and the id of its first reference.
import type {Element} from 'hast'
import {visit} from 'unist-util-visit'
import type {Chapter} from '../../book.js'

/** One note of a chapter. */
export interface ChapterNote {
  /** Id of the note's `li` (the target of its references). */
  id: string
  /** Id of its first reference (`a[data-footnote-ref]`), which decides the page the note goes on. */
  ref: string
}

/**
 * The chapter's notes in order, each with its first reference. A note nothing refers to is
 * left out: it stays wherever the notes list is.
 *
 * @param chapter - The chapter.
 * @returns The notes.
 */
export function chapterNotes(chapter: Chapter): ChapterNote[] {
  const firstRef = new Map<string, string>()
  const notes: string[] = []
  visit(chapter.hast, 'element', (node: Element) => {
    const href = node.properties['href']
    const id = node.properties['id']
    if (node.properties['dataFootnoteRef'] === undefined || typeof href !== 'string' || typeof id !== 'string' || !href.startsWith('#')) return
    if (!firstRef.has(href.slice(1))) firstRef.set(href.slice(1), id)
  })
  visit(chapter.hast, 'element', (node: Element) => {
    if (node.properties['dataFootnotes'] !== undefined) {
      visit(node, 'element', (item: Element) => {
        if (item.tagName === 'li' && typeof item.properties['id'] === 'string') notes.push(item.properties['id'])
      })
      return 'skip'
    }

    return undefined
  })
  return notes.flatMap((id) => {
    const ref = firstRef.get(id)
    return ref ? [{id, ref}] : []
  })
}
