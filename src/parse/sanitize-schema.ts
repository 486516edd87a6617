// The rehype-sanitize schema for books: GitHub's safe subset, plus the structure books need, and no clobbering.
import {defaultSchema, type Options} from 'rehype-sanitize'

const defaultAttributes = defaultSchema.attributes ?? {}

/**
 * What raw HTML in a chapter may keep. Scripts, event handlers, iframes, objects, forms and
 * `javascript:` URLs never pass (GitHub's schema already drops them); ids are kept as written
 * because the transform makes them unique book-wide.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'figure', 'figcaption', 'section', 'abbr', 'cite', 'small', 'mark', 'u'],
  attributes: {
    ...defaultAttributes,
    '*': [...(defaultAttributes['*'] ?? []), 'className', 'id', 'lang', 'dir', 'title', 'role', 'ariaLabel', 'ariaHidden'],
    a: [...(defaultAttributes['a'] ?? []), 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel'],
    section: ['dataFootnotes', 'className'],
    img: [...(defaultAttributes['img'] ?? []), 'width', 'height', 'title'],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope']
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    // Images are files of the manuscript (relative URLs) only: no remote images, no `data:` documents.
    src: []
  }
}
