// The rehype-sanitize schema for books: GitHub's safe subset, plus the structure books need, and no clobbering.
import {defaultSchema, type Options} from 'rehype-sanitize'

const defaultAttributes = defaultSchema.attributes ?? {}

/**
 * Elements removed together with their content; the rest of the unknown elements are unwrapped,
 * keeping their text. `style` is here so CSS (and its `url()` and `@import`) never becomes text or rules.
 */
export const strippedElements = ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']

/**
 * What an `img` `src` may be: a relative path, a `data:` URL of a raster image, or an http(s) URL.
 * hast-util-sanitize treats an empty protocol list as "anything goes", so the scheme is restricted
 * here instead; a `data:image/svg+xml` could carry script. An http(s) URL is kept only as a name:
 * the transform replaces it with the file `colophon fetch-images` downloaded, or leaves the image
 * out (`dropDangling`), so no renderer ever fetches it (CVE-2020-7740).
 */
const imageSource = /^(?![a-z][a-z\d+.-]*:)|^data:image\/(?:png|jpeg|gif|webp)[;,]|^https?:\/\//i

/**
 * What raw HTML in a chapter may keep. Scripts, event handlers, iframes, objects, embeds, forms,
 * `style` and `javascript:`/`vbscript:` URLs never pass (everything not listed is dropped); ids are kept
 * as written because the transform makes them unique book-wide.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  strip: strippedElements,
  // A checkbox only means something in a task list; elsewhere (a form's leftovers) it goes.
  ancestors: {...defaultSchema.ancestors, input: ['li']},
  // `picture`/`source` go: `srcset` there would make the renderer fetch any URL, and books ship their images.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => name !== 'picture' && name !== 'source'), 'aside', 'figure', 'figcaption', 'section', 'abbr', 'cite', 'footer', 'small', 'mark', 'u'],
  attributes: {
    ...defaultAttributes,
    '*': [...(defaultAttributes['*'] ?? []), 'className', 'id', 'lang', 'dir', 'title', 'role', 'ariaLabel', 'ariaHidden'],
    a: [...(defaultAttributes['a'] ?? []), 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel'],
    section: ['dataFootnotes', 'className'],
    img: [...(defaultAttributes['img'] ?? []).filter((name) => name !== 'src'), ['src', imageSource], 'width', 'height', 'title'],
    // GitHub's schema allows headings only its own `sr-only` class; a book's heading attributes (`{.unnumbered}`) keep theirs.
    ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, ['className']])),
    // Math keeps remark-math's classes, so the TeX source of display and inline math can be told apart.
    code: [['className', /^language-./, 'math-inline', 'math-display']],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope']
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    // `imageSource` above narrows `data:` to raster images; http(s) never reaches an output (see there).
    src: ['data', 'http', 'https']
  }
}
