// The print CSS: templates/print/book.css, read once, behind the rules that depend on the book (fonts, page size).
import {readFileSync} from 'node:fs'
import type {Book} from '../../book.js'
import {pageSizes} from '../../config/schema.js'
import {fontFaces} from './embed.js'

// src/render/print and lib/render/print are both three levels below the project root.
const templateUrl = new URL('../../../templates/print/book.css', import.meta.url)
let template: string | undefined

/**
 * The whole stylesheet of the print document.
 *
 * @param book - The book: its fonts, and `page.size` from its metadata.
 * @param cacheDir - The cache folder, where the fonts' coverage is kept; `undefined` for none.
 * @returns CSS text.
 */
export function printStylesheet(book: Book, cacheDir?: string): string {
  const {config} = book
  template ??= readFileSync(templateUrl, 'utf8')
  const size = pageSizes[config.page.size]
  const [width, height = width] = size.split(' ')
  // `size` is the one @page descriptor the template cannot know (CSS Paged Media 3 §7.1).
  const generated = `@page { size: ${size}; }\n:root { --page-width: ${width}; --page-height: ${height}; }`
  return `${fontFaces(book, cacheDir)}\n${generated}\n${template}`
}

/**
 * A CSS string literal of `text` (CSS Syntax 3 §4.3.5), safe inside a `<style>` element too.
 *
 * @param text - Any text.
 * @returns The quoted string.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`
}
