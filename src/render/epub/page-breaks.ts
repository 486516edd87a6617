// Puts page-break markers where the PDF's pages begin, for the EPUB's page list (EPUB 3.3 §7.4.1.2 page-list).
import type {Element, Root} from 'hast'
import type {PageMap} from '../../print/print-pdf.js'

/** A page-break marker placed in a chapter. */
export interface PageTarget {
  /** The printed page label (`iv`, `12`). */
  page: string
  /** The marker's id. */
  id: string
}

/**
 * Insert `hr[epub:type=pagebreak][role=doc-pagebreak]` markers into a copy of a chapter's tree,
 * each before the top-level element the PDF starts its page with (see {@link PageMap}).
 * The marker carries its label in `aria-label` (DPUB-ARIA 1.1 `doc-pagebreak`, whose own example
 * is an `hr`; EPUB Accessibility Techniques 1.1 §"Page markers"): readers announce it, and the
 * stylesheet hides the rule, so it adds nothing visible. An empty `span` with `aria-label` is what
 * many books use, but axe-core 4.14 reports it (`aria-prohibited-attr`: it treats the span as
 * generic); the markers only ever stand between blocks, where an `hr` is at home.
 *
 * @param root - The copy, before any other change, so the block indexes still hold.
 * @param entries - The page map's entries for this chapter, in page order.
 * @param taken - Marker ids already used in the book, shared across chapters.
 * @returns The markers placed, in order.
 */
export function insertPageBreaks(root: Root, entries: PageMap, taken: Set<string>): PageTarget[] {
  const blocks = root.children.filter((child): child is Element => child.type === 'element')
  const targets: PageTarget[] = []
  for (const entry of entries) {
    const id = uniqueId(`page-${entry.page}`, taken)
    const marker: Element = {
      type: 'element',
      tagName: 'hr',
      properties: {id, className: ['pagebreak'], 'epub:type': 'pagebreak', role: 'doc-pagebreak', ariaLabel: entry.page},
      children: []
    }
    const block = blocks[entry.block]
    const index = block ? root.children.indexOf(block) : -1
    // A block past the end (the PDF counted one the EPUB lacks) still gets its page, at the end.
    if (index === -1) root.children.push(marker)
    else root.children.splice(index, 0, marker)
    targets.push({page: entry.page, id})
  }

  return targets
}

function uniqueId(base: string, taken: Set<string>): string {
  const clean = base.replace(/[^\w-]+/g, '-')
  let id = clean
  for (let count = 2; taken.has(id); count++) id = `${clean}-${count}`
  taken.add(id)
  return id
}
