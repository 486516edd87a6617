// The bundled fallback fonts (Noto, DejaVu Sans), in the order they are tried for a character the book's own fonts lack.
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/** One file of a fallback font: a Fontsource subset, whose `cmap` decides what it is used for. */
export interface FallbackFile {
  /** The font's name (`Noto Sans Symbols 2`). */
  font: string
  /** Fontsource subset name (`symbols`, `devanagari`). */
  subset: string
  /** File name (`noto-sans-symbols-2-symbols-400-normal.woff2`). */
  fileName: string
  /** Absolute path of the woff2 file in `node_modules`. */
  path: string
  /** Whether the font draws emoji in colour: tried first for characters shown as emoji by default. */
  emoji: boolean
  /** Whether joiners and variation selectors go with its characters (scripts and emoji that form sequences; not symbols). */
  joiners: boolean
  /** The only characters it is asked about, when it is a font for one script (its punctuation is not ours to take). */
  only?: RegExp | undefined
}

/** A fallback font from a Fontsource package, and the subset files of it worth trying. */
interface Fallback {
  font: string
  packageName: string
  /** File name prefix (`noto-sans-symbols-2`). */
  prefix: string
  subsets: readonly string[]
  emoji?: boolean
  /** Whether its script or emoji use U+200C/U+200D joiners or variation selectors inside a sequence. */
  joiners?: boolean
  /** A Unicode script (`Arabic`): the font is used only for characters of that script (`Script_Extensions`). */
  script?: string
}

/**
 * The fallbacks, tried in this order. Noto Sans first: the scripts it adds to Literata's (Devanagari,
 * the rarer Latin, Greek and Cyrillic letters, IPA) are letters, and it is the plainest match. Then
 * one font per script (Arabic, Hebrew, Thai), each asked only about its script's characters (Noto
 * Sans Arabic also has U+2010 HYPHEN, which Literata lacks, and a hyphen in Latin text should not
 * come from it); the mathematical symbols; the other symbols; DejaVu Sans (Bitstream Vera licence
 * and public domain) for the general punctuation no Noto subset of Fontsource has (‰ U+2030, ‽
 * U+203D, ⁂ U+2042 and 34 others of U+2000–206F); and the colour emoji last (first for a character
 * that is an emoji by default, such as U+1F600, or that the book writes with the emoji variation
 * selector U+FE0F).
 *
 * Of Noto Color Emoji only Fontsource's `emoji` file: its numbered subsets carry their colour
 * glyphs as OpenType SVG, which Chrome does not draw (their glyphs print blank), while the `emoji`
 * file has COLR glyphs, which Chrome prints as vector art. Noto Sans Math has one file, named
 * `latin` by Fontsource whatever it holds (3,033 characters): the `cmap` decides, not the name.
 * CJK is left out on purpose (see docs/pdf.md): a Noto CJK family is tens of megabytes per weight.
 */
const fallbacks: readonly Fallback[] = [
  {font: 'Noto Sans', packageName: '@fontsource/noto-sans', prefix: 'noto-sans', subsets: ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese', 'devanagari'], joiners: true},
  {font: 'Noto Sans Arabic', packageName: '@fontsource/noto-sans-arabic', prefix: 'noto-sans-arabic', subsets: ['arabic'], script: 'Arabic', joiners: true},
  {font: 'Noto Sans Hebrew', packageName: '@fontsource/noto-sans-hebrew', prefix: 'noto-sans-hebrew', subsets: ['hebrew'], script: 'Hebrew', joiners: true},
  {font: 'Noto Sans Thai', packageName: '@fontsource/noto-sans-thai', prefix: 'noto-sans-thai', subsets: ['thai'], script: 'Thai', joiners: true},
  {font: 'Noto Sans Math', packageName: '@fontsource/noto-sans-math', prefix: 'noto-sans-math', subsets: ['latin']},
  {font: 'Noto Sans Symbols 2', packageName: '@fontsource/noto-sans-symbols-2', prefix: 'noto-sans-symbols-2', subsets: ['symbols', 'math', 'braille', 'mayan-numerals']},
  {font: 'Noto Sans Symbols', packageName: '@fontsource/noto-sans-symbols', prefix: 'noto-sans-symbols', subsets: ['symbols']},
  {font: 'DejaVu Sans', packageName: '@fontsource/dejavu-sans', prefix: 'dejavu-sans', subsets: ['latin']},
  {font: 'Noto Color Emoji', packageName: '@fontsource/noto-color-emoji', prefix: 'noto-color-emoji', subsets: ['emoji'], emoji: true, joiners: true}
]

let files: FallbackFile[] | undefined

/**
 * Every fallback file, in the order they are tried.
 *
 * @returns The files, resolved in `node_modules` once per process.
 */
export function fallbackFiles(): readonly FallbackFile[] {
  files ??= fallbacks.flatMap(({font, packageName, prefix, subsets, emoji = false, joiners = false, script}) => {
    const only = script === undefined ? undefined : new RegExp(`^\\p{Script_Extensions=${script}}$`, 'u')
    return subsets.map((subset) => {
      const fileName = `${prefix}-${subset}-400-normal.woff2`
      return {font, subset, fileName, path: require.resolve(`${packageName}/files/${fileName}`), emoji, joiners, only}
    })
  })
  return files
}
