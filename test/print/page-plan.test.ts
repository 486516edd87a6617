// The page plan from a measured layout: blank pages for right-hand openings, labels, heads, contents numbers, page map.
import {describe, expect, it} from 'vitest'
import type {Chapter} from '../../src/book.js'
import {planPages, roman, type PlanInput} from '../../src/print/page-plan.js'
import type {PrintSection} from '../../src/render/print/print-sections.js'

const chapter = (slug: string) => ({slug}) as Chapter
const sections: PrintSection[] = [
  {id: 'cover', kind: 'cover', matter: 'front', title: ''},
  {id: 'title', kind: 'title', matter: 'front', title: ''},
  {id: 'copyright', kind: 'copyright', matter: 'front', title: ''},
  {id: 'contents', kind: 'contents', matter: 'front', title: 'Contents'},
  {id: 'one', kind: 'chapter', matter: 'body', title: 'One', chapter: chapter('one')},
  {id: 'two', kind: 'chapter', matter: 'body', title: 'Two', chapter: chapter('two')}
]

/** Measured without blanks: cover 1, title 2, copyright 3, contents 4, One 5–7, Two 8–9. */
function input(overrides: Partial<PlanInput> = {}): PlanInput {
  const pages = new Map([['cover', 1], ['title', 2], ['copyright', 3], ['contents', 4], ['one', 5], ['two', 8], ['h-one', 5], ['h-two', 8], ['one-b0', 5], ['one-b1', 5], ['one-b2', 6], ['one-b3', 7], ['two-b0', 8], ['two-b1', 9]])
  return {
    sections,
    entries: [{id: 'h-one', level: 1, text: 'One'}, {id: 'h-two', level: 1, text: 'Two'}],
    blocks: new Map([['one', ['one-b0', 'one-b1', 'one-b2', 'one-b3']], ['two', ['two-b0', 'two-b1']]]),
    measured: {pageCount: 9, pages},
    blanksInEffect: new Set(),
    chapterStart: 'any',
    bookTitle: 'Book',
    ...overrides
  }
}

describe('planPages', () => {
  it('numbers the front matter in roman and the body from 1, with no heads on openings', () => {
    const plan = planPages(input())
    expect(plan.blanks).toEqual([])
    expect(plan.labels).toEqual(['i', 'ii', 'iii', 'iv', '1', '2', '3', '4', '5'])
    expect(plan.numbers).toEqual([['h-one', '1'], ['h-two', '4']])
    // Heads: none on the cover, title, copyright and openings; book title on even pages, chapter on odd.
    expect(plan.css).toContain('@counter-style colophon-head { system: fixed; symbols: "" "" "" "" "" "Book" "One" "" "Two";')
    expect(plan.css).toContain('@counter-style colophon-folio { system: fixed; symbols: "" "" "" "iv" "1" "2" "3" "4" "5";')
    expect(plan.pages).toEqual([
      {page: '1', chapter: 'one', block: 0},
      {page: '2', chapter: 'one', block: 2},
      {page: '3', chapter: 'one', block: 3},
      {page: '4', chapter: 'two', block: 0},
      {page: '5', chapter: 'two', block: 1}
    ])
  })

  it('puts a blank page before parts that would open on a left-hand page', () => {
    const plan = planPages(input({chapterStart: 'right'}))
    // Title 2 → 3 (blank 2), copyright 4, contents 5, One 6 → 7 (blank 6), Two 7+3=10 → 11 (blank 10).
    expect(plan.blanks).toEqual(['title', 'one', 'two'])
    expect(plan.pageCount).toBe(12)
    expect(plan.bodyStart).toBe(7)
    expect(plan.expected).toEqual(new Map([['h-one', 7], ['h-two', 11]]))
    expect(plan.numbers).toEqual([['h-one', '1'], ['h-two', '5']])
  })

  it('plans the same from a layout that already has its blank pages', () => {
    const first = planPages(input({chapterStart: 'right'}))
    const pages = new Map([...input().measured.pages].map(([id, page]) => [id, first.expected.get(id) ?? page]))
    for (const [id, page] of [['title', 3], ['copyright', 4], ['contents', 5], ['one', 7], ['two', 11]] as const) pages.set(id, page)
    const again = planPages(input({chapterStart: 'right', measured: {pageCount: 12, pages}, blanksInEffect: new Set(first.blanks)}))
    expect(again.blanks).toEqual(first.blanks)
    expect(again.numbers).toEqual(first.numbers)
  })

  it('escapes titles in the generated CSS', () => {
    const plan = planPages(input({bookTitle: 'A "quoted" </style> title'}))
    expect(plan.css).toContain('"A \\22 quoted\\22  \\3c /style\\3e  title"')
  })

  it('fails clearly when a part was not found', () => {
    expect(() => planPages(input({measured: {pageCount: 9, pages: new Map()}}))).toThrow('The layout pass did not find `#cover`')
  })
})

describe('roman', () => {
  it.each([[1, 'i'], [4, 'iv'], [9, 'ix'], [14, 'xiv'], [40, 'xl'], [99, 'xcix']])('%i → %s', (value, text) => {
    expect(roman(value)).toBe(text)
  })
})
