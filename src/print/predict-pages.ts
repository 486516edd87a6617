// Where a chapter's references and blocks move when its note areas change: a prediction that saves quick layout passes.
import type {NoteChapter} from './note-plan.js'
import type {Destinations} from './read-destinations.js'

/** What {@link predictPages} needs of the page, in CSS pixels. */
export interface FlowGeometry {
  /** Height of a page's content area. */
  contentHeight: number
  /** Height of a line of body text: a reference moves on only when its whole line no longer fits. */
  lineHeight: number
}

/**
 * Predict where the references and blocks of the chapters fall when the note area at the foot of
 * each of their pages changes from `before` (what the print `measured` had) to `after`. The text
 * of a chapter is taken as one stream that fills each page down to its note area: a reference at
 * height *t* on page *p* is at `t` plus the room pages *1…p−1* had for text, and it goes on the
 * first page whose room, added up, takes its whole line. Pages that ended short (a heading carried
 * over, a table that did not fit) make this wrong by a line or so; it is a guess to plan from, and
 * the print made from it is checked like any other.
 *
 * @param chapters - The chapters to move.
 * @param measured - The last print: pages and heights on the page of every target.
 * @param before - Height of each page's note area in that print, by `section page` (the page
 *   counted in its chapter from 1).
 * @param after - The same for the notes about to be placed.
 * @param geometry - Content height and line height.
 * @returns `measured` with the pages of the chapters' references and blocks moved.
 */
export function predictPages(
  chapters: readonly NoteChapter[],
  measured: Destinations,
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  geometry: FlowGeometry
): Destinations {
  const pages = new Map(measured.pages)
  const {contentHeight, lineHeight} = geometry
  for (const chapter of chapters) {
    const first = measured.pages.get(chapter.section)
    if (first === undefined) continue
    // Heights on the page are compared with the chapter's own top, whatever origin Chrome counts them from.
    const origin = measured.tops?.get(chapter.section) ?? 0
    // Room for text on pages 1…n of the chapter, added up, before and after.
    const room = (areas: ReadonlyMap<string, number>) => {
      const sums = [0]
      return (page: number): number => {
        for (let next = sums.length; next <= page; next++) sums.push((sums[next - 1] ?? 0) + contentHeight - (areas.get(`${chapter.section} ${next}`) ?? 0))
        return sums[page] ?? 0
      }
    }

    const roomBefore = room(before)
    const roomAfter = room(after)
    for (const id of [...chapter.blocks, ...chapter.notes.map((note) => note.ref)]) {
      const printed = measured.pages.get(id)
      const top = measured.tops?.get(id)
      if (printed === undefined || top === undefined) continue
      const page = printed - first + 1
      // The print put it on its page, so its line fitted above that page's note area: where the
      // heights say otherwise (a reference raised above its line, a block measured a little taller
      // than it prints), the print is right, and nothing moves while the note areas stay as they were.
      const bottom = roomBefore(page - 1) + Math.min(top - origin + lineHeight, roomBefore(page) - roomBefore(page - 1))
      let moved = 1
      while (roomAfter(moved) < bottom && moved < page + 64) moved++
      pages.set(id, first + moved - 1)
    }
  }

  return {...measured, pages}
}

/**
 * The prediction, except for the references `keep` says stay where the last print put them.
 *
 * @param active - The chapters being planned.
 * @param measured - The last print.
 * @param predicted - {@link predictPages} of it.
 * @param keep - Whether a note's reference stays, given the page (counted in its chapter) it was predicted on.
 * @returns `predicted`, with those references back where `measured` has them.
 */
export function keepWherePrinted(
  active: readonly NoteChapter[],
  measured: Destinations,
  predicted: Destinations,
  keep: (note: string, page: number) => boolean
): Destinations {
  let pages: Map<string, number> | undefined
  for (const chapter of active) {
    const first = measured.pages.get(chapter.section)
    if (first === undefined) continue
    for (const note of chapter.notes) {
      const printed = measured.pages.get(note.ref)
      const guess = predicted.pages.get(note.ref)
      if (printed === undefined || guess === undefined || guess === printed || !keep(note.id, guess - first + 1)) continue
      pages ??= new Map(predicted.pages)
      pages.set(note.ref, printed)
    }
  }

  return pages ? {...predicted, pages} : predicted
}
