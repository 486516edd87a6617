// Stage 5a, render EPUB: the book's hast trees → XHTML documents, package, navigation → a zip.
import type {Book} from '../../book.js'
import type {Context} from '../../context.js'
import type {PageMap} from '../../print/print-pdf.js'

/**
 * Render the EPUB.
 *
 * @param book - The checked book.
 * @param context - Run context.
 * @param pages - Where the PDF's pages begin, when the PDF was printed in the same run.
 * @returns The EPUB's bytes.
 */
export async function renderEpub(book: Book, context: Context, pages?: PageMap): Promise<Uint8Array> {
  void book
  void context
  void pages
  throw new Error('renderEpub: being written')
}
