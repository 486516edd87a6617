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
 * What a print page's notes were measured as so far: its geometry, which does not change, and the
 * height of every note block measured, by its notes' ids. Kept across the quick layout passes,
 * where remeasuring meant laying out the whole book again each time.
 */
export interface NoteMeasureCache {
  /** The page geometry, once measured. */
  geometry?: NoteGeometryMeasures
  /** Note block heights, by the ids of their notes joined with spaces. */
  heights: Map<string, number>
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
 * The height of each group's notes, measured where the cache does not have them.
 *
 * @param page - The print page.
 * @param groups - The groups.
 * @param cache - Geometry (measured already) and the heights measured so far; updated.
 * @returns The height of each group's notes, in CSS pixels.
 */
export async function noteHeights(page: Page, groups: NoteGroup[], cache: NoteMeasureCache): Promise<number[]> {
  if (!cache.geometry) throw new Error('The page geometry is measured before the note blocks')
  const keys = groups.map((group) => group.notes.map((note) => note.id).join(' '))
  const missing = [...new Set(keys.filter((key) => !cache.heights.has(key)))]
  const measured = await measureBlocks(page, missing.map((key) => key.split(' ').filter(Boolean)), cache.geometry.contentWidth)
  missing.forEach((key, index) => cache.heights.set(key, measured[index] ?? 0))
  return keys.map((key) => cache.heights.get(key) ?? 0)
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

/** What the page says about its geometry, in CSS pixels. */
export interface NoteGeometryMeasures {
  /** Height of the page's content area. */
  contentHeight: number
  /** Width of the page's content area (of a left-hand page; a right-hand one mirrors it). */
  contentWidth: number
  /** Height of a line of body text. */
  lineHeight: number
  /** Padding and border above each section's content, by section id. */
  offsets: Record<string, number>
}

/**
 * Measure what the struts are computed from: the content area from the `@page` margins
 * (percentages of the page's size, CSS Paged Media 3 §7.4.1) and the sections' top padding.
 *
 * @param page - The print page, with print media emulated.
 * @param sections - Section ids.
 * @param size - The page size of the last print, which the geometry is computed from.
 * @returns The measures.
 */
export async function measureGeometry(page: Page, sections: string[], size?: PageSize): Promise<NoteGeometryMeasures> {
  return page.evaluate(
    (sections: string[], size: PageSize | undefined) => {
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
      probe.remove()

      // Padding in percent is of the containing block's width (CSS 2 §8.4): the body, which in print
      // is the page's content width, so a shown section's is read with the body at that width. A
      // hidden section's computed padding is the percentage itself (there is no used value), so it
      // is resolved here rather than by laying the section out.
      const contentWidth = pageWidth - marginLeft - marginRight
      const used = (value: string): number => (value.endsWith('%') ? (Number.parseFloat(value) / 100) * contentWidth : Number.parseFloat(value) || 0)
      const bodyWidth = document.body.style.width
      document.body.style.width = `${contentWidth}px`
      const offsets: Record<string, number> = {}
      for (const id of sections) {
        const section = document.getElementById(id)
        if (!section) continue
        const style = getComputedStyle(section)
        offsets[id] = used(style.paddingTop) + used(style.borderTopWidth)
      }

      document.body.style.width = bodyWidth
      // In pixels where the paragraph is laid out; a hidden one may give the factor of its font size.
      const text = getComputedStyle(document.querySelector('.chapter p') ?? document.body)
      const fontSize = Number.parseFloat(text.fontSize)
      const lineHeight = text.lineHeight.endsWith('px') ? Number.parseFloat(text.lineHeight) : (Number.parseFloat(text.lineHeight) || 1.2) * fontSize
      return {contentHeight: pageHeight - marginTop - marginBottom, contentWidth, lineHeight, offsets}
    },
    sections,
    size
  )
}

/**
 * The height each note block will have: clones of its notes in a note block, laid out with the
 * print styles at the content width, outside the flow (so measuring one lays out only it).
 *
 * @param page - The print page, with print media emulated.
 * @param groups - Note ids of each block.
 * @param contentWidth - The page's content width, in CSS pixels.
 * @returns Each block's height, in CSS pixels.
 */
export async function measureBlocks(page: Page, groups: string[][], contentWidth: number): Promise<number[]> {
  if (groups.length === 0) return []
  return page.evaluate(
    (groups: string[][], contentWidth: number) => {
      const holder = document.createElement('div')
      holder.className = 'chapter'
      // `contain` makes the holder a layout root: a change inside it does not lay out the book again.
      holder.style.cssText = `position: absolute; left: 0; top: 0; visibility: hidden; padding: 0; width: ${contentWidth}px; contain: layout style`
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
      return heights
    },
    groups,
    contentWidth
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
