// Test helper: parses the package document back with a real XML parser, to assert what a reading system would read.
import {fromXml} from 'xast-util-from-xml'
import type {Element, Root} from 'xast'

/** A parsed package document with lookups. */
export interface PackageReader {
  /** The `package` element. */
  root: Element
  /** Text of every `dc:<name>` element. */
  dc(name: string): string[]
  /** Values of every `meta` with `property` and no `refines`. */
  meta(property: string): string[]
  /** Values of every `meta` refining `#id` with `property`. */
  refines(id: string, property: string): string[]
  /** The `dc:<name>` elements themselves. */
  dcElements(name: string): Element[]
  /** Manifest items' attributes. */
  items(): Array<Record<string, string>>
  /** Spine `idref`s in order. */
  spine(): string[]
}

/**
 * Parse an OPF.
 *
 * @param xml - The package document.
 * @returns Lookups over it.
 */
export function readPackage(xml: string): PackageReader {
  const tree: Root = fromXml(xml)
  const root = childElements(tree).find((node) => node.name === 'package')
  if (!root) throw new Error('No package element')
  const part = (name: string): Element[] => childElements(childElements(root).find((node) => node.name === name) ?? root)
  const metadata = part('metadata')
  const attributes = (node: Element): Record<string, string> =>
    Object.fromEntries(Object.entries(node.attributes).map(([key, value]) => [key, String(value ?? '')]))
  return {
    root,
    dc: (name) => metadata.filter((node) => node.name === `dc:${name}`).map(text),
    dcElements: (name) => metadata.filter((node) => node.name === `dc:${name}`),
    meta: (property) => metadata.filter((node) => node.name === 'meta' && node.attributes['property'] === property && !node.attributes['refines']).map(text),
    refines: (id, property) =>
      metadata.filter((node) => node.name === 'meta' && node.attributes['refines'] === `#${id}` && node.attributes['property'] === property).map(text),
    items: () => part('manifest').map(attributes),
    spine: () => part('spine').map((node) => String(node.attributes['idref']))
  }
}

/**
 * The element children of a node.
 *
 * @param node - A root or element.
 * @returns Its elements.
 */
export function childElements(node: Root | Element): Element[] {
  const children: ReadonlyArray<Root['children'][number]> = node.children
  return children.filter((child): child is Element => child.type === 'element')
}

/**
 * The text content of an element.
 *
 * @param node - An element.
 * @returns Its text.
 */
export function text(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('')
}
