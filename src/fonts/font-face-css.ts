// Writes the `@font-face` rules of a book's bundled fonts, for the print document and the EPUB alike.
import type {BundledFace} from './book-fonts.js'

/**
 * `@font-face` rules for `faces`, each limited to its subset's `unicode-range` (CSS Fonts 4 §4.5)
 * so the browser or reading system takes each character from the subset that has it.
 *
 * Subsets come latin last, as Fontsource orders them: a reading system that ignores
 * `unicode-range` uses the last matching rule, and Latin is the one every book needs.
 *
 * @param faces - From `bookFonts`.
 * @param url - The `src` URL of a face (a `data:` URL in print, a relative path in the EPUB).
 * @param display - `font-display`: `block` in print, where nothing may be drawn in a fallback font.
 * @returns CSS text, one rule per line.
 */
export function fontFaceCss(faces: readonly BundledFace[], url: (face: BundledFace) => string, display?: 'block'): string {
  const groups = new Map<string, BundledFace[]>()
  for (const face of faces) {
    const key = `${face.family}\0${face.subset}`
    groups.set(key, [...(groups.get(key) ?? []), face])
  }

  return [...groups.values()]
    .reverse()
    .flat()
    .map((face) =>
      [
        `@font-face { font-family: ${JSON.stringify(face.family)}; font-style: ${face.style}; font-weight: ${face.weight};`,
        display ? ` font-display: ${display};` : '',
        ` src: url("${url(face)}") format("woff2"); unicode-range: ${face.unicodeRange}; }`
      ].join('')
    )
    .join('\n')
}
