// Tests the page-foot note plan: notes grouped by their reference's page, anchors above the note area, strut heights from the page geometry.
import {describe, expect, it} from 'vitest'
import {groupNotes, misplacedNotes, strutHeights, type NoteChapter} from '../../src/print/note-plan.js'

const chapter: NoteChapter = {
  section: 'ch',
  notes: [
    {id: 'n1', ref: 'r1', block: 'b1'},
    {id: 'n2', ref: 'r2', block: 'b2'},
    {id: 'n3', ref: 'r3', block: 'b4'}
  ],
  blocks: ['b0', 'b1', 'b2', 'b3', 'b4']
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
  it('puts the notes of one page in one group, anchored at the last block that starts on an earlier page', () => {
    const groups = groupNotes([chapter], measured)
    expect(groups.map((group) => [group.page, group.notes.map((note) => note.id), group.anchor])).toEqual([
      [5, ['n1', 'n2'], 'b0'], // nothing starts before page 5: the chapter's first block
      [7, ['n3'], 'b3'] // b3 starts on page 6 and runs into 7; b4 may start inside 7's note area
    ])
  })
})

describe('strutHeights', () => {
  it('puts each note block at the foot of its page, counted from the section start, one pixel to spare', () => {
    const groups = groupNotes([chapter], measured)
    const geometry = {contentHeight: 600, sections: new Map([['ch', {page: 5, offset: 60}]])}
    const struts = strutHeights(groups, [50, 30], geometry)
    // Page 5: 600 − 60 (padding) − 50 − 1 = 489 from the section's content top.
    expect(struts[0]).toBe(489)
    // Page 7: the block ends at 3 × 600 − 60 − 1; its strut starts at the first block's foot (489 + 50).
    expect(struts[1]).toBe(3 * 600 - 60 - 30 - 1 - (489 + 50))
  })
})

describe('misplacedNotes', () => {
  it('names the notes printed on another page than their reference', () => {
    const groups = groupNotes([chapter], measured)
    const printed = {pageCount: 9, pages: new Map([['n1', 5], ['r1', 5], ['n2', 6], ['r2', 5], ['n3', 7], ['r3', 7]])}
    expect(misplacedNotes(groups, printed)).toEqual(['n2'])
  })
})
