// The package document's `metadata` (EPUB 3.3 §5.5): identifiers, titles, people with roles, dates, rights, series, accessibility.
import {x} from 'xastscript'
import type {Element} from 'xast'
import type {Book} from '../../book.js'
import {licenseUrl} from '../../check/spdx.js'
import type {Person} from '../../config/schema.js'
import {accessibilityMetadata, type ContentFacts} from './accessibility-metadata.js'


/** What the metadata needs besides the book. */
export interface MetadataInput {
  /** Build time in seconds since the epoch (`SOURCE_DATE_EPOCH` or the book's date; never the clock). */
  epoch: number
  /** What the content holds, for the accessibility metadata. */
  facts: ContentFacts
  /** Manifest id of the cover image, if any (EPUB 2 `<meta name="cover">` for older readers). */
  coverId?: string | undefined
}

/** Id of the `dc:identifier` the package's `unique-identifier` names. */
export const uniqueIdentifierId = 'pub-id'

/**
 * Build the `metadata` element.
 *
 * @param book - The book.
 * @param input - Epoch, content facts, cover.
 * @returns The element.
 */
export function packageMetadata(book: Book, input: MetadataInput): Element {
  const {config} = book
  const children: Element[] = [x('dc:identifier', {id: uniqueIdentifierId}, config.identifier)]
  if (config.isbn) {
    // ONIX code list 5, value 15: ISBN-13 (EPUB 3.3 §D.3.6 identifier-type).
    children.push(x('dc:identifier', {id: 'isbn'}, `urn:isbn:${config.isbn.replace(/[-\s]/g, '')}`))
    children.push(x('meta', {refines: '#isbn', property: 'identifier-type', scheme: 'onix:codelist5'}, '15'))
  }

  children.push(x('dc:title', {id: 'title'}, config.title), x('meta', {refines: '#title', property: 'title-type'}, 'main'))
  if (config.subtitle) {
    children.push(x('dc:title', {id: 'subtitle'}, config.subtitle), x('meta', {refines: '#subtitle', property: 'title-type'}, 'subtitle'))
  }

  children.push(...people('dc:creator', 'creator', config.authors, 'aut'))
  children.push(...people('dc:contributor', 'contributor', config.contributors, 'ctb'))
  children.push(x('dc:language', config.language), x('dc:date', config.date))
  // EPUB 3.3 §5.5.6: `dcterms:modified` in UTC as CCYY-MM-DDThh:mm:ssZ.
  children.push(x('meta', {property: 'dcterms:modified'}, modified(input.epoch)))
  if (config.publisher) children.push(x('dc:publisher', config.publisher))
  if (config.rights) children.push(x('dc:rights', config.rights))
  if (config.license) children.push(license(config.license))
  if (config.description) children.push(x('dc:description', config.description))
  for (const subject of config.subjects) children.push(x('dc:subject', subject))
  if (config.edition) children.push(x('meta', {property: 'schema:bookEdition'}, config.edition))
  if (config.series) {
    children.push(x('meta', {property: 'belongs-to-collection', id: 'series'}, config.series.name))
    children.push(x('meta', {refines: '#series', property: 'collection-type'}, 'series'))
    if (config.series.position !== undefined) {
      children.push(x('meta', {refines: '#series', property: 'group-position'}, String(config.series.position)))
    }
  }

  for (const entry of accessibilityMetadata(input.facts, config.publisher ?? config.authors[0]?.name)) {
    children.push(x('meta', {property: entry.property, 'xml:lang': entry.lang}, entry.value))
  }

  if (input.facts.pageList) {
    // The page-source-id note of the Publishing Community Group (pageBreakSource, allowed by
    // EPUBCheck since 5.0.1) replaces EPUB 3.3's deprecated `source-of`. The PDF printed in the
    // same run has no identifier of its own, so the value names that edition in words.
    children.push(x('meta', {property: 'pageBreakSource'}, `${config.title}, PDF edition (${config.page.size}), ${config.date}`))
  }

  if (input.coverId) children.push(x('meta', {name: 'cover', content: input.coverId}))
  return x('metadata', {'xmlns:dc': 'http://purl.org/dc/elements/1.1/'}, children)
}

/**
 * `dcterms:modified` for an epoch: UTC, to the second, no fraction (EPUB 3.3 §5.5.6).
 *
 * @param epoch - Seconds since the epoch.
 * @returns For example `2026-11-01T00:00:00Z`.
 */
export function modified(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Each person with `role` (MARC relators), `file-as` and `display-seq` refinements (EPUB 3.3 §D.3).
 * A person without `file-as` sorts as the name is written; inventing "Surname, Forename" from a
 * name would be wrong for many names (and for organisations).
 */
function people(element: string, prefix: string, persons: Person[], defaultRole: string): Element[] {
  return persons.flatMap((person, index) => {
    const id = `${prefix}-${index + 1}`
    return [
      x(element, {id}, person.name),
      x('meta', {refines: `#${id}`, property: 'role', scheme: 'marc:relators'}, person.role ?? defaultRole),
      x('meta', {refines: `#${id}`, property: 'file-as'}, person['file-as'] ?? person.name),
      x('meta', {refines: `#${id}`, property: 'display-seq'}, String(index + 1))
    ]
  })
}

/** The licence: a link to its SPDX page when it is one SPDX id, else the expression as text. */
function license(expression: string): Element {
  const href = licenseUrl(expression)
  return href ? x('link', {rel: 'dcterms:license', href}) : x('meta', {property: 'dcterms:license'}, expression.trim())
}
