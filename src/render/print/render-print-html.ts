// Stage 5b, render print HTML: the same hast trees → one HTML document for Chrome to print.
import type {Book} from '../../book.js'
import type {Context} from '../../context.js'

/**
 * Render the print document.
 *
 * @param book - The checked book.
 * @param context - Run context.
 * @returns The HTML document as a string.
 */
export function renderPrintHtml(book: Book, context: Context): string {
  void book
  void context
  throw new Error('renderPrintHtml: being written')
}
