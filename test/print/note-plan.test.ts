// Tests the page-foot note plan: notes grouped by their reference's page, anchors above the note area, strut heights from the page geometry, and holds for notes that move their own reference.
import {describe, expect, it} from 'vitest'
import {groupNotes, learnHolds, misplacedNotes, strutHeights, type NoteChapter, type NoteMemory} from '../../src/print/note-plan.js'

const chapter: NoteChapter = {
  section: 'ch',
  notes: [
    {id: 'n1', ref: 'r1'},
    {id: 'n2', ref: 'r2'},
    {id: 'n3', ref: 'r3'}
  ],
  blocks: ['b0', 'b1', 'b2', 'b3', 'b4'],
  headings: new Set(['b2'])
}

/** Section on page 5; b0–b1 on 5, b2 on 6, b3 runs from 6 into 7, b4 starts on 7. */
const measured = {
  pageCount: 9,
  pages: new Map([
    ['ch', 5], ['b0', 5], ['b1', 5], ['b2', 6], ['b3', 6], ['b4', 7],
    ['r1', 5], ['r2', 5], ['r3', 7]
  ])
}

describe('groupNotes', () => {
  it('puts the notes of one page in one group, its page counted in the chapter, anchored at the last block that starts on an earlier page', () => {
    const groups = groupNotes([{...chapter, headings: new Set()}], measured)
    expect(groups.map((group) => [group.page, group.notes.map((note) => note.id), group.anchor, group.reserve])).toEqual([
      [1, ['n1', 'n2'], 'b0', 0], // nothing starts before page 5: the chapter's first block
      [3, ['n3'], 'b3', 0] // b3 starts on page 6 and runs into 7; b4 may start inside 7's note area
    ])
  })

  it('never puts a note block between a heading and the block after it', () => {
    // b3 follows the heading b2: the block goes before the heading instead.
    expect(groupNotes([chapter], measured).map((group) => group.anchor)).toEqual(['b0', 'b2'])
  })

  it('keeps a held note on its page, with room kept at the foot of the page before', () => {
    const holds = new Map([['n3', {page: 3, reserve: 40}]])
    // Its reference came back to page 6 (the chapter's second): the hold still counts.
    const back = {...measured, pages: new Map([...measured.pages, ['r3', 6]])}
    expect(groupNotes([chapter], back, holds).map((group) => [group.page, group.notes.map((note) => note.id), group.reserve])).toEqual([
      [1, ['n1', 'n2'], 0],
      [2, [], 40],
      [3, ['n3'], 0]
    ])
    // A reference far from the hold's pages: the hold is ignored.
    const far = {...measured, pages: new Map([...measured.pages, ['r3', 5]])}
    expect(groupNotes([chapter], far, holds).map((group) => group.reserve)).toEqual([0])
  })
})

describe('strutHeights', () => {
  it('puts each note block at the foot of its page, counted from the section start, one pixel to spare', () => {
    const groups = groupNotes([chapter], measured)
    const geometry = {contentHeight: 600, offsets: new Map([['ch', 60]])}
    const struts = strutHeights(groups, [50, 30], geometry)
    // Page 5: 600 − 60 (padding) − 50 − 1 = 489 from the section's content top.
    expect(struts[0]).toBe(489)
    // Page 7: the block ends at 3 × 600 − 60 − 1; its strut starts at the first block's foot (489 + 50).
    expect(struts[1]).toBe(3 * 600 - 60 - 30 - 1 - (489 + 50))
  })

  it('makes a block that keeps room that much taller, so it starts higher', () => {
    const groups = groupNotes([chapter], measured).map((group, index) => ({...group, reserve: index === 0 ? 25 : 0}))
    expect(strutHeights(groups, [50, 30], {contentHeight: 600, offsets: new Map([['ch', 60]])})[0]).toBe(489 - 25)
  })
})

describe('misplacedNotes', () => {
  it('names the notes printed on another page than their reference', () => {
    const groups = groupNotes([chapter], measured)
    const printed = {pageCount: 9, pages: new Map([['n1', 5], ['r1', 5], ['n2', 6], ['r2', 5], ['n3', 7], ['r3', 7]])}
    expect(misplacedNotes(groups, printed)).toEqual(['n2'])
  })
})

describe('learnHolds', () => {
  const one: NoteChapter = {section: 'ch', notes: [{id: 'n1', ref: 'r1'}], blocks: ['b0', 'b1'], headings: new Set()}
  const geometry = {contentHeight: 600}
  /** Plan `n1` on a page of the chapter (section on page 5), print it with its reference on `refPage` at `top` px. */
  const print = (memory: NoteMemory, planPage: number, refPage: number, top = 600) => {
    const planned = {pageCount: 9, pages: new Map([['ch', 5], ['b0', 5], ['b1', 5], ['r1', 4 + planPage]])}
    const groups = groupNotes([one], planned, memory.holds)
    // Destinations in Chrome's coordinates: the chapter's top (its first page's content top) at 80.
    const printed = {pageCount: 9, pages: new Map([['ch', 5], ['r1', 4 + refPage], ['n1', 4 + planPage]]), tops: new Map([['ch', 80], ['r1', top]])}
    learnHolds({groups, heights: groups.map(() => 40), printed, ...geometry}, memory)
  }

  it('holds a note whose reference went back to the page its note had pushed it off', () => {
    const memory: NoteMemory = {holds: new Map(), pushedFrom: new Map()}
    print(memory, 2, 3) // on page 2 its note pushed the reference to page 3
    expect(memory.holds.size).toBe(0)
    print(memory, 3, 2, 600) // planned on 3, the reference came back to 2, its line 600 px down the page
    // The page before ends 1 px below the reference's top, 600 − 80 (the chapter's top) = 520 px down
    // the content area: the room is 600 − 1 (slack) − 521 = 78 px.
    expect(memory.holds.get('n1')).toEqual({page: 3, reserve: 78})
    print(memory, 3, 3) // with the room kept, the reference stays on page 3
    expect(memory.holds.get('n1')).toEqual({page: 3, reserve: 78})
    print(memory, 3, 5) // the text moved on: the hold is let go
    expect(memory.holds.size).toBe(0)
  })

  it('does not hold a note that only moved back with the text before it', () => {
    const memory: NoteMemory = {holds: new Map(), pushedFrom: new Map()}
    print(memory, 3, 2)
    expect(memory.holds.size).toBe(0)
  })

  it('learns nothing from a print that does not say where the chapter starts', () => {
    const memory: NoteMemory = {holds: new Map(), pushedFrom: new Map()}
    const planned = {pageCount: 9, pages: new Map([['ch', 5], ['b0', 5], ['r1', 6]])}
    const groups = groupNotes([one], planned)
    learnHolds({groups, heights: [40], printed: {pageCount: 9, pages: new Map([['r1', 7]])}, ...geometry}, memory)
    expect(memory.pushedFrom.size).toBe(0)
  })
})
