// The class names of a hast element, however its `className` property was written.
import type {Element} from 'hast'

/**
 * The element's classes. hast keeps `className` as a list; a string (a tree built by hand) is
 * split on white space.
 *
 * @param node - The element.
 * @returns Its class names, empty when it has none.
 */
export function classNames(node: Element): string[] {
  const value: unknown = node.properties['className']
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : []
}
