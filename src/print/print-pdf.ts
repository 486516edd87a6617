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
import {learnHolds, misplacedNotes, type NoteMemory} from './note-plan.js'
import {measureGeometry, type NoteMeasureCache} from './measure-notes.js'
import {endnotesInstead, footnoteChapters, noNotes, setPageNotes, type PlacedNotes} from './page-notes.js'
import {applyPlan, lockDown, setMeasuring, showOnly} from './print-page.js'
import {composeDestinations} from './compose-destinations.js'
import {layoutInBatches} from './layout-in-batches.js'
import {readDestinations, type Destinations} from './read-destinations.js'
import {settleNotes} from './settle-notes.js'

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
 * Quick layout passes that settle page-foot notes before the tagged print. The example book needs
 * three; the 570-page benchmark book ten, most of them over a few chapters.
 */
const maxNotePasses = 16

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
  let noteChapters = footnoteChapters(book)
  // Notes whose reference goes back and forth between two pages, held on the second (docs/pdf.md, "Notes").
  const memory: NoteMemory = {holds: new Map(), pushedFrom: new Map()}
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
      const quickPrint = async () => readDestinations(await page.pdf({...options, tagged: false, outline: false}))
      // Layout passes print a few chapters at a time (layout-in-batches.ts): the sections given, or the whole book.
      const layoutPass = (only?: string[]) => layoutInBatches(page, only ?? sections.map((section) => section.id), quickPrint)
      // The note blocks in the page. Once a print has every note on its reference's page they stay
      // as they are: placed again from that print they would come before other blocks, which can
      // move a heading over a page break.
      let notes: PlacedNotes | undefined
      // Plan from where the last print put everything, and write the plan and the notes into the page.
      const arrange = async (measured: Destinations) => {
        // Layout passes never have the plan's blank pages: each is a part of the body of its own,
        // which a batch hides (a blank page moves nothing in the chapter after it).
        const plan = planPages({sections, entries, blocks, measured, blanksInEffect: new Set(), chapterStart: book.config.page['chapter-start'], bookTitle: book.config.title})
        await applyPlan(page, plan)
        // Notes go at the foot of the pages the last print put their references on.
        notes ??= await setPageNotes(page, noteChapters, measured, memory.holds)
        return {plan, notes}
      }
      // Notes a print put apart from their references, learning from it which to hold.
      const notesApart = (notes: PlacedNotes, printed: Destinations): string[] => {
        learnHolds({...notes, printed}, memory)
        return misplacedNotes(notes.groups, printed).map((id) => `note #${id}`)
      }
      // Page-foot notes that keep moving their references: print them at their chapters' ends
      // instead, which always settles, and say so.
      const giveUpNotes = async (sections: ReadonlySet<string>, passes: number) => {
        const titles = book.chapters.filter((chapter) => sections.has(`colophon-ch-${chapter.slug}`)).map((chapter) => `“${chapter.title}”`)
        context.logger.info(
          `print pdf: the notes of ${titles.length === 1 ? 'a chapter' : `${titles.length} chapters`} did not settle at the foot of their pages after ${passes} passes; printed them at the chapter's end instead: ${titles.join(', ')}`
        )
        const left = await endnotesInstead(page, noteChapters, notes ?? noNotes, sections)
        noteChapters = left.chapters
        notes = left.placed
      }

      await setMeasuring(page, true)
      let measured = await layoutPass()
      lap('layout pass')
      if (noteChapters.length > 0) {
        // The notes push the text the first layout had without them: settle them with quick layout
        // passes over the chapters still moving. Every chapter's pages are then known from the last
        // pass that printed it, and the rest from the first; a chapter that did not settle changes
        // again, so then the whole book is laid out once more.
        const cache: NoteMeasureCache = {geometry: await measureGeometry(page, noteChapters.map((chapter) => chapter.section), measured.pageSize), heights: new Map()}
        const settled = await settleNotes(page, noteChapters, {measured, cache}, memory, layoutPass, maxNotePasses, lap)
        notes = settled.placed
        if (settled.unsettled.size > 0) {
          await giveUpNotes(settled.unsettled, maxNotePasses)
          measured = await layoutPass()
          lap('layout pass with the notes')
        } else {
          measured = composeDestinations(sections.map((section) => section.id), settled.parts, measured)
        }
      }

      for (let pass = 1; ; pass++) {
        const {plan, notes: placed} = await arrange(measured)
        await showOnly(page, undefined)
        await setMeasuring(page, false)
        // Parsed at full speed: pdf-lib's default yields every 100 objects (0.35 s on a 570-page book).
        const doc = await PDFDocument.load(await page.pdf({...options, tagged: true, outline: true}), {updateMetadata: false, parseSpeed: ParseSpeeds.Fastest})
        const printed = await readDestinations(doc)
        const apart = notesApart(placed, printed)
        // Notes apart are placed again from the next layout pass.
        if (apart.length > 0) notes = undefined
        const moved = [...misplaced(plan, printed), ...apart]
        lap(`tagged print ${pass}`)
        if (moved.length === 0) {
          context.logger.debug(`printed ${plan.pageCount} pages in ${pass} layout pass(es)`)
          fixOutlineTitles(doc, await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((node) => node.textContent ?? '')))
          const content = `${html}\n${plan.css}\n${await browser.version()}`
          const bytes = await finishPdf(doc, {config: book.config, epoch: context.epoch, bodyStart: plan.bodyStart, content})
          lap('metadata and save')
          return {bytes, pages: plan.pages}
        }

        context.logger.debug(`print pdf: pass ${pass} moved ${moved.join(', ')}`)
        if (pass === maxPasses && noteChapters.length > 0) {
          await giveUpNotes(new Set(noteChapters.map((chapter) => chapter.section)), pass)
          pass = 0
        } else if (pass === maxPasses) {
          throw new StageError('print pdf', `The contents page numbers did not settle after ${pass} passes (${moved.join(', ')})`)
        }

        // The final print moved something (the contents grew a page): measure that layout and plan again.
        await setMeasuring(page, true)
        measured = await layoutPass()
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
  const moved = [...plan.expected].filter(([id, page]) => final.pages.get(id) !== page).map(([id, page]) => `#${id} (${page}→${final.pages.get(id)})`)
  if (final.pageCount !== plan.pageCount) moved.push(`${final.pageCount} pages instead of ${plan.pageCount}`)
  return moved
}
