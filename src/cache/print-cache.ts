// Skips Chrome when the PDF on disk is already what this build would print: same print HTML, images, metadata and Colophon.
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Book} from '../book.js'
import type {Context} from '../context.js'
import type {PrintResult} from '../print/print-pdf.js'
import {manuscriptCacheDir, readEntry, writeEntry} from './cache-folder.js'
import {fingerprint} from './fingerprint.js'

/** What is remembered about the last PDF printed. */
interface PrintRecord {
  /** SHA-256 of the PDF's bytes, to tell that the file on disk is still that PDF. */
  sha256: string
  /** The page map it gave, for the EPUB's page list. */
  pages: PrintResult['pages']
}

/**
 * Print with `print` unless the PDF at `target` is current, and remember what was printed.
 *
 * "Current" means: the key (print HTML, every asset's bytes, the book's metadata, the build time,
 * the browser settings in the environment and Colophon's fingerprint) is the one the PDF was
 * printed under, and the file at `target` still has the bytes printed then. Without a cache folder
 * (`--no-cache`) this always prints.
 *
 * @param html - The print document.
 * @param book - The book (its assets and metadata are part of the key).
 * @param context - Run context (cache folder, build time, logger).
 * @param target - Where the PDF is written.
 * @param print - Prints the PDF (`printPdf`).
 * @returns The PDF, printed now or read back from `target`.
 */
export async function printUnlessCurrent(
  html: string,
  book: Book,
  context: Context,
  target: string,
  print: () => Promise<PrintResult>
): Promise<PrintResult> {
  const {cacheDir} = context.options
  if (cacheDir === undefined) return print()
  const key = printKey(html, book, context)
  let entry: string | undefined
  try {
    entry = path.join(manuscriptCacheDir(cacheDir, book.root), 'print.bin')
    const current = readCurrent(entry, key, target)
    if (current) {
      context.logger.debug(`print: \`${path.basename(target)}\` is current; Chrome not started`)
      return current
    }
  } catch {
    // An unusable cache folder only means printing again.
  }

  const printed = await print()
  if (entry) {
    try {
      const record: PrintRecord = {sha256: sha256(printed.bytes), pages: printed.pages}
      writeEntry(entry, key, Buffer.from(JSON.stringify(record)))
    } catch {
      // Next build prints again.
    }
  }

  return printed
}

/** The remembered PDF when the key matches and `target` still holds the same bytes. */
function readCurrent(entry: string, key: string, target: string): PrintResult | undefined {
  const payload = readEntry(entry, key)
  if (!payload) return undefined
  const record = JSON.parse(payload.toString('utf8')) as PrintRecord
  let bytes: Buffer
  try {
    bytes = readFileSync(target)
  } catch {
    return undefined
  }

  if (sha256(bytes) !== record.sha256) return undefined
  return record.pages === undefined ? {bytes} : {bytes, pages: record.pages}
}

/** Everything the printed PDF depends on, hashed. */
function printKey(html: string, book: Book, context: Context): string {
  const hash = createHash('sha256').update(fingerprint()).update('\0').update(html).update('\0')
  hash.update(JSON.stringify(book.config)).update(`\0${context.epoch}\0`)
  // The browser is chosen from the environment by the print module; another browser may print differently.
  for (const name of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH', 'COLOPHON_CHROME']) hash.update(`${name}=${process.env[name] ?? ''}\0`)
  // Images are loaded by URL, so a changed image leaves the HTML unchanged: hash their bytes too.
  for (const href of [...book.assets.keys()].sort()) hash.update(`${href}\0`).update(book.assets.get(href)?.bytes ?? new Uint8Array())
  return hash.digest('hex')
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
