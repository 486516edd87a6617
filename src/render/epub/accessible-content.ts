// Makes a chapter's markup valid XHTML5 and accessible: header scopes, no obsolete `align`, alt on every image, labelled checkboxes.
import type {Element, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {visitParents} from 'unist-util-visit-parents'
import {classNames} from '../../util/class-names.js'

/** What the accessibility metadata needs to know about a chapter's images. */
export interface ImageFacts {
  /** Images that carry information (not marked decorative). */
  informative: number
  /** Informative images whose `alt` is empty or missing. */
  withoutAlt: number
}

/**
 * Fix up a copy of a chapter's tree in place.
 *
 * - `th` gets `scope` (`col` in the header row, `row` elsewhere) so each data cell's headers are
 *   explicit (WCAG 1.3.1, technique H63).
 * - GFM's `align` on cells is obsolete in HTML5 (EPUBCheck reports it); it becomes a class the
 *   stylesheet aligns.
 * - Every `img` has `alt`: decorative images (title `decorative`) get `alt=""` (WCAG H67).
 * - A task-list checkbox is named by its item's text, so it is not an unlabelled control (WCAG 4.1.2).
 *
 * @param root - A copy of the chapter's tree.
 * @returns The chapter's image facts.
 */
export function accessibleContent(root: Root): ImageFacts {
  const facts: ImageFacts = {informative: 0, withoutAlt: 0}
  visitParents(root, 'element', (node: Element, ancestors) => {
    const parent = ancestors.at(-1)
    if (node.tagName === 'th' || node.tagName === 'td') {
      const align = node.properties['align']
      if (typeof align === 'string' && /^(left|right|center)$/.test(align)) {
        node.properties['className'] = [...classNames(node), `align-${align}`]
      }

      delete node.properties['align']
      if (node.tagName === 'th' && node.properties['scope'] === undefined) {
        node.properties['scope'] = ancestors.some((ancestor) => ancestor.type === 'element' && ancestor.tagName === 'thead') ? 'col' : 'row'
      }
    } else if (node.tagName === 'img') {
      if (node.properties['title'] === 'decorative') {
        delete node.properties['title']
        node.properties['alt'] = ''
        return
      }

      facts.informative++
      if (typeof node.properties['alt'] !== 'string' || node.properties['alt'].trim() === '') {
        facts.withoutAlt++
        node.properties['alt'] = ''
      }
    } else if (node.tagName === 'input' && node.properties['type'] === 'checkbox' && parent?.type === 'element') {
      const item = [...ancestors].reverse().find((ancestor): ancestor is Element => ancestor.type === 'element' && ancestor.tagName === 'li')
      const label = item ? toString(item).replace(/\s+/g, ' ').trim() : ''
      if (label) node.properties['ariaLabel'] = label
    }
  })
  return facts
}

