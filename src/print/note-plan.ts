// Page-foot notes: which notes go on which page, where each page's note block sits in the document, and the struts that push it to the page's foot.
import type {ChapterNote} from '../render/print/chapter-notes.js'
import type {Destinations} from './read-destinations.js'

/** A chapter's notes and blocks, as the plan needs them. */
export interface NoteChapter {
  /** Id of the chapter's print section. */
  section: string
  /** Its notes, in order. */
  notes: ChapterNote[]
  /** Ids of its top-level blocks, in order. */
  blocks: string[]
}

/** The notes that go at the foot of one page, and where their block goes in the document. */
export interface NoteGroup {
  /** The chapter's print section. */
  section: string
  /** Page (1-based) the notes' references fell on. */
  page: number
  /** The notes, in order. */
  notes: ChapterNote[]
  /**
   * The block the note float is put before: the last block starting on an earlier page (so it
   * runs into this one), else the chapter's first block. A float can never sit above its place
   * in the document, so it must come from a block that starts above the page's note area.
   */
  anchor: string
}

/**
 * Group every chapter's notes by the page their first reference fell on in `measured`.
 *
 * @param chapters - Notes and blocks of each chapter.
 * @param measured - Where the references and blocks fell.
 * @returns Groups, in document order.
 */
export function groupNotes(chapters: NoteChapter[], measured: Destinations): NoteGroup[] {
  const groups: NoteGroup[] = []
  for (const chapter of chapters) {
    let current: NoteGroup | undefined
    for (const note of chapter.notes) {
      const page = measured.pages.get(note.ref)
      if (page === undefined) continue
      // Notes come in reference order; one whose reference is not later than the last stays with it.
      if (current && page <= current.page) {
        current.notes.push(note)
        continue
      }

      current = {section: chapter.section, page, notes: [note], anchor: anchorFor(chapter, page, measured)}
      groups.push(current)
    }
  }

  return groups
}

function anchorFor(chapter: NoteChapter, page: number, measured: Destinations): string {
  let anchor = chapter.blocks[0] ?? chapter.section
  for (const block of chapter.blocks) {
    const start = measured.pages.get(block)
    if (start === undefined) continue
    if (start >= page) break
    anchor = block
  }

  return anchor
}

/** The page geometry the struts are computed from, in CSS pixels. */
export interface NoteGeometry {
  /** Height of a page's content area (the page less its top and bottom margins). */
  contentHeight: number
  /** First page of each section, and how far its content starts below that page's top (its padding). */
  sections: Map<string, {page: number; offset: number}>
}

/** Room left under each note block, so that rounding can never push one onto the next page. */
const slack = 1

/**
 * The height of the strut before each group's note block. The first strut of a section stands at
 * its top, the others right after the previous note block, so every one starts at a known height
 * whatever the text does: the note block lands at `page × content height − its height`, counted
 * from the section's first page (CSS Fragmentation 3: a float fragment fills the rest of its page).
 *
 * @param groups - The groups, in order.
 * @param heights - The height of each group's note block.
 * @param geometry - Content height and where sections start.
 * @returns The strut height of each group.
 */
export function strutHeights(groups: NoteGroup[], heights: number[], geometry: NoteGeometry): number[] {
  const struts: number[] = []
  let previous: {section: string; bottom: number} | undefined
  groups.forEach((group, index) => {
    const start = geometry.sections.get(group.section) ?? {page: group.page, offset: 0}
    const height = heights[index] ?? 0
    const top = (group.page - start.page + 1) * geometry.contentHeight - start.offset - height - slack
    const from = previous?.section === group.section ? previous.bottom : 0
    struts.push(Math.max(0, top - from))
    previous = {section: group.section, bottom: top + height}
  })
  return struts
}

/**
 * Notes that did not land on the page of their reference in a print.
 *
 * @param groups - The groups that were placed.
 * @param printed - Where everything fell.
 * @returns Note ids.
 */
export function misplacedNotes(groups: NoteGroup[], printed: Destinations): string[] {
  return groups.flatMap((group) => group.notes.filter((note) => printed.pages.get(note.id) !== printed.pages.get(note.ref)).map((note) => note.id))
}
