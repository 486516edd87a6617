// Stage 3, transform: the book-wide steps that need every chapter parsed, in the order they depend on each other.
import type {Book} from '../book.js'
import {alerts} from './alerts.js'
import {assignIds} from './assign-ids.js'
import {creditsPage} from './credits-page.js'
import {dropDangling} from './drop-dangling.js'
import {numberFigures} from './figures.js'
import {numberChapters} from './number-chapters.js'
import {prefixFootnoteLabel} from './footnote-label.js'
import {quoteSources} from './quote-sources.js'
import {resolveImages} from './resolve-images.js'
import {rewriteLinks} from './rewrite-links.js'

/**
 * Transform the parsed book in place.
 *
 * @param book - The book from the parse stage.
 */
export function transformBook(book: Book): void {
  numberChapters(book)
  numberFigures(book) // gives figures and tables their ids, so…
  creditsPage(book) // (generated from the metadata and figure labels; its headings need ids too)
  prefixFootnoteLabel(book)
  assignIds(book) // …the book-wide id map includes them,
  resolveImages(book)
  alerts(book) // (GitHub alerts are asides, not quotations)
  quoteSources(book)
  rewriteLinks(book) // …and links resolve against it;
  dropDangling(book) // what did not resolve leaves only its text.
}
