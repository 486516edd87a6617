// Test helper: copies an EPUB fixture to a fresh temporary folder and builds it through the real pipeline.
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Book} from '../../../../src/book.js'
import type {Context} from '../../../../src/context.js'
import {run} from '../../../../src/pipeline.js'
import type {PageMap} from '../../../../src/print/print-pdf.js'
import {renderEpub} from '../../../../src/render/epub/render-epub.js'
import {createLogger} from '../../../../src/report/logger.js'

/** The EPUB fixtures, each a folder `test/fixtures/<name>/manuscript`. */
export const epubFixtures = ['epub-features', 'epub-rtl', 'epub-cjk', 'nested-book', 'other-tools-blocks'] as const

/** The project root. */
export const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url))

/** A built EPUB. */
export interface BuiltEpub {
  /** Where the EPUB was written. */
  file: string
  /** Its bytes. */
  bytes: Uint8Array
  /** The book it was built from. */
  book: Book
}

/**
 * Copy `test/fixtures/<name>/manuscript` into a new temporary folder, so builds never write into the repository.
 *
 * @param name - Fixture name.
 * @param parent - Folder to make the copy in (a fresh temporary one by default).
 * @returns The copied manuscript folder.
 */
export function copyFixture(name: string, parent?: string): string {
  return copyManuscript(path.join(projectRoot, 'test/fixtures', name, 'manuscript'), parent)
}

/**
 * Copy a manuscript folder to `<parent>/manuscript`.
 *
 * @param source - The manuscript folder.
 * @param parent - Folder to make the copy in (a fresh temporary one by default).
 * @returns The copied manuscript folder.
 */
export function copyManuscript(source: string, parent = mkdtempSync(path.join(tmpdir(), 'colophon-epub-'))): string {
  const target = path.join(parent, 'manuscript')
  cpSync(source, target, {recursive: true, filter: (file) => !file.includes(`${path.sep}.colophon-cache`)})
  return target
}

/**
 * Build a fixture's EPUB with `run()` (formats `['epub']`), or, with `pages`, check it with `run()` and
 * render the EPUB with that page map as if the PDF had been printed in the same run.
 *
 * @param name - Fixture name.
 * @param options - `epoch` for `SOURCE_DATE_EPOCH` (unset when `null`); `pages` to make a page map from the book.
 * @returns The EPUB.
 */
export async function buildFixture(name: string, options: {epoch?: string | null; pages?: (book: Book) => PageMap} = {}): Promise<BuiltEpub> {
  const manuscript = copyFixture(name)
  const out = path.join(path.dirname(manuscript), 'dist')
  const logger = createLogger({progress: false, write: () => {}})
  const saved = process.env['SOURCE_DATE_EPOCH']
  if (options.epoch === null) delete process.env['SOURCE_DATE_EPOCH']
  else process.env['SOURCE_DATE_EPOCH'] = options.epoch ?? '1790000000'
  try {
    const formats = options.pages ? [] : (['epub'] as const)
    const result = await run({manuscript, out, formats: [...formats]}, logger)
    const problems = result.files.flatMap((file) => file.messages.filter((message) => message.fatal).map((message) => `${file.path}: ${message.reason}`))
    if (result.code !== 0 || !result.book) throw new Error(`Building ${name} failed (${result.code}): ${result.failure ?? problems.join('\n')}`)
    if (!options.pages) {
      const file = result.outputs[0] ?? ''
      return {file, bytes: readFileSync(file), book: result.book}
    }

    const context: Context = {options: {manuscript, out, formats: ['epub']}, logger, epoch: Number(process.env['SOURCE_DATE_EPOCH'] ?? 0)}
    const bytes = await renderEpub(result.book, context, options.pages(result.book))
    const file = path.join(path.dirname(manuscript), `${name}-paged.epub`)
    writeFileSync(file, bytes)
    return {file, bytes, book: result.book}
  } finally {
    if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH']
    else process.env['SOURCE_DATE_EPOCH'] = saved
  }
}

/**
 * A page map that starts a page at every fourth top-level block of every chapter, labelled `i`, `ii`
 * in the front matter and `1`, `2`… after, the way the PDF numbers its pages.
 *
 * @param book - The book.
 * @returns The page map.
 */
export function samplePages(book: Book): PageMap {
  const pages: PageMap = []
  const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii']
  let front = 0
  let body = 0
  for (const chapter of book.chapters) {
    const blocks = chapter.hast.children.filter((child) => child.type === 'element').length
    for (let block = 0; block < blocks; block += 4) {
      const page = chapter.matter === 'front' ? (roman[front++] ?? `f${front}`) : String(++body)
      pages.push({page, chapter: chapter.slug, block})
    }
  }

  return pages
}
