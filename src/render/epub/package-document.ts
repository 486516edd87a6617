// The package document (EPUB 3.3 §5): metadata, manifest and spine, written with xastscript.
import {x} from 'xastscript'
import type {Element} from 'xast'
import type {Book} from '../../book.js'
import {uniqueIdentifierId} from './package-metadata.js'
import {namespaces, xmlDocument} from './xml.js'

/** A publication resource (EPUB 3.3 §5.6.2). */
export interface ManifestItem {
  /** XML id. */
  id: string
  /** Path relative to the package document. */
  href: string
  /** Media type. */
  mediaType: string
  /** Manifest properties: `nav`, `cover-image`, `svg` (never `scripted`: nothing has script). */
  properties?: string[] | undefined
  /** Whether it is in the spine, and linear there. */
  spine?: 'linear' | 'auxiliary' | undefined
}

/**
 * Serialise the package document. Spine order is manifest order.
 *
 * @param book - The book (language, direction).
 * @param metadata - The `metadata` element.
 * @param items - Every resource of the container except `mimetype`, `META-INF` and the package itself.
 * @returns The package document's text.
 */
export function packageDocument(book: Book, metadata: Element, items: ManifestItem[]): string {
  const manifest = x(
    'manifest',
    items.map((item) =>
      x('item', {id: item.id, href: item.href, 'media-type': item.mediaType, properties: item.properties?.length ? item.properties.join(' ') : undefined})
    )
  )
  const spine = x(
    'spine',
    // `toc` names the NCX for EPUB 2 readers; `page-progression-direction` follows the text (EPUB 3.3 §5.7.1).
    {toc: items.find((item) => item.mediaType === 'application/x-dtbncx+xml')?.id, 'page-progression-direction': book.direction},
    items
      .filter((item) => item.spine !== undefined)
      .map((item) => x('itemref', {idref: item.id, linear: item.spine === 'auxiliary' ? 'no' : undefined}))
  )
  const pkg = x(
    'package',
    {
      xmlns: namespaces.opf,
      version: '3.0',
      'unique-identifier': uniqueIdentifierId,
      'xml:lang': book.config.language,
      dir: book.direction
    },
    [metadata, manifest, spine]
  )
  return xmlDocument(pkg)
}

/**
 * `META-INF/container.xml` (EPUB 3.3 §6.2.6.3.1), pointing at the package document.
 *
 * @param packagePath - The package document's path in the container.
 * @returns The text.
 */
export function containerDocument(packagePath: string): string {
  return xmlDocument(
    x('container', {xmlns: namespaces.container, version: '1.0'}, [
      x('rootfiles', [x('rootfile', {'full-path': packagePath, 'media-type': 'application/oebps-package+xml'})])
    ])
  )
}
