// Settles page-foot notes with quick layout passes over the chapters still moving (docs/pdf.md, "Notes").
import type {Page} from 'puppeteer'
import {groupNotes, learnHolds, misplacedNotes, type NoteChapter, type NoteGroup, type NoteMemory} from './note-plan.js'
import {noteHeights, type NoteMeasureCache} from './measure-notes.js'
import {noNotes, placeGroups, type PlacedNotes} from './page-notes.js'
import {keepWherePrinted, predictPages} from './predict-pages.js'
import type {PartPrint} from './compose-destinations.js'
import type {Destinations} from './read-destinations.js'

/** Where {@link settleNotes} starts from. */
export interface NoteStart {
  /** A layout pass of the whole book, before any note is placed. */
  measured: Destinations
  /** The page geometry, measured, and the note block heights known so far. */
  cache: NoteMeasureCache
}

/** What {@link settleNotes} leaves. */
export interface SettledNotes {
  /** The sections of the chapters still moving after the last pass (none: settled). */
  unsettled: Set<string>
  /** The note blocks as they are in the page now. */
  placed: PlacedNotes
  /** For each chapter the last pass printed, that pass (see `composeDestinations`). */
  parts: Map<string, PartPrint>
}

/**
 * Settle the notes with quick layout passes: place them where the last pass put their references
 * (moved where the notes will push them, {@link predictPages}), print again, and learn which notes
 * go back and forth (see {@link learnHolds}). A chapter whose notes are all on their references'
 * pages is settled: as every chapter starts a page, nothing another chapter does moves it, so
 * later passes print only the chapters still moving, and change and measure only their note
 * blocks, so that they cost what those chapters cost, not what the book does.
 *
 * @param page - The print page, measuring.
 * @param chapters - The chapters with page-foot notes (`footnoteChapters`).
 * @param start - Where the references are before the notes are placed.
 * @param memory - Held notes, kept for the prints after this.
 * @param layoutPass - Prints these sections quickly (the others hidden) and reads where
 *   everything fell (`layoutInBatches`).
 * @param passes - At most this many layout passes.
 * @param lap - Called after each pass with a line for `--verbose`.
 * @returns What settled, and the prints to compose the whole book's layout from.
 */
export async function settleNotes(
  page: Page,
  chapters: NoteChapter[],
  start: NoteStart,
  memory: NoteMemory,
  layoutPass: (sections: string[]) => Promise<Destinations>,
  passes: number,
  lap: (step: string) => void
): Promise<SettledNotes> {
  const planned = new Map<string, NoteGroup[]>()
  const {cache} = start
  let active = chapters
  let measured = start.measured
  let moving = new Set<string>()
  let notes = noNotes
  const parts = new Map<string, PartPrint>()
  for (let pass = 1; pass <= passes && active.length > 0; pass++) {
    for (const chapter of active) planned.set(chapter.section, [])
    for (const group of await predictGroups(page, active, measured, notes, memory, cache)) planned.get(group.section)?.push(group)
    const sections = new Set(active.map((chapter) => chapter.section))
    notes = await placeGroups(page, chapters, chapters.flatMap((chapter) => planned.get(chapter.section) ?? []), start.measured.pageSize, cache, sections)
    measured = await layoutPass([...sections])
    const part = {printed: measured, shown: [...sections]}
    for (const section of sections) parts.set(section, part)
    learnHolds({...notes, printed: measured}, memory)
    const apart = new Set(misplacedNotes(notes.groups.filter((group) => sections.has(group.section)), measured))
    moving = new Set(notes.groups.filter((group) => group.notes.some((note) => apart.has(note.id))).map((group) => group.section))
    lap(`notes layout pass ${pass} over ${active.length} chapters: ${apart.size} notes apart, ${memory.holds.size} held`)
    active = active.filter((chapter) => moving.has(chapter.section))
  }

  return {unsettled: moving, placed: notes, parts}
}

/** Rounds of predicting and grouping again before planning from what they give. */
const predictions = 12

/**
 * Group the notes where the references will be once they are placed: grouped from the last print,
 * the notes move the text, so the references' pages are predicted from the note areas' heights
 * ({@link predictPages}) and the notes grouped again, until the groups no longer change; when they
 * keep changing, as grouped from the last print.
 */
async function predictGroups(
  page: Page,
  active: NoteChapter[],
  measured: Destinations,
  placed: PlacedNotes,
  memory: NoteMemory,
  cache: NoteMeasureCache
): Promise<NoteGroup[]> {
  const geometry = cache.geometry
  if (!geometry) throw new Error('The page geometry is measured before the notes are planned')
  const areas = (groups: NoteGroup[], heights: number[]) => new Map(groups.map((group, index) => [`${group.section} ${group.page}`, (heights[index] ?? 0) + group.reserve]))
  const before = areas(placed.groups, placed.heights)
  const printed = groupNotes(active, measured, memory.holds)
  // A reference is never predicted back onto a page its note was seen to push it off: the note
  // would push it over again and the prediction bring it back again, a loop in which the note never
  // follows its reference, so learnHolds never sees it come back and hold it. Nor is one that the
  // rounds below move back and forth (on its page its note does not fit, on the next its reference
  // comes back): only printing it where it is shows what Chrome does.
  const pinned = new Set<string>()
  const history = new Map<string, number[]>()
  const keep = (note: string, page: number) => pinned.has(note) || memory.pushedFrom.get(note)?.has(page) === true
  let groups = printed
  let moving = new Set(active.map((chapter) => chapter.section))
  for (let round = 0; round < predictions && moving.size > 0; round++) {
    const after = areas(groups, await noteHeights(page, groups, cache))
    const next = groupNotes(active, keepWherePrinted(active, measured, predictPages(active, measured, before, after, geometry), keep), memory.holds)
    moving = changedSections(groups, next)
    for (const group of next) {
      for (const note of group.notes) {
        const pages = [...(history.get(note.id) ?? []), group.page]
        history.set(note.id, pages)
        if (pages.length >= 3 && pages.at(-1) === pages.at(-3) && pages.at(-1) !== pages.at(-2)) pinned.add(note.id)
      }
    }

    groups = next
  }

  // A chapter whose groups still change is grouped as the last print has it.
  return active.flatMap((chapter) => (moving.has(chapter.section) ? printed : groups).filter((group) => group.section === chapter.section))
}

/** Sections whose groups differ between two plans. */
function changedSections(a: NoteGroup[], b: NoteGroup[]): Set<string> {
  const plans = (groups: NoteGroup[]) => {
    const bySection = new Map<string, string>()
    for (const group of groups) bySection.set(group.section, `${bySection.get(group.section) ?? ''}|${groupKey(group)}`)
    return bySection
  }

  const before = plans(a)
  const after = plans(b)
  return new Set([...before.keys(), ...after.keys()].filter((section) => before.get(section) !== after.get(section)))
}

/** What a group puts where: its page, anchor, kept room and notes. */
function groupKey(group: NoteGroup): string {
  return `${group.page} ${group.anchor} ${group.reserve} ${group.notes.map((note) => note.id).join(',')}`
}
