// Makes the print document self-contained: images and the book's fonts as `data:` URLs, so Chrome loads nothing.
import {readFileSync} from 'node:fs'
import type {Asset, Book} from '../../book.js'
import {bookFonts} from '../../fonts/book-fonts.js'
import {fontFaceCss} from '../../fonts/font-face-css.js'
import {glyphPlan} from '../../fonts/glyph-plan.js'

/** `data:` URLs of the font files, by path: read once per process, whichever books are printed. */
const fontUrls = new Map<string, string>()

/**
 * A `data:` URL of an asset's bytes.
 *
 * @param asset - The image.
 * @returns The URL.
 */
export function dataUrl(asset: Pick<Asset, 'bytes' | 'mediaType'>): string {
  return `data:${asset.mediaType};base64,${Buffer.from(asset.bytes).toString('base64')}`
}

/**
 * `@font-face` rules for the bundled fonts `book` needs (Literata, and JetBrains Mono when it has
 * code; see `bookFonts`): the same files the EPUB carries, so both outputs draw the same glyphs.
 * Then the bundled fallbacks its other characters need (`glyphPlan`: Noto and DejaVu Sans as the family
 * `Colophon Fallback`), so no character is left to whatever fonts the printing machine has.
 * `font-display: block`, so Chrome never prints a line in a fallback font while a face loads.
 *
 * @param book - The book.
 * @param cacheDir - The cache folder, where the fonts' coverage is kept; `undefined` for none.
 * @returns CSS text.
 */
export function fontFaces(book: Book, cacheDir?: string): string {
  return fontFaceCss([...bookFonts(book).faces, ...glyphPlan(book, cacheDir).faces], (face) => {
    let url = fontUrls.get(face.path)
    if (url === undefined) {
      url = dataUrl({bytes: readFileSync(face.path), mediaType: 'font/woff2'})
      fontUrls.set(face.path, url)
    }

    return url
  }, 'block')
}
