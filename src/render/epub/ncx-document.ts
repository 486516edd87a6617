// The NCX (EPUB 2 navigation), kept for older reading systems (EPUB 3.3 §5.4.1.5 allows it as a legacy feature).
import {x} from 'xastscript'
import type {Element} from 'xast'
import type {Book} from '../../book.js'
import {englishAttributes} from '../../util/generated-text.js'
import type {TocEntry} from './chapter-document.js'
import type {PageLink} from './nav-document.js'
import {tocTree, type TocNode} from './toc-tree.js'
import {namespaces, xmlDocument} from './xml.js'

/**
 * Build `toc.ncx` beside the package document (all hrefs are relative to `OEBPS/`).
 *
 * `dtb:uid` must equal the package's unique identifier (EPUBCheck NCX-001). `playOrder` follows
 * reading order across the nav map and the page list together, as NCX 2005-1 §8.4.2 requires;
 * both lists arrive already in reading order, merged by `order`.
 *
 * @param book - The book.
 * @param toc - Headings, each with its reading-order position.
 * @param pages - Page-break markers, each with its reading-order position.
 * @returns The NCX text.
 */
export function ncxDocument(book: Book, toc: Array<TocEntry & {order: number}>, pages: Array<PageLink & {order: number}>): string {
  const {config} = book
  const playOrder = new Map<string, number>()
  for (const item of [...toc, ...pages].sort((a, b) => a.order - b.order)) {
    if (!playOrder.has(item.href)) playOrder.set(item.href, playOrder.size + 1)
  }

  const depth = Math.max(1, ...toc.map((entry) => entry.level))
  let navPoints = 0
  const navPoint = (node: TocNode): Element =>
    x('navPoint', {id: `nav-${++navPoints}`, playOrder: String(playOrder.get(node.entry.href))}, [
      x('navLabel', [x('text', node.entry.text)]),
      x('content', {src: node.entry.href}),
      ...node.children.map(navPoint)
    ])

  const children: Element[] = [
    x('head', [
      x('meta', {name: 'dtb:uid', content: config.identifier}),
      x('meta', {name: 'dtb:depth', content: String(depth)}),
      x('meta', {name: 'dtb:totalPageCount', content: String(pages.length)}),
      x('meta', {name: 'dtb:maxPageNumber', content: String(maxPage(pages))})
    ]),
    x('docTitle', [x('text', config.title)]),
    ...config.authors.map((person) => x('docAuthor', [x('text', person.name)])),
    x('navMap', tocTree(toc).map(navPoint))
  ]
  if (pages.length > 0) {
    const english = englishAttributes(config.language)
    children.push(
      x('pageList', [
        x('navLabel', english, [x('text', 'Pages')]),
        ...pages.map((page, index) =>
          x('pageTarget', {id: `page-target-${index + 1}`, type: /^\d+$/.test(page.page) ? 'normal' : 'front', value: /^\d+$/.test(page.page) ? page.page : undefined, playOrder: String(playOrder.get(page.href))}, [
            x('navLabel', [x('text', page.page)]),
            x('content', {src: page.href})
          ])
        )
      ])
    )
  }

  return xmlDocument(x('ncx', {xmlns: namespaces.ncx, version: '2005-1', 'xml:lang': config.language}, children))
}

/** The highest arabic page number, 0 when there is none (NCX 2005-1 §8.4.1.1). */
function maxPage(pages: PageLink[]): number {
  return Math.max(0, ...pages.map((page) => (/^\d+$/.test(page.page) ? Number(page.page) : 0)))
}
