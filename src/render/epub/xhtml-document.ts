// Wraps hast content in an XHTML content document (EPUB 3.3 §6.1) and serialises it as XML via xast.
import type {Element, ElementContent} from 'hast'
import {toXast} from 'hast-util-to-xast'
import {h} from 'hastscript'
import type {Element as XastElement} from 'xast'
import {namespaces, xmlDocument} from './xml.js'

/** What every content document states about itself. */
export interface DocumentInfo {
  /** Text of `<title>`. */
  title: string
  /** BCP 47 language of the book, for `lang` and `xml:lang` (EPUB 3.3 §6.1.4, WCAG 3.1.1). */
  language: string
  /** Base direction of the text. */
  direction: 'ltr' | 'rtl'
  /** Href of the stylesheet relative to the document. */
  stylesheet: string
  /** `epub:type` of the `body`, such as `bodymatter`. */
  bodyType?: string | undefined
}

/**
 * Build an XHTML content document around `content`.
 *
 * Serialised through xast rather than as HTML: boolean attributes become `hidden=""`, empty
 * elements close as `<br />`, and the markup is well-formed XML as EPUB 3.3 §6.1.2 requires.
 *
 * @param content - The body's content.
 * @param info - Title, language, direction, stylesheet.
 * @returns The document's text.
 */
export function xhtmlDocument(content: ElementContent[], info: DocumentInfo): string {
  const head = h('head', [
    h('meta', {charSet: 'UTF-8'}),
    h('title', info.title),
    h('link', {rel: 'stylesheet', type: 'text/css', href: info.stylesheet})
  ])
  const body = h('body', info.bodyType ? {'epub:type': info.bodyType} : {}, content)
  return xhtmlElementDocument(htmlElement([head, body], info))
}

/**
 * The `html` element with the namespaces, language and direction every document carries.
 *
 * @param children - `head` and `body`.
 * @param info - Language and direction.
 * @returns The element.
 */
export function htmlElement(children: Element[], info: Pick<DocumentInfo, 'language' | 'direction'>): Element {
  return h('html', {'xmlns:epub': namespaces.epub, lang: info.language, xmlLang: info.language, dir: info.direction}, children)
}

/**
 * Serialise an `html` element as an XHTML document.
 *
 * @param html - The root element.
 * @returns The document's text.
 */
export function xhtmlElementDocument(html: Element): string {
  return xmlDocument(toXast(html) as XastElement, true)
}
