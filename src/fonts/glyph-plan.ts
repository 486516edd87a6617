// Which font draws each character of a book: its own fonts first, then the bundled fallbacks; what none draws is missing.
import path from 'node:path'
import type {Book} from '../book.js'
import {manuscriptCacheDir} from '../cache/cache-folder.js'
import {bookFonts, type BundledFace} from './book-fonts.js'
import {bookText} from './book-text.js'
import {fallbackFiles, type FallbackFile} from './fallback-fonts.js'
import {fontCoverage, runs} from './font-coverage.js'
import {inRange, parseUnicodeRange} from './unicode-range.js'

/** The CSS family of the fallback faces; the print stylesheet lists it after Literata and JetBrains Mono. */
export const fallbackFamily = 'Colophon Fallback'

/** What the glyph plan decided for a book. */
export interface GlyphPlan {
  /** The fallback faces the book needs, each limited to exactly the characters it draws. */
  faces: BundledFace[]
  /** Code points of the text outside code that no embedded font draws. */
  missing: ReadonlySet<number>
  /** Code points inside code that no embedded font draws. */
  missingInCode: ReadonlySet<number>
}

/**
 * Characters that need no glyph of their own: controls, spaces (HarfBuzz makes any Unicode space
 * from the font's space when it has no glyph for it) and default-ignorable characters such as
 * U+200D ZERO WIDTH JOINER and the variation selectors, which print as nothing. Surrogates, U+FFFE and
 * U+FFFF are here too: XML forbids them, so `config/forbidden-character` reports them and they never print.
 */
const needsNoGlyph = /^[\p{Cc}\p{Zs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}\uFFFE\uFFFF]$/u

/** Characters shown as emoji unless asked otherwise (Unicode TR51 `Emoji_Presentation`). */
const emojiByDefault = /^\p{Emoji_Presentation}$/u

/** Characters an emoji font may have: emoji and the parts of emoji sequences (keycap, tags, skin tones). */
const emojiLike = /^[\p{Emoji}\p{Emoji_Component}]$/u

const memo = new WeakMap<Book, GlyphPlan>()

/**
 * Plan the glyphs of `book`. A character of the text is drawn by Literata when one of the book's
 * Literata subsets has it in its range and in its `cmap`; a character of code by JetBrains Mono,
 * then Literata, as the print stylesheet's `font-family` lists them. Any other character goes to
 * the first fallback (`fallbackFiles`) whose `cmap` has it, the colour emoji first for characters
 * that are emoji by default or that the book follows with U+FE0F. Each fallback face then gets a
 * `unicode-range` of exactly its characters (and, for the emoji and the script fonts, of the
 * joiners and selectors the book uses that it has, so that emoji and Devanagari sequences stay one
 * glyph), so Chrome's choice is the plan's, not the machine's. Computed once per book.
 *
 * @param book - The transformed book.
 * @param cacheDir - The cache folder, for the fonts' coverage on disk; `undefined` for none.
 * @returns The plan.
 */
export function glyphPlan(book: Book, cacheDir?: string): GlyphPlan {
  const known = memo.get(book)
  if (known) return known
  const fontsCache = cacheDir === undefined ? undefined : path.join(manuscriptCacheDir(cacheDir, book.root), 'fonts')
  const text = bookText(book)
  const own = bookFonts(book).faces.filter((face) => face.weight === 400 && face.style === 'normal')
  const drawnBy = (family: string) => {
    const faces = own.filter((face) => face.family === family).map((face) => ({range: parseUnicodeRange(face.unicodeRange), points: fontCoverage(face.path, fontsCache)}))
    return (point: number) => faces.some((face) => inRange(face.range, point) && face.points.has(point))
  }

  const literata = drawnBy('Literata')
  const mono = drawnBy('JetBrains Mono')
  const wanted = new Set<number>()
  for (const point of text.all) {
    if (needsNoGlyph.test(String.fromCodePoint(point))) continue
    if ((text.prose.has(point) && !literata(point)) || (text.code.has(point) && !mono(point) && !literata(point))) wanted.add(point)
  }

  const assigned = new Map<FallbackFile, number[]>()
  const missing = new Set<number>()
  const missingInCode = new Set<number>()
  const files = fallbackFiles()
  const emojiFirst = [...files.filter((file) => file.emoji), ...files.filter((file) => !file.emoji)]
  for (const point of [...wanted].sort((a, b) => a - b)) {
    const char = String.fromCodePoint(point)
    const order = text.emoji.has(point) || emojiByDefault.test(char) ? emojiFirst : files
    // Asking the emoji font only about emoji spares decoding its 5.8 MB for a book of Japanese, say.
    const file = order.find(
      (candidate) => (!candidate.emoji || emojiLike.test(char)) && (!candidate.only || candidate.only.test(char)) && fontCoverage(candidate.path, fontsCache).has(point)
    )
    if (file) {
      const points = assigned.get(file) ?? []
      points.push(point)
      assigned.set(file, points)
      continue
    }

    if (text.prose.has(point) && !literata(point)) missing.add(point)
    if (text.code.has(point) && !mono(point) && !literata(point)) missingInCode.add(point)
  }

  const ignorable = [...text.all].filter((point) => needsNoGlyph.test(String.fromCodePoint(point)) && point > 0x7f)
  const faces = files
    .filter((file) => assigned.has(file))
    .map((file): BundledFace => {
      const points = fontCoverage(file.path, fontsCache)
      const range = runs([...(assigned.get(file) ?? []), ...(file.joiners ? ignorable.filter((point) => points.has(point)) : [])])
      return {
        family: fallbackFamily,
        weight: 400,
        style: 'normal',
        subset: file.fileName,
        unicodeRange: range.map(([first, last]) => (first === last ? hex(first) : `${hex(first)}-${hex(last).slice(2)}`)).join(','),
        fileName: file.fileName,
        path: file.path
      }
    })

  const plan = {faces, missing, missingInCode}
  memo.set(book, plan)
  return plan
}

/** `U+` and the code point in hex, as CSS writes it. */
function hex(point: number): string {
  return `U+${point.toString(16).toUpperCase().padStart(4, '0')}`
}
