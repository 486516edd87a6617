// The files every EPUB carries whatever the book: the stylesheet, the Literata font faces and the font's licence.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

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

/** Path of the stylesheet inside `OEBPS/`; `templates/epub/book.css` refers to the fonts relative to it. */
export const stylesheetPath = 'css/book.css'

/** The four Literata faces the stylesheet declares, the same font the PDF embeds. */
const faces = ['400-normal', '400-italic', '700-normal', '700-italic'] as const

let cached: StaticFile[] | undefined

/**
 * The stylesheet, the fonts and `fonts/OFL.txt` (the SIL Open Font License 1.1 asks that the
 * licence travel with the font), read once per process.
 *
 * @returns The files, in a fixed order.
 */
export function staticFiles(): StaticFile[] {
  cached ??= [
    {path: stylesheetPath, mediaType: 'text/css', bytes: readFileSync(stylesheetUrl)},
    ...faces.map((face) => ({
      path: `fonts/literata-latin-${face}.woff2`,
      mediaType: 'font/woff2',
      bytes: readFileSync(require.resolve(`@fontsource/literata/files/literata-latin-${face}.woff2`)) as Uint8Array
    })),
    {path: 'fonts/OFL.txt', mediaType: 'text/plain', bytes: readFileSync(require.resolve('@fontsource/literata/LICENSE'))}
  ]
  return cached
}
