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
  /** Ids of the blocks that are headings: a note block never comes between one and what follows it. */
  headings: ReadonlySet<string>
}

/** The notes that go at the foot of one page, and where their block goes in the document. */
export interface NoteGroup {
  /** The chapter's print section. */
  section: string
  /** The page of the chapter (its first is 1) the notes' references fell on. */
  page: number
  /** The notes, in order (none where the block only reserves room). */
  notes: ChapterNote[]
  /**
   * The block the note float is put before: the last block starting on an earlier page (so it
   * runs into this one), else the chapter's first block. A float can never sit above its place
   * in the document, so it must come from a block that starts above the page's note area.
   */
  anchor: string
  /** Blank room above the notes, in CSS pixels, that keeps a held note's reference off this page. */
  reserve: number
}

/**
 * A note whose reference goes back and forth between two pages: on the first its own note pushes
 * it over, on the second it comes back. It is held on the second page, and room is kept at the
 * foot of the first so that the reference's line goes over too, as a book leaves a page short.
 */
export interface NoteHold {
  /** The note's page, counted in its chapter from 1. */
  page: number
  /** Room kept at the foot of the page before, in CSS pixels. */
  reserve: number
}

/**
 * Group every chapter's notes by the page their first reference fell on in `measured`, a held
 * note on its page, with the room its reference needs kept on the page before.
 *
 * @param chapters - Notes and blocks of each chapter.
 * @param measured - Where the references and blocks fell.
 * @param holds - Held notes, by note id.
 * @returns Groups, in document order.
 */
export function groupNotes(chapters: NoteChapter[], measured: Destinations, holds: ReadonlyMap<string, NoteHold> = new Map()): NoteGroup[] {
  const groups: NoteGroup[] = []
  for (const chapter of chapters) {
    const first = measured.pages.get(chapter.section) ?? 1
    const byPage = new Map<number, NoteGroup>()
    const groupOn = (page: number): NoteGroup => {
      let group = byPage.get(page)
      if (!group) {
        group = {section: chapter.section, page, notes: [], anchor: anchorFor(chapter, first + page - 1, measured), reserve: 0}
        byPage.set(page, group)
      }

      return group
    }

    let last = 0
    for (const note of chapter.notes) {
      const printed = measured.pages.get(note.ref)
      if (printed === undefined) continue
      let page = printed - first + 1
      const hold = holds.get(note.id)
      // A hold counts while the reference is on its page or the one before (whose room the hold keeps).
      if (hold && page >= hold.page - 1 && page <= hold.page) {
        page = hold.page
        const before = groupOn(page - 1)
        before.reserve = Math.max(before.reserve, hold.reserve)
      }

      // Notes come in reference order; one whose reference is not later than the last stays with it.
      page = Math.max(page, last)
      last = page
      groupOn(page).notes.push(note)
    }

    groups.push(...[...byPage.values()].sort((a, b) => a.page - b.page))
  }

  return groups
}

/**
 * The last block of the chapter that starts on a page before `page` (of the book), else its first
 * block; moved up above any headings right before it, since a float between a heading and its
 * text lets Chrome break there (`break-after: avoid` no longer holds) and leave the heading alone.
 */
function anchorFor(chapter: NoteChapter, page: number, measured: Destinations): string {
  let index = 0
  for (const [at, block] of chapter.blocks.entries()) {
    const start = measured.pages.get(block)
    if (start === undefined) continue
    if (start >= page) break
    index = at
  }

  while (index > 0 && chapter.headings.has(chapter.blocks[index - 1] ?? '')) index--
  return chapter.blocks[index] ?? chapter.section
}

/** The page geometry the struts are computed from, in CSS pixels. */
export interface NoteGeometry {
  /** Height of a page's content area (the page less its top and bottom margins). */
  contentHeight: number
  /** How far each section's content starts below its first page's top (its padding), by section id. */
  offsets: Map<string, number>
}

/** Room left under each note block, so that rounding can never push one onto the next page. */
const slack = 1

/**
 * The height of the strut before each group's note block. The first strut of a section stands at
 * its top, the others right after the previous note block, so every one starts at a known height
 * whatever the text does: the note block lands at `page × content height − its height`, counted
 * from the chapter's first page (CSS Fragmentation 3: a float fragment fills the rest of its page).
 *
 * @param groups - The groups, in order.
 * @param heights - The height of each group's notes (its block is that plus its reserved room).
 * @param geometry - Content height and where sections start.
 * @returns The strut height of each group.
 */
export function strutHeights(groups: NoteGroup[], heights: number[], geometry: NoteGeometry): number[] {
  const struts: number[] = []
  let previous: {section: string; bottom: number} | undefined
  groups.forEach((group, index) => {
    const offset = geometry.offsets.get(group.section) ?? 0
    const height = (heights[index] ?? 0) + group.reserve
    const top = group.page * geometry.contentHeight - offset - height - slack
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

/** What {@link learnHolds} remembers between prints. */
export interface NoteMemory {
  /** Held notes, by note id. */
  holds: Map<string, NoteHold>
  /** Pages (counted in the chapter) each note was planned on when its reference then printed on the next one. */
  pushedFrom: Map<string, Set<number>>
}

/** What a print showed, beside the plan it was printed from. */
export interface PrintedNotes {
  /** The groups placed. */
  groups: NoteGroup[]
  /** The height of each group's notes, in CSS pixels. */
  heights: number[]
  /** Where this print put everything; its `tops` say where the references' lines are. */
  printed: Destinations
  /** Height of the content area. */
  contentHeight: number
}

/**
 * Learn from a print which notes go back and forth with their reference, and hold them. Within a
 * chapter only the first page with a note apart from its reference is looked at: the pages before
 * it are settled, so what happens there is the note's own doing, while later pages still move
 * with it. There, a note planned on page *p* whose reference went back to *p − 1*, after its
 * reference had once been pushed from *p − 1* to *p* by the note area there, is held on *p*
 * with room kept at the foot of *p − 1* from its reference's line down, so that the line goes over
 * too. A held note whose reference still prints on the page before gets more room; one whose
 * reference went elsewhere is let go.
 *
 * @param print - The plan and what its print did.
 * @param memory - Updated in place.
 */
export function learnHolds(print: PrintedNotes, memory: NoteMemory): void {
  const {groups, heights, printed} = print
  const notesHeight = new Map<string, number>()
  groups.forEach((group, index) => notesHeight.set(`${group.section} ${group.page}`, heights[index] ?? 0))
  // Each placed note: its planned page and its reference's printed page, counted in its chapter.
  const placed = groups.flatMap((group) => {
    // Pages count from the chapter's first; a print that does not say where that is (the tagged
    // print records only link targets) teaches nothing.
    const first = printed.pages.get(group.section)
    if (first === undefined) return []
    return group.notes.flatMap((note) => {
      const page = printed.pages.get(note.ref)
      return page === undefined ? [] : [{group, note, p: group.page, r: page - first + 1}]
    })
  })
  const firstApart = new Map<string, number>()
  for (const {group, p, r} of placed) {
    if (p === r) continue
    firstApart.set(group.section, Math.min(firstApart.get(group.section) ?? Infinity, p, r))
  }

  for (const {group, note, p, r} of placed) {
    // Room that ends the page before a pixel below the reference's top: the line that holds it
    // reaches lower, so it goes over; the lines above it end at or above that top, so they stay.
    const room = (): number => {
      // Measured from the chapter's own top, which is where its first page's content area starts:
      // the two are in the same coordinates whatever origin Chrome gives destinations.
      const top = (printed.tops?.get(note.ref) ?? print.contentHeight) - (printed.tops?.get(group.section) ?? 0)
      const notes = notesHeight.get(`${group.section} ${group.page - 1}`) ?? 0
      return Math.max(1, print.contentHeight - slack - notes - top - 1)
    }

    const hold = memory.holds.get(note.id)
    if (hold) {
      // Still on the page before: more room, at least twice as much (growing a pixel a pass took
      // five passes where the heights were a few pixels out).
      if (r === hold.page - 1) hold.reserve = Math.max(2 * hold.reserve, hold.reserve + 1, room())
      else if (r !== hold.page) memory.holds.delete(note.id)
      continue
    }

    const first = firstApart.get(group.section)
    if (first === undefined || Math.min(p, r) !== first) continue
    if (r === p + 1) {
      const pushed = memory.pushedFrom.get(note.id) ?? new Set()
      memory.pushedFrom.set(note.id, pushed.add(p))
    } else if (r === p - 1 && memory.pushedFrom.get(note.id)?.has(r)) {
      memory.holds.set(note.id, {page: p, reserve: room()})
    }
  }
}
