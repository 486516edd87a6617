// Stage 6, print: the print HTML → PDF with headless Chrome (the only module that knows there is a browser).
import type {Book} from '../book.js'
import type {Context} from '../context.js'

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

/**
 * Print the book.
 *
 * @param html - The print document.
 * @param book - The book (metadata for the PDF).
 * @param context - Run context.
 * @returns The PDF.
 */
export async function printPdf(html: string, book: Book, context: Context): Promise<PrintResult> {
  void html
  void book
  void context
  throw new Error('printPdf: being written')
}
