// Serialises xast trees as UTF-8 XML documents, with the five predefined entities instead of numeric references.
import type {Element, Root} from 'xast'
import {xmlText} from '../../util/xml-text.js'

/** The XML declaration every document of the container starts with (EPUB 3.3 §3.1: UTF-8). */
const declaration = {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"'} as const

/** Namespaces the package documents use. */
export const namespaces = {
  xhtml: 'http://www.w3.org/1999/xhtml',
  epub: 'http://www.idpf.org/2007/ops',
  opf: 'http://www.idpf.org/2007/opf',
  dc: 'http://purl.org/dc/elements/1.1/',
  ncx: 'http://www.daisy.org/z3986/2005/ncx/',
  container: 'urn:oasis:names:tc:opendocument:xmlns:container'
} as const

/**
 * Serialise `element` as a whole XML document.
 *
 * @param element - The root element.
 * @param doctype - Whether to write `<!DOCTYPE html>` (XHTML content documents, EPUB 3.3 §6.1.2).
 * @returns The document's text, ending in a newline.
 */
export function xmlDocument(element: Element, doctype = false): string {
  const root: Root = {type: 'root', children: [declaration, {type: 'text', value: '\n'}]}
  if (doctype) root.children.push({type: 'doctype', name: 'html'}, {type: 'text', value: '\n'})
  root.children.push(indent(element, ''))
  return `${xmlText(root, {closeEmptyElements: true})}\n`
}

/**
 * Put each child element on its own line, but only inside elements whose content is elements
 * alone: where there is text, whitespace would change what a reader sees, so it is left as it is.
 * The XHTML content of chapters arrives here as one `body` with mixed content and stays untouched
 * below that; package documents and navigation become readable.
 */
function indent(element: Element, depth: string): Element {
  const elementsOnly = element.children.every((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() === ''))
  if (!elementsOnly || element.children.length === 0 || element.name === 'body') return element
  const inner = `${depth}  `
  const children: Element['children'] = []
  for (const child of element.children) {
    if (child.type !== 'element') continue
    children.push({type: 'text', value: `\n${inner}`}, indent(child, inner))
  }

  children.push({type: 'text', value: `\n${depth}`})
  return {...element, children}
}
