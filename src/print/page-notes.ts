// Page-foot notes in the print page: the note blocks grouped by where the last print put their references, and placed with their struts.
import type {Page} from 'puppeteer'
import type {Book} from '../book.js'
import {chapterNotes} from '../render/print/chapter-notes.js'
import {blockIds} from '../render/print/print-sections.js'
import {groupNotes, strutHeights, type NoteChapter, type NoteGroup, type NoteHold} from './note-plan.js'
import {measureGeometry, noteHeights, type NoteMeasureCache, type PageSize} from './measure-notes.js'
import type {Destinations} from './read-destinations.js'

/**
 * The chapters whose notes go at the foot of the page (`page.notes: footnotes`), or none.
 *
 * @param book - The book.
 * @returns Each chapter with notes: its section, notes and blocks.
 */
export function footnoteChapters(book: Book): NoteChapter[] {
  if (book.config.page.notes !== 'footnotes') return []
  return book.chapters
    .map((chapter) => {
      const blocks = blockIds(chapter)
      const elements = chapter.hast.children.filter((node) => node.type === 'element')
      const headings = new Set(blocks.filter((_, index) => /^h[1-6]$/.test(elements[index]?.tagName ?? '')))
      return {section: `colophon-ch-${chapter.slug}`, notes: chapterNotes(chapter), blocks, headings}
    })
    .filter((chapter) => chapter.notes.length > 0)
}

/** The note blocks a plan placed, and what they were computed from. */
export interface PlacedNotes {
  /** The groups, in document order. */
  groups: NoteGroup[]
  /** Height of each group's notes, in CSS pixels. */
  heights: number[]
  /** Height of the page's content area. */
  contentHeight: number
  /** The page size they were computed for, from the print. */
  pageSize?: PageSize
}

/** No note blocks in the page. */
export const noNotes: PlacedNotes = {groups: [], heights: [], contentHeight: 0}

/**
 * Group the notes by the page of their reference in `measured`, measure the note blocks, and
 * place them with their struts.
 *
 * @param page - The print page.
 * @param chapters - From {@link footnoteChapters}.
 * @param measured - The last print's destinations.
 * @param holds - Notes held on the page after their reference's, by note id.
 * @returns The groups placed, to check the next print against.
 */
export async function setPageNotes(page: Page, chapters: NoteChapter[], measured: Destinations, holds: ReadonlyMap<string, NoteHold>): Promise<PlacedNotes> {
  return placeGroups(page, chapters, groupNotes(chapters, measured, holds), measured.pageSize)
}

/**
 * Measure the groups' note blocks, compute their struts and put them into the page.
 *
 * @param page - The print page.
 * @param chapters - The chapters with page-foot notes.
 * @param groups - Their note groups, in document order.
 * @param size - The page size of the last print.
 * @param cache - What was measured before in this page; blocks of the same notes are not measured again.
 * @param only - Change only the note blocks of these sections (the others are as the same groups
 *   placed them before); all when absent.
 * @returns What was placed.
 */
export async function placeGroups(
  page: Page,
  chapters: NoteChapter[],
  groups: NoteGroup[],
  size: PageSize | undefined,
  cache: NoteMeasureCache = {heights: new Map()},
  only?: ReadonlySet<string>
): Promise<PlacedNotes> {
  if (chapters.length === 0) {
    await placeNotes(page, [], [])
    return {...noNotes, ...(size ? {pageSize: size} : {})}
  }

  const geometry = (cache.geometry ??= await measureGeometry(page, chapters.map((chapter) => chapter.section), size))
  const heights = await noteHeights(page, groups, cache)
  const struts = strutHeights(groups, heights, {contentHeight: geometry.contentHeight, offsets: new Map(Object.entries(geometry.offsets))})
  const placements = groups.map((group, index) => ({
    placement: {anchor: group.anchor, section: group.section, notes: group.notes.map((note) => note.id), reserve: group.reserve},
    strut: struts[index] ?? 0
  }))
  const changed = only ? placements.filter(({placement}) => only.has(placement.section)) : placements
  await placeNotes(
    page,
    changed.map(({placement}) => placement),
    changed.map(({strut}) => strut),
    only ? [...only] : undefined
  )
  return {groups, heights, contentHeight: geometry.contentHeight, ...(size ? {pageSize: size} : {})}
}

/**
 * Give up on page-foot notes in some chapters, or in all: their notes go back to their chapter's
 * notes list, shown again at the chapter's end; the other chapters' note blocks stay where they are.
 *
 * @param page - The print page.
 * @param chapters - The chapters with page-foot notes so far.
 * @param placed - Their note blocks, as placed.
 * @param sections - Section ids of the chapters that get end-of-chapter notes instead.
 * @returns The chapters and note blocks left at the foot of the page.
 */
export async function endnotesInstead(
  page: Page,
  chapters: NoteChapter[],
  placed: PlacedNotes,
  sections: ReadonlySet<string>
): Promise<{chapters: NoteChapter[]; placed: PlacedNotes}> {
  const left = chapters.filter((chapter) => !sections.has(chapter.section))
  const groups = placed.groups.filter((group) => !sections.has(group.section))
  const now = await placeGroups(page, left, groups, placed.pageSize)
  await page.evaluate((ids: string[]) => {
    for (const id of ids) document.getElementById(id)?.classList.add('notes-end')
  }, [...sections])
  return {chapters: left, placed: now}
}

/**
 * Put every group's notes into a note block before its anchor, with the strut that pushes it to
 * the foot of its page: the first strut of a section at its top, each other right after the note
 * block before it, and any room the group keeps above its notes as the block's top margin. Notes
 * placed by an earlier pass go back to their list first.
 *
 * @param page - The print page.
 * @param groups - Anchor, section, note ids and reserved room of each group.
 * @param struts - Strut height of each group, in CSS pixels.
 * @param sections - Replace only the note blocks in these sections; all when absent.
 */
export async function placeNotes(page: Page, groups: NotePlacement[], struts: number[], sections?: string[]): Promise<void> {
  await page.evaluate(
    (groups: NotePlacement[], struts: number[], sections: string[] | undefined) => {
      // The first time, remember each note's list and number, which a note block must keep.
      document.querySelectorAll('.footnotes ol').forEach((list, index) => {
        if (!list.id) list.id = `colophon-notes-list-${index}`
        list.querySelectorAll(':scope > li').forEach((item, number) => {
          const element = item as HTMLElement
          element.dataset['home'] ??= list.id
          element.dataset['number'] ??= String(number + 1)
        })
      })
      const roots = sections ? sections.map((id) => document.getElementById(id)).filter((node) => node !== null) : [document]
      for (const root of roots) {
        for (const item of root.querySelectorAll<HTMLElement>('.page-notes li')) document.getElementById(item.dataset['home'] ?? '')?.append(item)
        for (const old of root.querySelectorAll('.page-notes, .note-strut')) old.remove()
      }

      let previous: {section: string; block: Element} | undefined
      groups.forEach((group, index) => {
        const strut = document.createElement('div')
        strut.className = 'note-strut'
        strut.setAttribute('aria-hidden', 'true')
        strut.style.height = `${struts[index] ?? 0}px`
        const block = document.createElement('div')
        block.className = 'page-notes'
        if (group.reserve > 0) block.style.marginTop = `${group.reserve}px`
        if (group.notes.length === 0) block.setAttribute('aria-hidden', 'true')
        for (const id of group.notes) {
          const note = document.getElementById(id)
          if (!note) continue
          const list = document.createElement('ol')
          list.start = Number(note.dataset['number'] ?? 1)
          list.append(note)
          block.append(list)
        }

        if (previous?.section === group.section) previous.block.after(strut)
        else document.getElementById(group.section)?.prepend(strut)
        document.getElementById(group.anchor)?.before(block)
        previous = {section: group.section, block}
      })
    },
    groups,
    struts,
    sections
  )
}

/** One note block as {@link placeNotes} puts it into the page. */
export interface NotePlacement {
  /** Id of the block it goes before. */
  anchor: string
  /** Id of its chapter's section. */
  section: string
  /** Ids of its notes. */
  notes: string[]
  /** Blank room above the notes, in CSS pixels. */
  reserve: number
}
