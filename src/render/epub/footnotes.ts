// Turns GFM's footnote markup into EPUB 3 pop-up notes: `noteref` links and one `footnote` aside per note.
import type {Element, ElementContent, Root} from 'hast'
import {visit} from 'unist-util-visit'
import {englishProperties} from '../../util/generated-text.js'

/**
 * Rewrite the notes of one chapter's tree in place.
 *
 * remark-rehype writes `sup > a[data-footnote-ref]` and, at the end, `section[data-footnotes] > h2 + ol > li`.
 * EPUB 3.3 §D (EPUB SSV `noteref`, `footnote`) and DPUB-ARIA (`doc-noteref`, `doc-footnote`,
 * `doc-backlink`) describe notes a reading system can show as pop-ups: each `li` becomes an
 * `aside` with the same id, so the links keep working, and its back links get `doc-backlink`.
 * The hidden "Footnotes" heading goes: the asides are not a section a reader navigates to.
 *
 * The back link's label ("Back to reference 1") is English, so in other books it says so.
 *
 * @param root - A copy of the chapter's hast.
 * @param language - The book's language.
 * @returns How many notes the chapter has.
 */
export function popUpNotes(root: Root, language: string): number {
  let count = 0
  visit(root, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'a' && node.properties['dataFootnoteRef'] !== undefined) {
      delete node.properties['dataFootnoteRef']
      // It pointed at the "Footnotes" heading, which is removed.
      delete node.properties['ariaDescribedBy']
      node.properties['epub:type'] = 'noteref'
      node.properties['role'] = 'doc-noteref'
      return
    }

    if (node.tagName !== 'section' || node.properties['dataFootnotes'] === undefined || !parent || index === undefined) return
    const asides = noteItems(node).map((item) => toAside(item, language))
    count += asides.length
    parent.children.splice(index, 1, ...asides)
    return index + asides.length
  })
  return count
}

/** The `li`s of the notes section's list. */
function noteItems(section: Element): Element[] {
  const list = section.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol')
  return (list?.children ?? []).filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
}

function toAside(item: Element, language: string): Element {
  const children: ElementContent[] = item.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  for (const child of children) {
    visit(child, 'element', (node: Element) => {
      if (node.tagName !== 'a' || node.properties['dataFootnoteBackref'] === undefined) return
      delete node.properties['dataFootnoteBackref']
      node.properties['role'] = 'doc-backlink'
      Object.assign(node.properties, englishProperties(language))
    })
  }

  return {
    type: 'element',
    tagName: 'aside',
    properties: {id: item.properties['id'], 'epub:type': 'footnote', role: 'doc-footnote', className: ['footnote']},
    children
  }
}
