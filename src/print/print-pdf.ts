// Stage 6, print: the print HTML → PDF with headless Chrome (the only module that knows there is a browser).
import {ParseSpeeds, PDFDocument} from 'pdf-lib'
import {ProtocolError, TimeoutError, type PDFOptions} from 'puppeteer'
import type {Book} from '../book.js'
import type {Context} from '../context.js'
import {printCover} from '../render/print/render-print-html.js'
import {blockIds, contentsEntries, printSections} from '../render/print/print-sections.js'
import {StageError} from '../stage-error.js'
import {firstLine, withBrowser} from './browser.js'
import {browserTimeout} from './browser-timeout.js'
import {finishPdf} from './finish-pdf.js'
import {fixOutlineTitles} from './fix-outline.js'
import {planPages, type PagePlan} from './page-plan.js'
import {applyPlan, lockDown, setMeasuring} from './print-page.js'
import {readDestinations} from './read-destinations.js'

/**
 * Where the PDF's pages begin, for the EPUB's page list (EPUB 3.3 §D.4 page-list, `pagebreak`).
 * Each entry: the printed page label (`iv`, `12`), the chapter's `slug`, and the index of the
 * top-level element of that chapter's hast (`chapter.hast.children`, elements only, counting from 0)
 * that is the first to start on that page. The EPUB renderer puts the page-break marker before it.
 */
export type PageMap = Array<{page: string; chapter: string; block: number}>

/** What printing produced. */
export interface PrintResult {
  /** The finished PDF (metadata set). */
  bytes: Uint8Array
  /** Page starts, for the EPUB page list. */
  pages?: PageMap
}

/** Layout passes before giving up on contents numbers that keep moving. */
const maxPasses = 3

/**
 * Print the book: a quick untagged layout pass learns where every part, heading and block falls;
 * the plan made from it (contents numbers, blank pages, folios, running heads) is written into the
 * page; the final tagged print is checked against the plan and finished with pdf-lib.
 *
 * @param html - The print document.
 * @param book - The book (metadata for the PDF).
 * @param context - Run context.
 * @returns The PDF and its page map.
 */
export async function printPdf(html: string, book: Book, context: Context): Promise<PrintResult> {
  const sections = printSections(book, printCover(book) !== undefined)
  const entries = contentsEntries(book)
  const blocks = new Map(book.chapters.map((chapter) => [chapter.slug, blockIds(chapter)]))
  // Chrome's time grows with the document; a hang ends after a limit that grows with it too
  // (1 s per 20 KB of HTML) on top of the base limit, `COLOPHON_BROWSER_TIMEOUT` or 60 s.
  const timeout = browserTimeout(context.logger) + Math.ceil(html.length / 20)
  const options: PDFOptions = {preferCSSPageSize: true, printBackground: true, timeout}

  return withBrowser(context, async (browser) => {
    try {
      const lap = stopwatch(context)
      const page = await browser.newPage()
      await lockDown(page, book, context)
      await page.setContent(html, {waitUntil: 'load', timeout})
      lap('loaded the print page')
      let blanksInEffect = new Set<string>()
      await setMeasuring(page, true)
      let measured = await readDestinations(await page.pdf({...options, tagged: false, outline: false}))
      lap('layout pass')
      for (let pass = 1; ; pass++) {
        const plan = planPages({
          sections,
          entries,
          blocks,
          measured,
          blanksInEffect,
          chapterStart: book.config.page['chapter-start'],
          bookTitle: book.config.title
        })
        await applyPlan(page, plan)
        await setMeasuring(page, false)
        // Parsed at full speed: pdf-lib's default yields every 100 objects (0.35 s on a 570-page book).
        const doc = await PDFDocument.load(await page.pdf({...options, tagged: true, outline: true}), {updateMetadata: false, parseSpeed: ParseSpeeds.Fastest})
        const moved = misplaced(plan, await readDestinations(doc))
        lap(`tagged print ${pass}`)
        if (moved.length === 0) {
          context.logger.debug(`printed ${plan.pageCount} pages in ${pass} layout pass(es)`)
          fixOutlineTitles(doc, await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((node) => node.textContent ?? '')))
          const content = `${html}\n${plan.css}\n${await browser.version()}`
          const bytes = await finishPdf(doc, {config: book.config, epoch: context.epoch, bodyStart: plan.bodyStart, content})
          lap('metadata and save')
          return {bytes, pages: plan.pages}
        }

        if (pass === maxPasses) throw new StageError('print pdf', `The contents page numbers did not settle after ${pass} passes (${moved.join(', ')})`)
        // The final print moved something (the contents grew a page): measure that layout and plan again.
        await setMeasuring(page, true)
        measured = await readDestinations(await page.pdf({...options, tagged: false, outline: false}))
        blanksInEffect = new Set(plan.blanks)
      }
    } catch (error) {
      if (context.options.signal?.aborted || error instanceof StageError) throw error
      // A call past `protocolTimeout` fails with a ProtocolError that says "timed out": the same limit.
      if (error instanceof TimeoutError || (error instanceof ProtocolError && /timed out/.test(error.message))) {
        throw new StageError('print pdf', `Chrome did not finish within ${seconds(timeout)} (the limit grows with the book's size)`)
      }

      throw new StageError('print pdf', `Chrome failed while printing: ${firstLine(error)}`)
    }
  }, timeout)
}

/** A time limit for the message: whole seconds, or tenths below 10 s (a short `COLOPHON_BROWSER_TIMEOUT`). */
function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`
}

/** A debug line per step with the time since the last one, for `--verbose` and the benchmark's analysis. */
function stopwatch(context: Context): (step: string) => void {
  let last = performance.now()
  return (step) => {
    const now = performance.now()
    context.logger.debug(`print pdf: ${step} in ${Math.round(now - last)} ms`)
    last = now
  }
}

/** Contents entries whose heading is not on the planned page, and a page count that differs. */
function misplaced(plan: PagePlan, final: {pageCount: number; pages: Map<string, number>}): string[] {
  const moved = [...plan.expected].filter(([id, page]) => final.pages.get(id) !== page).map(([id]) => `#${id}`)
  if (final.pageCount !== plan.pageCount) moved.push(`${final.pageCount} pages instead of ${plan.pageCount}`)
  return moved
}
