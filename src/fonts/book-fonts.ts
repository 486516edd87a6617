// Chooses the bundled font files a book needs: Literata's subsets for its text, JetBrains Mono's for its code.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Book} from '../book.js'
import {bookText} from './book-text.js'
import {inRange, parseUnicodeRange, type UnicodeRange} from './unicode-range.js'

const require = createRequire(import.meta.url)

/** One `@font-face` of a bundled font: a subset of one face. */
export interface BundledFace {
  /** CSS family name. */
  family: string
  weight: 400 | 700
  style: 'normal' | 'italic'
  /** Fontsource subset name (`latin`, `latin-ext`, `greek`…). */
  subset: string
  /** The `unicode-range` descriptor, as Fontsource gives it. */
  unicodeRange: string
  /** File name, the same in the EPUB's `fonts/` folder (`literata-greek-400-normal.woff2`). */
  fileName: string
  /** Absolute path of the woff2 file in `node_modules`. */
  path: string
}

/** A bundled font's licence, which the SIL OFL 1.1 asks to travel with the font. */
export interface FontLicence {
  /** File name in the EPUB's `fonts/` folder. */
  fileName: string
  path: string
}

/** The fonts a book needs, in a fixed order. */
export interface BookFonts {
  faces: BundledFace[]
  licences: FontLicence[]
  /** Whether the book has code, and so uses the monospace font. */
  mono: boolean
}

/** A font Colophon bundles, from an npm package of Fontsource. */
interface Bundle {
  family: string
  packageName: string
  /** File name prefix Fontsource uses (`literata` → `literata-latin-400-normal.woff2`). */
  prefix: string
  faces: ReadonlyArray<{weight: 400 | 700; style: 'normal' | 'italic'}>
  licence: string
}

/** Literata, the book font, in the four faces the stylesheets use. */
const literata: Bundle = {
  family: 'Literata',
  packageName: '@fontsource/literata',
  prefix: 'literata',
  faces: [{weight: 400, style: 'normal'}, {weight: 400, style: 'italic'}, {weight: 700, style: 'normal'}, {weight: 700, style: 'italic'}],
  licence: 'OFL.txt'
}

/** JetBrains Mono (SIL OFL 1.1) for code; one face: bold or italic code is rare, and Chrome and reading systems synthesise it. */
const jetBrainsMono: Bundle = {
  family: 'JetBrains Mono',
  packageName: '@fontsource/jetbrains-mono',
  prefix: 'jetbrains-mono',
  faces: [{weight: 400, style: 'normal'}],
  licence: 'jetbrains-mono-OFL.txt'
}

/** Subsets in order of preference: one is taken only for characters no earlier one covers (Fontsource's ranges overlap, e.g. U+0304). */
const subsetOrder = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const

const ranges = new Map<string, Record<string, string>>()

/**
 * The faces, licences and subsets `book` needs: Literata's Latin subset always, another subset
 * only when the book's text has a character only it covers ("Zażółć" brings `latin-ext`, Greek
 * brings `greek`), so an English book carries what it did before; JetBrains Mono only when the
 * book has code, with the subsets its code needs. The order is fixed, so the output is the same
 * on every machine.
 *
 * @param book - The transformed book.
 * @returns The fonts.
 */
export function bookFonts(book: Book): BookFonts {
  const text = bookText(book)
  const faces = facesOf(literata, text.all)
  const licences = [{fileName: literata.licence, path: require.resolve(`${literata.packageName}/LICENSE`)}]
  const mono = text.code.size > 0
  if (mono) {
    faces.push(...facesOf(jetBrainsMono, text.code))
    licences.push({fileName: jetBrainsMono.licence, path: require.resolve(`${jetBrainsMono.packageName}/LICENSE`)})
  }

  return {faces, licences, mono}
}

/** The faces of `bundle` for the subsets `codePoints` need. */
function facesOf(bundle: Bundle, codePoints: ReadonlySet<number>): BundledFace[] {
  const table = subsetRanges(bundle)
  const chosen: Array<{subset: string; range: UnicodeRange}> = []
  for (const subset of subsetOrder) {
    const value = table[subset]
    if (value === undefined) continue
    const range = parseUnicodeRange(value)
    const needed = subset === 'latin' || [...codePoints].some((point) => inRange(range, point) && !chosen.some((earlier) => inRange(earlier.range, point)))
    if (needed) chosen.push({subset, range})
  }

  return chosen.flatMap(({subset}) =>
    bundle.faces.map(({weight, style}) => {
      const fileName = `${bundle.prefix}-${subset}-${weight}-${style}.woff2`
      return {family: bundle.family, weight, style, subset, unicodeRange: table[subset] ?? '', fileName, path: require.resolve(`${bundle.packageName}/files/${fileName}`)}
    })
  )
}

/** Fontsource's `unicode.json`: subset name → `unicode-range`, read once per package. */
function subsetRanges(bundle: Bundle): Record<string, string> {
  let table = ranges.get(bundle.packageName)
  if (!table) {
    table = JSON.parse(readFileSync(require.resolve(`${bundle.packageName}/unicode.json`), 'utf8')) as Record<string, string>
    ranges.set(bundle.packageName, table)
  }

  return table
}
