// Measuring page-foot notes in the print page: the page geometry the struts are computed from, and each note block's height.
import type {Page} from 'puppeteer'
import type {NoteGroup} from './note-plan.js'

/** A page's width and height in CSS pixels. */
export interface PageSize {
  width: number
  height: number
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
