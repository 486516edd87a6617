// Test helper: the top and bottom page margins the print stylesheet sets, as fractions of the page height.
import {readFileSync} from 'node:fs'

const stylesheet = new URL('../../templates/print/book.css', import.meta.url)

/** The page area's top and bottom edges, as fractions of the page height from the top. */
export interface PageArea {
  /** Where the top margin ends: a running head's baseline lies above it. */
  top: number
  /** Where the bottom margin starts: a folio's baseline lies below it. */
  bottom: number
}

let cached: PageArea | undefined

/**
 * Read the `margin` of the stylesheet's first `@page` rule. The reader classifies a page's text
 * as running head or folio by whether it lies in these margins, so the classification follows
 * the layout on every page size instead of fixed fractions that only fit A5.
 *
 * @returns The page area's vertical extent.
 */
export function pageArea(): PageArea {
  if (cached) return cached
  const css = readFileSync(stylesheet, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
  const margin = /@page\s*\{[^{}]*?\bmargin\s*:\s*([^;{}]+)/.exec(css)?.[1]
  const values = margin?.trim().split(/\s+/).map((value) => /^([\d.]+)%$/.exec(value)?.[1])
  if (!values || values.length === 0 || values.length > 4 || values.some((value) => value === undefined)) {
    throw new Error(`expected the first @page rule of book.css to set \`margin\` in percentages, found \`${margin ?? 'nothing'}\``)
  }

  const [top, , bottom = top] = values.map(Number) as [number, number?, number?]
  // CSS Paged Media 3, Page Properties: on a page box, top and bottom percentages are of the
  // page's height, unlike ordinary boxes (Chrome agrees: 13 % puts the A5 folio's box at 517.6 pt).
  cached = {top: top / 100, bottom: 1 - bottom / 100}
  return cached
}
