// Tests predicting where references and blocks move when note areas are placed at the foot of their pages.
import {describe, expect, it} from 'vitest'
import type {NoteChapter} from '../../src/print/note-plan.js'
import {keepWherePrinted, predictPages} from '../../src/print/predict-pages.js'

const chapter: NoteChapter = {section: 'ch', notes: [{id: 'n1', ref: 'r1'}, {id: 'n2', ref: 'r2'}], blocks: ['b0', 'b1'], headings: new Set()}
const geometry = {contentHeight: 600, lineHeight: 20}

/** The chapter from page 3, its top at 50 in Chrome's coordinates; r1 near the foot of its first page, r2 at the top of its second. */
const measured = {
  pageCount: 6,
  pages: new Map([['ch', 3], ['b0', 3], ['r1', 3], ['b1', 4], ['r2', 4]]),
  tops: new Map([['ch', 50], ['b0', 50], ['r1', 50 + 500], ['b1', 50 + 10], ['r2', 50 + 100]])
}

describe('predictPages', () => {
  it('moves nothing when the note areas stay as they were', () => {
    const areas = new Map([['ch 1', 60]])
    expect(predictPages([chapter], measured, areas, areas, geometry).pages).toEqual(measured.pages)
  })

  it('moves a reference whose line no longer fits above the new note area to the next page, and what follows it along', () => {
    // A 90 px note area on page 1 leaves 510 px: r1's line (500–520) no longer fits.
    const predicted = predictPages([chapter], measured, new Map(), new Map([['ch 1', 90]]), geometry)
    expect(predicted.pages.get('r1')).toBe(4)
    expect(predicted.pages.get('b0')).toBe(3)
    // r2 was 100 px down page 2; pushed 90 px further it is still on it.
    expect(predicted.pages.get('r2')).toBe(4)
  })

  it('keeps a reference whose line still fits', () => {
    const predicted = predictPages([chapter], measured, new Map(), new Map([['ch 1', 80]]), geometry)
    expect(predicted.pages.get('r1')).toBe(3)
  })

  it('moves a reference back when a note area it was under shrinks', () => {
    // r2 printed at the top of page 2 because page 1 had a 200 px note area; without it, it fits on page 1.
    const printed = {...measured, tops: new Map([...measured.tops, ['r2', 50 + 30]])}
    const predicted = predictPages([chapter], printed, new Map([['ch 1', 200]]), new Map([['ch 1', 60]]), geometry)
    // r2 was at 400 + 30 = 430 of the stream; page 1 now holds 540.
    expect(predicted.pages.get('r2')).toBe(3)
  })
})

describe('keepWherePrinted', () => {
  it('keeps the references it is asked to where the print put them, and the prediction for the others', () => {
    // r1 printed on the chapter's page 2 (book page 4); the prediction says page 1.
    const printed = {...measured, pages: new Map([...measured.pages, ['r1', 4]])}
    const predicted = {...printed, pages: new Map([...printed.pages, ['r1', 3], ['r2', 5]])}
    const kept = keepWherePrinted([chapter], printed, predicted, (note, page) => note === 'n1' && page === 1)
    expect(kept.pages.get('r1')).toBe(4)
    expect(kept.pages.get('r2')).toBe(5)
    expect(keepWherePrinted([chapter], printed, predicted, () => false).pages.get('r1')).toBe(3)
  })
})
