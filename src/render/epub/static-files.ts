// The files an EPUB carries besides the manuscript's: the stylesheet, the font subsets the book needs and their licences.
import {readFileSync} from 'node:fs'
import type {Book} from '../../book.js'
import {bookFonts} from '../../fonts/book-fonts.js'
import {fontFaceCss} from '../../fonts/font-face-css.js'

// src/render/epub and lib/render/epub are both three levels below the project root.
const stylesheetUrl = new URL('../../../templates/epub/book.css', import.meta.url)

/** A file of the EPUB that does not come from the manuscript. */
export interface StaticFile {
  /** Path inside `OEBPS/`. */
  path: string
  /** Media type (EPUB 3.3 §3.2 core media types, except the licence text). */
  mediaType: string
  bytes: Uint8Array
}

/** Path of the stylesheet inside `OEBPS/`; the `@font-face` rules refer to the fonts relative to it. */
export const stylesheetPath = 'css/book.css'

/** Bytes by path (the template, font files, licences), read once per process whichever books are built. */
const files = new Map<string | URL, Buffer>()

/**
 * The stylesheet (the book's `@font-face` rules, then `templates/epub/book.css`), the font
 * subsets the book needs (`bookFonts`: the same files the PDF embeds) and each font's licence
 * in `fonts/` (the SIL Open Font License 1.1 asks that the licence travel with the font).
 *
 * @param book - The book, for the fonts its text needs.
 * @returns The files, in a fixed order.
 */
export function staticFiles(book: Book): StaticFile[] {
  const fonts = bookFonts(book)
  const faces = fontFaceCss(fonts.faces, (face) => `../fonts/${face.fileName}`)
  const stylesheet = `${faces}\n\n${read(stylesheetUrl).toString('utf8')}`
  return [
    {path: stylesheetPath, mediaType: 'text/css', bytes: Buffer.from(stylesheet, 'utf8')},
    ...fonts.faces.map((face) => ({path: `fonts/${face.fileName}`, mediaType: 'font/woff2', bytes: read(face.path) as Uint8Array})),
    ...fonts.licences.map((licence) => ({path: `fonts/${licence.fileName}`, mediaType: 'text/plain', bytes: read(licence.path) as Uint8Array}))
  ]
}

/** The bytes of `file`, cached. */
function read(file: string | URL): Buffer {
  const key = file instanceof URL ? file.href : file
  let bytes = files.get(key)
  if (!bytes) {
    bytes = readFileSync(file)
    files.set(key, bytes)
  }

  return bytes
}
