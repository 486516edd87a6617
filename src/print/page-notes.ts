// Page-foot notes in the print page: where the last print put the references, the note blocks measured and placed with their struts.
import type {Page} from 'puppeteer'
import type {Book} from '../book.js'
import {chapterNotes} from '../render/print/chapter-notes.js'
import {blockIds} from '../render/print/print-sections.js'
import {groupNotes, strutHeights, type NoteChapter, type NoteGroup, type NoteHold} from './note-plan.js'
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

/** A page's width and height in CSS pixels. */
export interface PageSize {
  width: number
  height: number
}

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
 * @returns What was placed.
 */
export async function placeGroups(page: Page, chapters: NoteChapter[], groups: NoteGroup[], size: PageSize | undefined): Promise<PlacedNotes> {
  if (chapters.length === 0) {
    await placeNotes(page, [], [])
    return {...noNotes, ...(size ? {pageSize: size} : {})}
  }

  const noteIds = groups.map((group) => group.notes.map((note) => note.id))
  const measures = await measureNotes(page, noteIds, chapters.map((chapter) => chapter.section), size)
  const offsets = new Map(Object.entries(measures.offsets))
  const struts = strutHeights(groups, measures.heights, {contentHeight: measures.contentHeight, offsets})
  await placeNotes(
    page,
    groups.map((group) => ({anchor: group.anchor, section: group.section, notes: group.notes.map((note) => note.id), reserve: group.reserve})),
    struts
  )
  return {groups, heights: measures.heights, contentHeight: measures.contentHeight, ...(size ? {pageSize: size} : {})}
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

/** What the page says about its geometry and its note blocks, in CSS pixels. */
export interface NoteMeasures {
  /** Height of the page's content area. */
  contentHeight: number
  /** Padding and border above each section's content, by section id. */
  offsets: Record<string, number>
  /** Height of each group's note block, set at the page's content width. */
  heights: number[]
}

/**
 * Measure what the struts are computed from: the content area's height from the `@page` margins
 * (percentages of the page's height, CSS Paged Media 3 §7.4.1), the sections' top padding, and the
 * height each group's note block will have, laid out with the print styles at the content width.
 *
 * @param page - The print page, with print media emulated.
 * @param groups - Note ids of each group, and the sections whose offsets are needed.
 * @param sections - Section ids.
 * @param size - The page size of the last print, which the geometry is computed from.
 * @returns The measures.
 */
export async function measureNotes(page: Page, groups: string[][], sections: string[], size?: PageSize): Promise<NoteMeasures> {
  return page.evaluate(
    (groups: string[][], sections: string[], size: PageSize | undefined) => {
      const probe = document.createElement('div')
      probe.style.cssText = 'position: absolute; left: 0; top: 0; visibility: hidden'
      document.body.append(probe)
      const length = (value: string, percentOf: number): number => {
        if (value.endsWith('%')) return (Number.parseFloat(value) / 100) * percentOf
        probe.style.height = value
        return probe.getBoundingClientRect().height
      }

      // The page box as Chrome printed it, where a print says (it rounds the CSS size), else the CSS size.
      probe.style.height = 'var(--page-height)'
      const pageHeight = size?.height ?? probe.getBoundingClientRect().height
      probe.style.height = 'var(--page-width)'
      const pageWidth = size?.width ?? probe.getBoundingClientRect().height
      // The margins of the unnamed @page rule, and the left/right ones for the width.
      const pageRules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
      const base = pageRules.find((rule) => rule.selectorText === '' && rule.style.marginTop)
      const left = pageRules.find((rule) => rule.selectorText === ':left') ?? base
      const marginTop = length(base?.style.marginTop || '0px', pageHeight)
      const marginBottom = length(base?.style.marginBottom || '0px', pageHeight)
      const marginLeft = length(left?.style.marginLeft || base?.style.marginLeft || '0px', pageWidth)
      const marginRight = length(left?.style.marginRight || base?.style.marginRight || '0px', pageWidth)

      // Padding in percent is of the containing block's width (CSS 2 §8.4): the body, which in print
      // is the page's content width, so read it with the body at that width.
      const contentWidth = pageWidth - marginLeft - marginRight
      const bodyWidth = document.body.style.width
      document.body.style.width = `${contentWidth}px`
      const offsets: Record<string, number> = {}
      for (const id of sections) {
        const section = document.getElementById(id)
        if (!section) continue
        const style = getComputedStyle(section)
        offsets[id] = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.borderTopWidth)
      }

      document.body.style.width = bodyWidth

      // Each group as it will be printed: clones of its notes in a note block at the content width.
      const holder = document.createElement('div')
      holder.className = 'chapter'
      holder.style.cssText = `position: absolute; left: 0; top: 0; visibility: hidden; padding: 0; width: ${contentWidth}px`
      document.body.append(holder)
      const heights = groups.map((ids) => {
        const block = document.createElement('div')
        block.className = 'page-notes'
        for (const id of ids) {
          const note = document.getElementById(id)
          if (!note) continue
          const list = document.createElement('ol')
          list.append(note.cloneNode(true))
          block.append(list)
        }

        holder.replaceChildren(block)
        return block.getBoundingClientRect().height
      })
      holder.remove()
      probe.remove()
      return {contentHeight: pageHeight - marginTop - marginBottom, offsets, heights}
    },
    groups,
    sections,
    size
  )
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
 */
export async function placeNotes(page: Page, groups: NotePlacement[], struts: number[]): Promise<void> {
  await page.evaluate(
    (groups: NotePlacement[], struts: number[]) => {
      // The first time, remember each note's list and number, which a note block must keep.
      document.querySelectorAll('.footnotes ol').forEach((list, index) => {
        if (!list.id) list.id = `colophon-notes-list-${index}`
        list.querySelectorAll(':scope > li').forEach((item, number) => {
          const element = item as HTMLElement
          element.dataset['home'] ??= list.id
          element.dataset['number'] ??= String(number + 1)
        })
      })
      for (const item of document.querySelectorAll<HTMLElement>('.page-notes li')) document.getElementById(item.dataset['home'] ?? '')?.append(item)
      for (const old of document.querySelectorAll('.page-notes, .note-strut')) old.remove()

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
    struts
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
