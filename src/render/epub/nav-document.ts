// The EPUB navigation document (EPUB 3.3 §7): contents, landmarks and, with a PDF, the page list; also the contents page.
import {x} from 'xastscript'
import type {Element} from 'xast'
import type {Book} from '../../book.js'
import {englishAttributes} from '../../util/generated-text.js'
import type {TocEntry} from './chapter-document.js'
import {relativeHref, relativeTarget} from './file-names.js'
import {tocTree, type TocNode} from './toc-tree.js'
import {namespaces, xmlDocument} from './xml.js'

/** A landmark (EPUB 3.3 §7.4.1.3): an `epub:type` and where it is. */
export interface Landmark {
  type: string
  label: string
  href: string
}

/** A page-list entry: the printed page and its marker. */
export interface PageLink {
  page: string
  href: string
}

/** What the navigation document lists; hrefs are relative to `OEBPS/`. */
export interface NavigationInput {
  toc: TocEntry[]
  landmarks: Landmark[]
  pages: PageLink[]
  /** The document's own path inside `OEBPS/`. */
  file: string
  /** The stylesheet's path inside `OEBPS/`. */
  stylesheet: string
}

/**
 * Build the navigation document. It is also the contents page of the spine, so the `toc` nav is
 * visible and the landmarks and page list are `hidden` (EPUB 3.3 §7.4.2: reading systems still use them).
 *
 * @param book - The book (language, direction).
 * @param input - What to list.
 * @returns The XHTML.
 */
export function navDocument(book: Book, input: NavigationInput): string {
  const {language} = book.config
  const english = englishAttributes(language)
  const href = (target: string): string => relativeTarget(input.file, target)
  const navs: Element[] = [
    x('nav', {'epub:type': 'toc', role: 'doc-toc', id: 'toc', 'aria-labelledby': 'toc-title'}, [
      x('h1', {id: 'toc-title', ...english}, 'Contents'),
      list(tocTree(input.toc), href, book)
    ]),
    x('nav', {'epub:type': 'landmarks', id: 'landmarks', 'aria-labelledby': 'landmarks-title', hidden: 'hidden'}, [
      x('h2', {id: 'landmarks-title', ...english}, 'Landmarks'),
      x('ol', input.landmarks.map((landmark) => x('li', [x('a', {'epub:type': landmark.type, href: href(landmark.href), ...english}, landmark.label)])))
    ])
  ]
  if (input.pages.length > 0) {
    // EPUB 3.3 §7.4.1.2: one link per page-break marker, in reading order.
    navs.push(
      x('nav', {'epub:type': 'page-list', role: 'doc-pagelist', id: 'page-list', 'aria-labelledby': 'page-list-title', hidden: 'hidden'}, [
        x('h2', {id: 'page-list-title', ...english}, 'Pages'),
        x('ol', input.pages.map((page) => x('li', [x('a', {href: href(page.href)}, page.page)])))
      ])
    )
  }

  const html = x('html', {xmlns: namespaces.xhtml, 'xmlns:epub': namespaces.epub, lang: language, 'xml:lang': language, dir: book.direction}, [
    x('head', [
      x('meta', {charset: 'UTF-8'}),
      x('title', english, 'Contents'),
      x('link', {rel: 'stylesheet', type: 'text/css', href: relativeHref(input.file, input.stylesheet)})
    ]),
    x('body', {'epub:type': 'frontmatter'}, navs)
  ])
  return xmlDocument(html, true)
}

function list(nodes: TocNode[], href: (target: string) => string, book: Book): Element {
  return x(
    'ol',
    nodes.map((node) =>
      x('li', [
        // A part without a page is a heading over its chapters, not a link (EPUB 3.3 §7.3.4: a `span` needs the list after it).
        node.entry.part ? x('span', entryText(node.entry, book)) : x('a', {href: href(node.entry.href)}, entryText(node.entry, book)),
        node.children.length > 0 ? list(node.children, href, book) : undefined
      ])
    )
  )
}

/**
 * A contents entry with its languages marked, so a screen reader reads "Chapter 1" and "Credits"
 * in English inside an Arabic or Japanese book (WCAG 3.1.2), as the chapter documents do; the
 * title after the label stays in the book's language.
 */
function entryText(entry: TocEntry, book: Book): Array<Element | string> {
  const english = englishAttributes(book.config.language)
  // In a right-to-left book the English label is also isolated left-to-right, or "Chapter 1:" would be reordered around the title (HTML §dir).
  if (Object.keys(english).length > 0 && book.direction === 'rtl') english['dir'] = 'ltr'
  const label = entry.label !== undefined && entry.text.startsWith(entry.label) ? entry.label : ''
  const rest = entry.text.slice(label.length)
  const parts: Array<Element | string> = []
  if (label) parts.push(Object.keys(english).length > 0 ? x('span', english, label) : label)
  parts.push(entry.lang === undefined ? rest : x('span', {lang: entry.lang, 'xml:lang': entry.lang}, rest))
  return parts
}
