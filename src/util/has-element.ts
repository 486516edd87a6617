// Whether a hast tree holds an element that passes a test, stopping at the first.
import type {Element, Root} from 'hast'
import {EXIT, visit} from 'unist-util-visit'

/**
 * Whether `tree` (itself included) has an element for which `test` holds.
 *
 * A walk rather than hast-util-select, because ids made from headings can hold characters a
 * CSS selector would need escaped.
 *
 * @param tree - A hast root or element.
 * @param test - Decides for one element.
 * @returns `true` at the first element that passes.
 */
export function hasElement(tree: Root | Element, test: (node: Element) => boolean): boolean {
  let found = false
  visit(tree, 'element', (node: Element) => {
    if (!test(node)) return undefined
    found = true
    return EXIT
  })
  return found
}
