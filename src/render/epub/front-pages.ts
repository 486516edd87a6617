// The cover page and the title page: XHTML documents made from the metadata, before the contents.
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Book} from '../../book.js'
import {englishProperties} from '../../util/generated-text.js'
import {xhtmlDocument} from './xhtml-document.js'

/**
 * The cover page: the cover image alone (EPUB SSV `cover`; DPUB-ARIA `doc-cover` on the image).
 * The alt text gives what a cover says: title, subtitle and authors (WCAG 1.1.1).
 *
 * @param book - The book.
 * @param src - The cover image's href relative to the page.
 * @param stylesheet - The stylesheet's href relative to the page.
 * @returns The XHTML.
 */
export function coverPage(book: Book, src: string, stylesheet: string): string {
  const {config} = book
  const alt = [`Cover: ${config.title}`, config.subtitle, config.authors.map((person) => person.name).join(', ')].filter(Boolean).join('. ')
  const image = h('img', {src, alt, role: 'doc-cover', className: ['cover-image'], ...englishProperties(config.language)})
  return xhtmlDocument([h('section', {'epub:type': 'cover', className: ['cover']}, [image])], {
    title: config.title,
    language: config.language,
    direction: book.direction,
    stylesheet,
    bodyType: 'cover'
  })
}

/**
 * The title page (EPUB SSV `titlepage`) with the copyright lines under it (`copyright-page`).
 *
 * @param book - The book.
 * @param stylesheet - The stylesheet's href relative to the page.
 * @returns The XHTML.
 */
export function titlePage(book: Book, stylesheet: string): string {
  const {config} = book
  const english = englishProperties(config.language)
  const title: ElementContent[] = [h('h1#title-page-title.title', config.title)]
  if (config.subtitle) title.push(h('p.subtitle', config.subtitle))
  if (config.authors.length > 0) title.push(h('p.authors', config.authors.map((person) => person.name).join(', ')))
  if (config.edition) title.push(h('p.edition', config.edition))
  if (config.publisher) title.push(h('p.publisher', config.publisher))

  const copyright: ElementContent[] = []
  if (config.rights) copyright.push(h('p', config.rights))
  if (config.license) copyright.push(h('p', [h('span', english, 'Licence: '), config.license]))
  if (config.isbn) copyright.push(h('p', english, `ISBN ${config.isbn}`))
  copyright.push(h('p', english, `Published ${config.date}`))

  const sections = [
    h('section', {'epub:type': 'titlepage', className: ['titlepage'], ariaLabelledBy: 'title-page-title'}, title),
    h('section', {'epub:type': 'copyright-page', className: ['copyright-page']}, copyright)
  ]
  return xhtmlDocument(sections, {title: config.title, language: config.language, direction: book.direction, stylesheet, bodyType: 'frontmatter'})
}
