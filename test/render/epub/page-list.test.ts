// The EPUB page list built beside the PDF leads to the PDF's pages: the text after each page-break marker is on that PDF page.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {run} from '../../../src/pipeline.js'
import {createLogger} from '../../../src/report/logger.js'
import {readPdf, type ReadPdf} from '../../print/read-pdf.js'
import {chromeMissing} from './helpers/axe-in-chrome.js'
import {copyFixture} from './helpers/build-fixture.js'
import {requireTool} from './helpers/tool-gate.js'
import {entries} from './helpers/unzip.js'

/** A page-break marker in a chapter document and the first words that follow it. */
interface Marker {
  file: string
  label: string
  words: string
}

/** Markers of every XHTML document, in order, each with the first words of the text after it. */
function markersOf(epub: Uint8Array): Marker[] {
  const found: Marker[] = []
  for (const [file, bytes] of Object.entries(entries(epub))) {
    if (!file.endsWith('.xhtml')) continue
    const xhtml = new TextDecoder().decode(bytes)
    for (const match of xhtml.matchAll(/<hr id="[^"]+" class="pagebreak" epub:type="pagebreak" role="doc-pagebreak" aria-label="([^"]+)" \/>([\s\S]*?)(?=<hr id="page-|<\/body>)/g)) {
      const text = match[2]!.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ').replace(/\s+/g, ' ').trim()
      // Two words: the first line of a page is never hyphenated that early, and two are specific enough.
      found.push({file, label: match[1]!, words: text.split(' ').slice(0, 2).join(' ')})
    }
  }

  return found
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ')

describe('the EPUB page list follows the PDF', () => {
  let markers: Marker[] = []
  let pdf: ReadPdf | undefined
  let skipped: string | undefined

  beforeAll(async () => {
    skipped = chromeMissing()
    if (skipped) return
    const manuscript = copyFixture('epub-features')
    const out = path.join(path.dirname(manuscript), 'dist')
    const result = await run({manuscript, out, formats: ['epub', 'pdf']}, createLogger({progress: false, write: () => {}}))
    expect(result.code, result.failure).toBe(0)
    const file = (extension: string): Uint8Array => readFileSync(result.outputs.find((output) => output.endsWith(extension)) ?? '')
    markers = markersOf(file('.epub'))
    pdf = await readPdf(file('.pdf'))
  })

  test('every marker is followed by text that the PDF prints on the page of its label', (context) => {
    if (!requireTool(skipped, context.skip)) return
    expect(markers.length).toBeGreaterThan(5)
    const labels = pdf!.labels ?? []
    for (const marker of markers) {
      const index = labels.indexOf(marker.label)
      expect(index, `page ${marker.label} in the PDF`).toBeGreaterThanOrEqual(0)
      expect(squeeze(pdf!.pages[index]!.text), `${marker.file} page ${marker.label}`).toContain(marker.words)
    }
  })

  test('markers run in the PDF page order, each label once', (context) => {
    if (!requireTool(skipped, context.skip)) return
    const labels = pdf!.labels ?? []
    const order = markers.map((marker) => labels.indexOf(marker.label))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(new Set(order).size).toBe(order.length)
  })
})
