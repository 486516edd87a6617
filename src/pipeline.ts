// The recipe: load → parse → transform → check → render (print HTML, EPUB) → print (PDF) → write.
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import {bookFiles, type Book} from './book.js'
import {checkBook} from './check/check-book.js'
import {printUnlessCurrent} from './cache/print-cache.js'
import {buildEpoch, type BuildOptions, type Context} from './context.js'
import {loadManuscript} from './load/load-manuscript.js'
import {parseBook} from './parse/parse-book.js'
import {parseChapters} from './parse/parse-chapters.js'
import type {PrintResult} from './print/print-pdf.js'
import type {Logger} from './report/logger.js'
import {exitCodes, StageError} from './stage-error.js'
import {hasConfigError, hasError} from './report/message.js'
import {transformBook} from './transform/transform-book.js'
import {outputName} from './write/output-name.js'
import {assertWritable, outputEstimate} from './write/assert-writable.js'
import {acquireOutputLock} from './write/output-lock.js'
import {writeAtomic} from './write/write-atomic.js'

export {exitCodes, StageError}

/** What a run produced. */
export interface RunResult {
  /** 0 success, 1 the book has errors, 2 config or internal error, 130/143 interrupted. */
  code: number
  /** Every file with its messages, for the reporter. */
  files: VFile[]
  /** Paths of the outputs written. */
  outputs: string[]
  /** A problem that belongs to no file (no browser, unwritable folder), as one line. */
  failure?: string
  /** The book, when it loaded. */
  book?: Book
}

/**
 * Check and, when `options.formats` asks, build the book.
 *
 * @param options - What to build, from the CLI.
 * @param logger - Progress output.
 * @returns Exit code, files with messages and outputs written.
 */
export async function run(options: BuildOptions, logger: Logger): Promise<RunResult> {
  const loaded = await logger.stage('load', () => loadManuscript(options.manuscript))
  const {config} = loaded
  // Config errors that leave the book readable (an unknown key, a missing or unlisted chapter) are
  // reported together with the rules' findings in one run; only a book that cannot be read stops here:
  // broken `book.yaml`, no body chapter, or a chapter that could not be read (not UTF-8, too large).
  const sourceFiles = loaded.sources.map((source) => source.file)
  if (!config || !loaded.sources.some((source) => source.matter === 'body') || hasConfigError(sourceFiles)) {
    return {code: exitCodes.failure, files: [loaded.configFile, ...sourceFiles], outputs: []}
  }

  const context: Context = {options, logger, epoch: buildEpoch(config.date)}
  const book = await logger.stage('parse', async () =>
    parseBook({...loaded, config}, await parseChapters(loaded.sources, {root: loaded.root, includeRoot: path.resolve(loaded.root, config['project-root'] ?? '.'), variables: config.variables, cacheDir: options.cacheDir, logger}))
  )
  await logger.stage('transform', () => transformBook(book))
  await logger.stage('check', () => checkBook(book, context))
  const files = bookFiles(book)
  const result: RunResult = {code: exitCodes.ok, files, outputs: [], book}
  if (hasConfigError(files)) return {...result, code: exitCodes.failure}
  if (hasError(files)) return {...result, code: exitCodes.bookErrors}
  if (options.formats.length === 0) return result

  let releaseLock: (() => Promise<void>) | undefined
  try {
    // Before any rendering: a folder that cannot take the outputs, or another build writing there, stops us now.
    await assertWritable(options.out, outputEstimate(book, options.formats))
    releaseLock = await acquireOutputLock(options.out)
    const base = path.join(options.out, outputName(book))
    let printed: PrintResult | undefined
    let printFailure: StageError | undefined
    if (options.formats.includes('pdf')) {
      // Renderers and the browser load only for the formats asked for (puppeteer and pdf-lib take ~0.25 s).
      const [{renderPrintHtml}, {printPdf}] = await Promise.all([import('./render/print/render-print-html.js'), import('./print/print-pdf.js')])
      const html = await logger.stage('render html', () => renderPrintHtml(book, context))
      try {
        printed = await logger.stage('print pdf', () => printUnlessCurrent(html, book, context, `${base}.pdf`, () => printPdf(html, book, context)))
      } catch (error) {
        // Without a browser the EPUB is still worth writing; the PDF's failure is reported after it.
        if (!(error instanceof StageError) || !options.formats.includes('epub')) throw error
        printFailure = error
      }
    }

    options.signal?.throwIfAborted()
    const {renderEpub} = options.formats.includes('epub') ? await import('./render/epub/render-epub.js') : {renderEpub: undefined}
    const epub = renderEpub ? await logger.stage('render epub', () => renderEpub(book, context, printed?.pages)) : undefined

    options.signal?.throwIfAborted()
    await mkdir(options.out, {recursive: true})
    await logger.stage('write', async () => {
      if (epub) result.outputs.push(await writeOutput(`${base}.epub`, epub))
      if (printed) result.outputs.push(await writeOutput(`${base}.pdf`, printed.bytes))
    })
    if (printFailure) throw printFailure
    return result
  } catch (error) {
    if (options.signal?.aborted) return {...result, code: exitCodes.interrupted, failure: 'Interrupted; previous outputs left as they were'}
    if (error instanceof StageError) return {...result, code: error.code, failure: `${error.stage}: ${error.message}`}
    throw error
  } finally {
    await releaseLock?.()
  }
}

async function writeOutput(target: string, bytes: Uint8Array): Promise<string> {
  await writeAtomic(target, bytes)
  return target
}
