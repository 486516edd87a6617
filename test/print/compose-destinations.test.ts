// Tests putting a whole book's destinations together from prints of parts of it.
import {describe, expect, it} from 'vitest'
import {composeDestinations} from '../../src/print/compose-destinations.js'

const order = ['front', 'a', 'b', 'c']

/** The whole book before its notes: front on 1–2, a on 3–5, b on 6–7, c on 8–10. */
const base = {
  pageCount: 10,
  pages: new Map([['front', 1], ['toc', 2], ['a', 3], ['a1', 5], ['b', 6], ['b1', 7], ['c', 8], ['c1', 10]]),
  tops: new Map([['a1', 120], ['c1', 40]]),
  pageSize: {width: 560, height: 794}
}

describe('composeDestinations', () => {
  it('gives the base back when no section was printed apart', () => {
    const composed = composeDestinations(order, new Map(), base)
    expect(composed.pageCount).toBe(10)
    expect([...composed.pages].sort()).toEqual([...base.pages].sort())
    expect(composed.tops?.get('a1')).toBe(120)
    expect(composed.pageSize).toEqual(base.pageSize)
  })

  it('takes each section from the last print of it, and moves the sections after it by the pages it gained', () => {
    // a and c printed alone (front and b hidden): a grew to 4 pages, c kept 3.
    const part = {
      printed: {pageCount: 7, pages: new Map([['a', 1], ['a1', 4], ['c', 5], ['c1', 7]]), tops: new Map([['a1', 300], ['c1', 40]])},
      shown: ['a', 'c']
    }
    const composed = composeDestinations(order, new Map([['a', part], ['c', part]]), base)
    expect(Object.fromEntries(composed.pages)).toEqual({front: 1, toc: 2, a: 3, a1: 6, b: 7, b1: 8, c: 9, c1: 11})
    expect(composed.pageCount).toBe(11)
    expect(composed.tops?.get('a1')).toBe(300)
  })

  it('counts a part print’s last section to that print’s last page', () => {
    const part = {printed: {pageCount: 2, pages: new Map([['c', 1], ['c1', 2]])}, shown: ['c']}
    const composed = composeDestinations(order, new Map([['c', part]]), base)
    expect(composed.pages.get('c1')).toBe(9)
    expect(composed.pageCount).toBe(9)
  })

  it('puts a part of the book together from its prints alone, without a base', () => {
    const first = {printed: {pageCount: 3, pages: new Map([['a', 1], ['a1', 3]]), pageSize: {width: 1, height: 2}}, shown: ['a']}
    const second = {printed: {pageCount: 5, pages: new Map([['b', 1], ['b1', 2], ['c', 3], ['c1', 5]])}, shown: ['b', 'c']}
    const composed = composeDestinations(['a', 'b', 'c'], new Map([['a', first], ['b', second], ['c', second]]))
    expect(Object.fromEntries(composed.pages)).toEqual({a: 1, a1: 3, b: 4, b1: 5, c: 6, c1: 8})
    expect(composed.pageCount).toBe(8)
    expect(composed.pageSize).toEqual({width: 1, height: 2})
  })

  it('refuses a section no print laid out', () => {
    expect(() => composeDestinations([...order, 'd'], new Map(), base)).toThrow('#d')
  })
})
