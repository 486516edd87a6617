// Points links and images of a chapter at the files they live in inside the EPUB.
import type {Element, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'
import type {Book, Chapter} from '../../book.js'
import {relativeHref} from './file-names.js'
import {safeDecode} from '../../util/safe-decode.js'

/** Where things are inside `OEBPS/`. */
export interface Placement {
  /** The XHTML file of each chapter. */
  chapterFile: (chapter: Chapter) => string
  /** The container path of an asset by its `href`, when it is in the book. */
  assetFile: (href: string) => string | undefined
}

/**
 * Rewrite `#id` links (the transform's book-wide form) to `file.xhtml#id` via `book.idToChapter`,
 * and each `img` `src` (the asset's path in the manuscript) to its path relative to this document.
 * An image whose file is not in the book (its rule switched off) becomes its alt text, so the
 * package never references a missing resource (EPUBCheck RSC-007).
 *
 * @param root - A copy of the chapter's tree.
 * @param book - The book (id map).
 * @param file - This document's path inside `OEBPS/`.
 * @param placement - Where chapters and assets went.
 */
export function rewriteHrefs(root: Root, book: Book, file: string, placement: Placement): void {
  visit(root, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'a' && typeof node.properties['href'] === 'string' && node.properties['href'].startsWith('#')) {
      const id = node.properties['href'].slice(1)
      const target = book.idToChapter.get(safeDecode(id))
      const targetFile = target ? placement.chapterFile(target) : file
      node.properties['href'] = targetFile === file ? `#${id}` : `${relativeHref(file, targetFile)}#${id}`
      return
    }

    if (node.tagName !== 'img' || !parent || index === undefined) return
    const src = String(node.properties['src'] ?? '')
    const asset = placement.assetFile(src)
    if (asset) {
      node.properties['src'] = relativeHref(file, asset)
      return
    }

    const alt = String(node.properties['alt'] ?? '')
    parent.children[index] = {type: 'element', tagName: 'span', properties: {className: ['missing-image']}, children: [{type: 'text', value: alt}]}
  })
}

/**
 * The text of a heading for the contents, without its note references.
 *
 * @param node - A heading.
 * @returns Its text, whitespace collapsed.
 */
export function headingText(node: Element): string {
  const copy = structuredClone(node)
  visit(copy, 'element', (child: Element, index, parent) => {
    if (!parent || index === undefined) return
    if (child.tagName === 'sup' || child.properties['epub:type'] === 'pagebreak') {
      parent.children.splice(index, 1)
      return index
    }

    return undefined
  })
  return toString(copy).replace(/\s+/g, ' ').trim()
}
