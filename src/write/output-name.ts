// Names the built files after the book: `dist/<slug of the title>.epub` and `.pdf`.
import type {Book} from '../book.js'

/**
 * The base name of the outputs, an ASCII slug of the title.
 *
 * @param book - The book.
 * @returns For example `social-media-in-practice`.
 */
export function outputName(book: Pick<Book, 'config'>): string {
  const slug = book.config.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug || 'book'
}
