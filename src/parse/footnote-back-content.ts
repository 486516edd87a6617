// The footnote back link's visible text: an arrow the book's font (Literata) has, so no system font is drawn.
import type {ElementContent} from 'hast'

/**
 * Content of a footnote's back link, for remark-rehype's `footnoteBackContent`.
 *
 * remark-rehype's default, "↩" (U+21A9), is not in Literata, so Chrome drew it in a system font
 * and the PDF embedded DejaVu beside the book's font. "↑" (U+2191) is in Literata's Latin subset
 * and reads as "back up to the text". The link keeps remark-rehype's `aria-label`
 * ("Back to reference 1"), so screen readers never announce the arrow itself.
 *
 * @param _referenceIndex - Index of the footnote (unused: the arrow is the same for every note).
 * @param rereferenceIndex - 1 for the first reference to the note, 2 and up for later ones.
 * @returns The arrow, with the reference's number in `sup` for a note referred to more than once.
 */
export function footnoteBackContent(_referenceIndex: number, rereferenceIndex: number): ElementContent[] {
  const arrow: ElementContent = {type: 'text', value: '\u2191'}
  if (rereferenceIndex <= 1) return [arrow]
  return [arrow, {type: 'element', tagName: 'sup', properties: {}, children: [{type: 'text', value: String(rereferenceIndex)}]}]
}
