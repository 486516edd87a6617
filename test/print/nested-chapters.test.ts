// The PDF of a book with parts and nested chapters: bookmarks and contents nested as `book.yaml` nests them.
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {runBook} from '../helpers/manuscript.js'
import {noChromeReason} from './chrome-available.js'
import {readPdf, type Bookmark, type ReadPdf} from './read-pdf.js'

const manuscript = fileURLToPath(new URL('../fixtures/nested-book/manuscript', import.meta.url))

/** Bookmarks as `[title, children]`, leaves as `[title]`. */
type Tree = Array<[string, Tree?]>

function tree(bookmarks: Bookmark[]): Tree {
  return bookmarks.map((bookmark) => (bookmark.children.length > 0 ? [bookmark.title, tree(bookmark.children)] : [bookmark.title]))
}

describe.skipIf(noChromeReason())('PDF of a book with parts and nested chapters', () => {
  let pdf: ReadPdf

  beforeAll(async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'colophon-nested-pdf-'))
    const result = await runBook(manuscript, {out, formats: ['pdf'], cacheDir: path.join(out, '.cache')})
    expect(result.failure).toBeUndefined()
    expect(result.code).toBe(0)
    pdf = await readPdf(readFileSync(result.outputs.find((output) => output.endsWith('.pdf')) as string))
  }, 120_000)

  it('nests the bookmarks: sub-chapters under their chapter, chapters under their part, a page-less part as a title page of its own', () => {
    expect(tree(pdf.outline)).toEqual([
      ['Contents'],
      ['Preface'],
      ['Introduction', [['Who this is for']]],
      ['Walking', [['Pace'], ['Reading maps', [['Contour lines']]], ['Using a compass', [['Declination', [['Correcting a bearing']]]]]]],
      ['Reference', [['Gear'], ['Terms']]],
      ['Stories', [['The hill']]],
      ['Appendix: distances'],
      ['Credits', [['Authors'], ['Rights']]]
    ])
  })

  it('gives the part without a page a page with its title, and lists it in the contents above its chapters', () => {
    const reference = pdf.outline.find((bookmark) => bookmark.title === 'Reference')
    const gear = reference?.children[0]
    expect(reference?.page).toBeDefined()
    expect(gear?.page).toBeGreaterThan(reference?.page ?? Infinity)
    const partPage = pdf.pages[(reference?.page ?? 0) - 1]
    expect(partPage?.body.map((item) => item.text).join('').trim()).toBe('Reference')
    const contents = pdf.pages.find((page) => page.items.some((item) => item.text === 'Contents'))
    const lines = contents?.text ?? ''
    expect(lines.indexOf('Reference')).toBeLessThan(lines.indexOf('Gear'))
    expect(lines.indexOf('Walking')).toBeLessThan(lines.indexOf('Reading maps'))
  })
})
