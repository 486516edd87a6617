// Tells a block quotation that quotes someone from a `>` block used for something else (a note, a link, an image).
import type {Element, ElementContent, Parents} from 'hast'
import {toString} from 'hast-util-to-string'
import {visit, EXIT} from 'unist-util-visit'

/**
 * What a `blockquote` without a `— Source` paragraph is:
 * - `aside`: a note or tip set as a block quote, or only a link or an image: not a quotation;
 * - `sourced`: a quotation whose source is given another way (`<cite>`, `<footer>`, `cite="…"`,
 *   or a lead-in such as "As Ada Writer wrote:" just before it);
 * - `quotation`: text in quotation marks with no source;
 * - `unknown`: anything else, which may or may not quote someone.
 */
export type QuotationKind = 'aside' | 'sourced' | 'quotation' | 'unknown'

/** "Note:", "**Tip**", "__WARNING:__"… opening a block quote. */
const asideLabel = /^(?:note|notes|(?:pro )?tips?|hint|warning|caution|important|info|information|attention|danger|remember|reminder|aside)\b/i

/** A word of saying in a lead-in that introduces a quotation. */
const saying = /\b(?:wrote|writes|said|says|put it|puts it|according to|noted|observed|remarked|argued|argues|asked|asks|explained|explains)\b/i

/** Quotation marks a quotation can open with. */
const openingQuote = /^\s*["“„«‘'‚‹]/

/**
 * Classify a block quotation that has no source paragraph.
 *
 * @param node - The `blockquote`.
 * @param parent - Its parent, to read the paragraph before it.
 * @returns What the block is.
 */
export function quotationKind(node: Element, parent: Parents | undefined): QuotationKind {
  const blocks = elements(node.children)
  const first = blocks[0]
  if (!first) return 'aside'
  if (first.tagName === 'p' && opensWithLabel(first)) return 'aside'
  if (blocks.every((block) => block.tagName === 'p' && onlyLinksOrImages(block))) return 'aside'
  if (node.properties['cite'] !== undefined || hasSourceElement(node)) return 'sourced'
  if (leadIn(node, parent)) return 'sourced'
  return openingQuote.test(toString(node)) ? 'quotation' : 'unknown'
}

function elements(children: ElementContent[]): Element[] {
  return children.filter((child): child is Element => child.type === 'element')
}

/** A paragraph opening with `Note:`, or with a bold or italic `Note` / `Note:`. */
function opensWithLabel(paragraph: Element): boolean {
  const head = paragraph.children[0]
  if (head?.type === 'element' && ['strong', 'b', 'em', 'i'].includes(head.tagName)) {
    return asideLabel.test(toString(head).trim()) && toString(head).trim().length <= 20
  }

  const text = toString(paragraph).trimStart()
  const match = asideLabel.exec(text)
  return match !== null && /^\s*[:!—–-]/.test(text.slice(match[0].length))
}

/** A paragraph with nothing but links and images (and the white space and line breaks between them). */
function onlyLinksOrImages(paragraph: Element): boolean {
  let found = false
  for (const child of paragraph.children) {
    if (child.type === 'text' && child.value.trim() === '') continue
    if (child.type === 'element' && child.tagName === 'br') continue
    if (child.type === 'element' && (child.tagName === 'a' || child.tagName === 'img')) {
      found = true
      continue
    }

    return false
  }

  return found
}

/** A `<cite>` or `<footer>` written in the quotation's raw HTML. */
function hasSourceElement(node: Element): boolean {
  let found = false
  visit(node, 'element', (child: Element) => {
    if (child.tagName !== 'cite' && child.tagName !== 'footer') return
    found = true
    return EXIT
  })
  return found
}

/** The paragraph just before the quotation ends with a colon and names who is quoted ("As Ada Writer put it:"). */
function leadIn(node: Element, parent: Parents | undefined): boolean {
  if (!parent) return false
  const siblings = elements(parent.children as ElementContent[])
  const before = siblings[siblings.indexOf(node) - 1]
  if (before?.tagName !== 'p') return false
  const text = toString(before).trimEnd()
  return text.endsWith(':') && (saying.test(text) || elements(before.children).some((child) => child.tagName === 'a'))
}
