// The print HTML marks the English words Colophon writes (contents, chapter labels, notes, copyright and
// credits pages) as English inside books in other languages, so the PDF's tagged text has the right language.
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Context} from '../../../src/context.js'
import {run} from '../../../src/pipeline.js'
import {renderPrintHtml} from '../../../src/render/print/render-print-html.js'
import {createLogger} from '../../../src/report/logger.js'
import {copyFixture} from '../epub/helpers/build-fixture.js'

/** The print HTML of a fixture, rendered from the checked book without starting Chrome. */
async function printHtml(fixture: string): Promise<string> {
  const manuscript = copyFixture(fixture)
  const out = path.join(path.dirname(manuscript), 'dist')
  const logger = createLogger({progress: false, write: () => {}})
  const result = await run({manuscript, out, formats: []}, logger)
  if (result.code !== 0 || !result.book) throw new Error(`Checking ${fixture} failed (${result.code})`)
  const context: Context = {options: {manuscript, out, formats: ['pdf']}, logger, epoch: 0}
  return renderPrintHtml(result.book, context)
}

const en = 'lang="en" xml:lang="en"'

describe('generated English in the print HTML', () => {
  it.each([
    ['epub-rtl', 'ar', 'سارة أحمد'],
    ['epub-cjk', 'ja', '山田花子']
  ])('%s (%s) marks it lang="en", and the names in it in the book\'s language', async (fixture, language, author) => {
    const html = await printHtml(fixture)
    expect(html).toContain(`<html lang="${language}"`)
    // Contents heading, and the credits page's entries in the contents.
    expect(html).toContain(`<h1 id="colophon-contents-heading" ${en}>Contents</h1>`)
    expect(html).toContain('<span class="toc-title" lang="en">Credits</span>')
    expect(html).toContain('<span class="toc-title" lang="en">Authors</span>')
    // Chapter labels.
    expect(html).toContain(`<p class="chapter-label" aria-hidden="true" ${en}>Chapter 1</p>`)
    // The notes heading and the back link labelled "Back to reference 1".
    expect(html).toMatch(new RegExp(`<h2 id="[^"]+-footnote-label" ${en}>Notes</h2>`))
    expect(html).toMatch(new RegExp(`<a [^>]*aria-label="Back to reference 1"[^>]* ${en}>↑</a>`))
    // The copyright page.
    expect(html).toContain(`<p ${en}>By <span lang="${language}" xml:lang="${language}">${author}</span></p>`)
    expect(html).toContain(`<p ${en}>Licensed under <a`)
    expect(html).toContain(`<p ${en}>Published 2026-11-01.</p>`)
    expect(html).toContain(`<p ${en}>Typeset in Literata with Colophon.</p>`)
    // The credits page.
    expect(html).toContain(`<h1 ${en} id="credits">Credits</h1>`)
    expect(html).toContain(`<h2 ${en} id="authors">Authors</h2>`)
    expect(html).toMatch(new RegExp(`<p ${en} id="[^"]+">Licence: <a href="https://spdx\\.org/licenses/CC-BY-4\\.0\\.html">CC-BY-4\\.0</a></p>`))
  })

  it('marks nothing in an English book', async () => {
    const html = await printHtml('epub-features')
    expect(html).toContain('<html lang="en-GB"')
    expect(html).not.toMatch(/ lang="en"| xml:lang=/)
    expect(html).toContain('<p>By Ada Writer and Ben Second</p>')
  })
})
