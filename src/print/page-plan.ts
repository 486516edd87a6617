// From the layout pass to the final one: blank pages, page labels, running heads and contents numbers.
import type {ContentsEntry, PrintSection} from '../render/print/print-sections.js'
import {cssString} from '../render/print/stylesheet.js'
import type {Destinations} from './read-destinations.js'
import type {PageMap} from './print-pdf.js'

/** What the layout pass learnt, and the book facts the plan needs. */
export interface PlanInput {
  /** Parts of the document, in order. */
  sections: PrintSection[]
  /** Contents entries. */
  entries: ContentsEntry[]
  /** Ids of each chapter's top-level blocks, by chapter slug. */
  blocks: Map<string, string[]>
  /** Where the targets fell in the measured print. */
  measured: Destinations
  /** Parts that had a blank page before them in the measured print. */
  blanksInEffect: ReadonlySet<string>
  /** `page.chapter-start`. */
  chapterStart: 'any' | 'right'
  /** Running head of left pages. */
  bookTitle: string
}

/** The final layout, predicted from the measured one. */
export interface PagePlan {
  /** Parts to put a blank page before, so they open on a right-hand page. */
  blanks: string[]
  /** Contents entry id → printed page label. */
  numbers: Array<[string, string]>
  /** Contents entry id → page number where its heading will fall, to check the final print. */
  expected: Map<string, number>
  /** Number of pages. */
  pageCount: number
  /** Printed label of every page (`iv`, `12`), index 0 for page 1. */
  labels: string[]
  /** Page number where arabic numbering starts at 1. */
  bodyStart: number
  /** `@counter-style` rules that print each page's folio and running head. */
  css: string
  /** First block on every page, for the EPUB page list. */
  pages: PageMap
}

/**
 * Plan the final print. Chrome has no `:first` for named pages, no `:blank`, no `break-before: right`
 * and no `counter-reset: page` on elements (checked with Chromium 156), so the page-dependent parts
 * are made per page: `counter(page, colophon-head)` in a margin box maps each page number to its
 * own string through a `fixed` counter style (CSS Counter Styles 3 §3.1.2).
 *
 * @param input - The measured layout and the book facts.
 * @returns The plan.
 */
export function planPages(input: PlanInput): PagePlan {
  const {sections, measured} = input
  const measuredStart = sections.map((section) => {
    const page = measured.pages.get(section.id)
    if (page === undefined) throw new Error(`The layout pass did not find \`#${section.id}\``)
    return page
  })
  let before = 0
  const measuredBlanks = sections.map((section) => (before += input.blanksInEffect.has(section.id) ? 1 : 0))
  const blanks: string[] = []
  const starts: number[] = []
  const shifts: number[] = []
  let shift = 0
  sections.forEach((section, index) => {
    let start = (measuredStart[index] ?? 0) - (measuredBlanks[index] ?? 0) + shift
    // A recto is an odd page: page 1 is a right-hand page (CSS Paged Media 3 §4.3.2).
    if (input.chapterStart === 'right' && section.kind !== 'copyright' && section.kind !== 'cover' && start % 2 === 0) {
      blanks.push(section.id)
      shift++
      start++
    }

    starts.push(start)
    shifts.push(shift)
  })

  const remap = (page: number): number => {
    let index = 0
    while (index + 1 < sections.length && (measuredStart[index + 1] ?? Infinity) <= page) index++
    return page - (measuredBlanks[index] ?? 0) + (shifts[index] ?? 0)
  }

  const pageCount = measured.pageCount - input.blanksInEffect.size + shift
  const bodyIndex = sections.findIndex((section) => section.matter === 'body')
  const bodyStart = starts[bodyIndex] ?? pageCount + 1
  const blankPages = new Set(blanks.map((id) => (starts[sections.findIndex((section) => section.id === id)] ?? 0) - 1))
  const labels: string[] = []
  const folios: string[] = []
  const heads: string[] = []
  let current = 0
  for (let page = 1; page <= pageCount; page++) {
    while (current + 1 < sections.length && (starts[current + 1] ?? Infinity) <= page) current++
    const section = sections[current] as PrintSection
    const label = page < bodyStart ? roman(page) : String(page - bodyStart + 1)
    const quiet = blankPages.has(page) || section.kind === 'cover' || section.kind === 'title' || section.kind === 'copyright'
    labels.push(label)
    folios.push(quiet ? '' : label)
    // Book title on left (even) pages, the part's title on right ones; none where a part opens.
    heads.push(quiet || starts[current] === page ? '' : page % 2 === 0 ? input.bookTitle : section.title)
  }

  const expected = new Map<string, number>()
  const numbers: Array<[string, string]> = []
  for (const entry of input.entries) {
    const page = measured.pages.get(entry.id)
    if (page === undefined) continue
    expected.set(entry.id, remap(page))
    numbers.push([entry.id, labels[remap(page) - 1] ?? ''])
  }

  return {blanks, numbers, expected, pageCount, labels, bodyStart, css: counterStyles(folios, heads), pages: pageMap(input, remap, labels)}
}

function pageMap(input: PlanInput, remap: (page: number) => number, labels: string[]): PageMap {
  const map: PageMap = []
  const seen = new Set<number>()
  for (const section of input.sections) {
    const slug = section.chapter?.slug
    if (slug === undefined) continue
    ;(input.blocks.get(slug) ?? []).forEach((id, block) => {
      const measured = input.measured.pages.get(id)
      if (measured === undefined) return
      const page = remap(measured)
      if (seen.has(page)) return
      seen.add(page)
      map.push({page: labels[page - 1] ?? String(page), chapter: slug, block})
    })
  }

  return map
}

function counterStyles(folios: string[], heads: string[]): string {
  const style = (name: string, symbols: string[]): string =>
    `@counter-style ${name} { system: fixed; symbols: ${symbols.map(cssString).join(' ')}; fallback: colophon-none; }`
  return [`@counter-style colophon-none { system: cyclic; symbols: ""; }`, style('colophon-folio', folios), style('colophon-head', heads)].join('\n')
}

/**
 * Lower-case roman numeral, for front-matter folios.
 *
 * @param value - A positive integer.
 * @returns `i`, `iv`, `xii`…
 */
export function roman(value: number): string {
  const digits: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let rest = value
  let text = ''
  for (const [amount, numeral] of digits) {
    while (rest >= amount) {
      text += numeral
      rest -= amount
    }
  }

  return text
}
