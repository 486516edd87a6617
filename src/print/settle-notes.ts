// Settles page-foot notes with quick layout passes over the chapters still moving (docs/pdf.md, "Notes").
import type {Page} from 'puppeteer'
import {groupNotes, learnHolds, misplacedNotes, type NoteChapter, type NoteGroup, type NoteMemory} from './note-plan.js'
import {noNotes, placeGroups, type PlacedNotes} from './page-notes.js'
import type {Destinations} from './read-destinations.js'

/**
 * Settle the notes with quick layout passes: place them where the last pass put their references,
 * print again, and learn which notes go back and forth (see {@link learnHolds}). A chapter whose
 * notes are all on their references' pages is settled: as every chapter starts a page, nothing
 * another chapter does moves it, so later passes print only the chapters still moving and keep
 * the settled ones' notes as they are. Everything is shown again at the end.
 *
 * @param page - The print page, measuring.
 * @param chapters - The chapters with page-foot notes (`footnoteChapters`).
 * @param first - A layout pass of the whole book.
 * @param memory - Held notes, kept for the prints after this.
 * @param layoutPass - Prints the page quickly and reads where everything fell.
 * @param passes - At most this many layout passes.
 * @param lap - Called after each pass with a line for `--verbose`.
 * @returns The sections of the chapters still moving after the last pass (none: settled), and
 *   the note blocks as they are in the page now.
 */
export async function settleNotes(
  page: Page,
  chapters: NoteChapter[],
  first: Destinations,
  memory: NoteMemory,
  layoutPass: () => Promise<Destinations>,
  passes: number,
  lap: (step: string) => void
): Promise<{unsettled: Set<string>; placed: PlacedNotes}> {
  const planned = new Map<string, NoteGroup[]>()
  let active = chapters
  let measured = first
  let moving = new Set<string>()
  let notes = noNotes
  for (let pass = 1; pass <= passes && active.length > 0; pass++) {
    for (const chapter of active) planned.set(chapter.section, [])
    for (const group of groupNotes(active, measured, memory.holds)) planned.get(group.section)?.push(group)
    // Measured with every section shown: a hidden one has no used padding to read.
    await showOnly(page, undefined)
    notes = await placeGroups(page, chapters, chapters.flatMap((chapter) => planned.get(chapter.section) ?? []), first.pageSize)
    await showOnly(page, active.map((chapter) => chapter.section))
    measured = await layoutPass()
    learnHolds({...notes, printed: measured}, memory)
    const sections = new Set(active.map((chapter) => chapter.section))
    const apart = new Set(misplacedNotes(notes.groups.filter((group) => sections.has(group.section)), measured))
    moving = new Set(notes.groups.filter((group) => group.notes.some((note) => apart.has(note.id))).map((group) => group.section))
    lap(`notes layout pass ${pass} over ${active.length} chapters: ${apart.size} notes apart, ${memory.holds.size} held`)
    active = active.filter((chapter) => moving.has(chapter.section))
  }

  await showOnly(page, undefined)
  return {unsettled: moving, placed: notes}
}

/**
 * Leave only these sections in the layout (every other child of the body hidden), or, with
 * `undefined`, everything again.
 */
async function showOnly(page: Page, sections: string[] | undefined): Promise<void> {
  await page.evaluate((sections: string[] | undefined) => {
    const keep = sections?.map((id) => document.getElementById(id)).filter((node) => node !== null)
    for (const child of document.body.children) {
      const hide = keep !== undefined && !keep.some((section) => child.contains(section))
      child.classList.toggle('colophon-out', hide)
    }
  }, sections)
}
