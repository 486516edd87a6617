// Page-foot notes in the print page: where the last print put the references, the note blocks measured and placed with their struts.
import type {Page} from 'puppeteer'
import type {Book} from '../book.js'
import {chapterNotes} from '../render/print/chapter-notes.js'
import {blockIds} from '../render/print/print-sections.js'
import {groupNotes, strutHeights, type NoteChapter, type NoteGroup} from './note-plan.js'
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
    .map((chapter) => ({section: `colophon-ch-${chapter.slug}`, notes: chapterNotes(chapter), blocks: blockIds(chapter)}))
    .filter((chapter) => chapter.notes.length > 0)
}

/**
 * Group the notes by the page of their reference in `measured`, measure the note blocks, and
 * place them with their struts.
 *
 * @param page - The print page.
 * @param chapters - From {@link footnoteChapters}.
 * @param measured - The last print's destinations.
 * @param pushed - Blocks that start a new page, so that a reference and its note share one.
 * @returns The groups placed, to check the next print against.
 */
export async function setPageNotes(page: Page, chapters: NoteChapter[], measured: Destinations, pushed: ReadonlySet<string>): Promise<NoteGroup[]> {
  if (chapters.length === 0) return []
  const groups = groupNotes(chapters, measured)
  const noteIds = groups.map((group) => group.notes.map((note) => note.id))
  const measures = await measureNotes(page, noteIds, chapters.map((chapter) => chapter.section))
  const sections = new Map(
    chapters.map((chapter) => [chapter.section, {page: measured.pages.get(chapter.section) ?? 1, offset: measures.offsets[chapter.section] ?? 0}])
  )
  const struts = strutHeights(groups, measures.heights, {contentHeight: measures.contentHeight, sections})
  await placeNotes(
    page,
    groups.map((group) => ({anchor: group.anchor, section: group.section, notes: group.notes.map((note) => note.id)})),
    struts,
    [...pushed]
  )
  return groups
}

/**
 * Give up on page-foot notes: every note goes back to its chapter's notes list, shown again at the
 * chapter's end, and no block is pushed any more.
 *
 * @param page - The print page.
 */
export async function endnotesInstead(page: Page): Promise<void> {
  await placeNotes(page, [], [], [])
  await page.evaluate(() => document.body.classList.remove('notes-foot'))
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
 * @returns The measures.
 */
export async function measureNotes(page: Page, groups: string[][], sections: string[]): Promise<NoteMeasures> {
  return page.evaluate(
    (groups: string[][], sections: string[]) => {
      const probe = document.createElement('div')
      probe.style.cssText = 'position: absolute; left: 0; top: 0; visibility: hidden'
      document.body.append(probe)
      const length = (value: string, percentOf: number): number => {
        if (value.endsWith('%')) return (Number.parseFloat(value) / 100) * percentOf
        probe.style.height = value
        return probe.getBoundingClientRect().height
      }

      probe.style.height = 'var(--page-height)'
      const pageHeight = probe.getBoundingClientRect().height
      probe.style.height = 'var(--page-width)'
      const pageWidth = probe.getBoundingClientRect().height
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
    sections
  )
}

/**
 * Put every group's notes into a note block before its anchor, with the strut that pushes it to
 * the foot of its page: the first strut of a section at its top, each other right after the note
 * block before it. Notes placed by an earlier pass go back to their list first.
 *
 * @param page - The print page.
 * @param groups - Anchor, section and note ids of each group.
 * @param struts - Strut height of each group, in CSS pixels.
 * @param pushed - Blocks to start on a new page.
 */
export async function placeNotes(page: Page, groups: Array<{anchor: string; section: string; notes: string[]}>, struts: number[], pushed: string[]): Promise<void> {
  await page.evaluate(
    (groups: Array<{anchor: string; section: string; notes: string[]}>, struts: number[], pushed: string[]) => {
      // Blocks whose reference and note could not share a page otherwise start a new page (docs/pdf.md).
      for (const block of document.querySelectorAll('.note-push')) block.classList.remove('note-push')
      for (const id of pushed) document.getElementById(id)?.classList.add('note-push')
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
    pushed
  )
}
