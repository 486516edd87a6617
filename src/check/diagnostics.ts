// Messages that are not rules: the config's own validation and the safety limits, listed once for the docs.
import type {Severity} from '../config/schema.js'

/** A message id that `book.yaml` cannot switch off, with what it wants. */
export interface Diagnostic {
  /** The id reported with the message (`config/unknown-key`). */
  id: string
  /** Always this severity. */
  severity: Exclude<Severity, 'off'>
  /** One line: what the manuscript must do to avoid it. */
  description: string
}

/**
 * Every message id Colophon reports besides the rules of `src/check/rules/index.ts`.
 *
 * These guard loading and safety rather than the book's content, so `checks` in `book.yaml` cannot
 * change them: a manuscript must not be able to turn off the limits that protect the machine that
 * builds it. `config/…` errors exit with 2 (the book could not be loaded as configured), the others
 * with 1. A test keeps this list equal to the ids the source reports and to the table in
 * docs/rules.md and the README.
 */
export const diagnostics: readonly Diagnostic[] = [
  {id: 'config/read', severity: 'error', description: 'Every file of the book can be read and is at most 20 MiB.'},
  {id: 'config/encoding', severity: 'error', description: 'Chapters and `book.yaml` are UTF-8 (a byte-order mark is fine); the first bad byte is named.'},
  {id: 'config/yaml', severity: 'error', description: '`book.yaml` and front matter are valid YAML with no custom tags and at most 100 aliases.'},
  {id: 'config/front-matter', severity: 'error', description: 'Front matter is YAML between `---` lines; `---js`, `+++` TOML and `;;;` JSON are never read.'},
  {id: 'config/unknown-key', severity: 'error', description: 'Every key of `book.yaml` is one the schema knows (with a "did you mean"); in front matter, which other tools write too, an unknown key is a warning and ignored.'},
  {id: 'config/invalid', severity: 'error', description: 'Every value has the type and form the schema asks for (BCP 47 language, `urn:uuid`, ISBN-13 checksum, date…); no chapter is listed twice.'},
  {id: 'config/chapter-missing', severity: 'error', description: 'Every chapter `book.yaml` lists exists in the manuscript folder.'},
  {id: 'config/chapter-unlisted', severity: 'warn', description: 'Every Markdown file in the manuscript folder is listed in `chapters` or `exclude`, or it is left out of the book (a README or changelog beside the chapters is no fault).'},
  {id: 'config/title-missing', severity: 'error', description: 'Every chapter has a title: a heading (its first, of any level) or `title` in its front matter.'},
  {id: 'config/forbidden-character', severity: 'error', description: 'Chapters, `book.yaml` and front matter hold no character XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF, lone surrogates), written or escaped.'},
  {id: 'config/unknown-rule', severity: 'error', description: 'Every id under `checks` in `book.yaml` is a rule (with a "did you mean").'},
  {id: 'parse/include-failed', severity: 'error', description: 'mdBook `{{#include}}` and `{{#rustdoc_include}}` in code blocks read a file inside the project root (the manuscript or `project-root`) that exists, with a line range that is not empty and an anchor it has, nested at most 10 deep and never in a cycle; the path and the reason are named.'},
  {id: 'parse/too-deep', severity: 'error', description: 'Lists, quotations and HTML are nested at most 100 levels deep, so parsing stays bounded; the byte offset is named.'},
  {id: 'image/corrupt', severity: 'error', description: 'Every image file is whole: its header gives a size and its data is not truncated.'},
  {id: 'image/too-large', severity: 'error', description: 'Every image is at most 50 MiB and 100 megapixels.'},
  {id: 'security/svg-unsafe', severity: 'error', description: 'SVG images have no script, `<foreignObject>`, event handler, entity declaration, style sheet instruction or reference outside the file.'},
  {id: 'parse/html-unknown', severity: 'warn', description: 'Raw HTML uses only elements HTML knows; a custom element (`<Listing caption="…">`) is kept as a `div`, `span` or captioned `figure` and named with the attributes dropped.'},
  {id: 'security/html-removed', severity: 'warn', description: 'Raw HTML has nothing the sanitiser removes (scripts, event handlers, frames, forms, media, remote or script URLs); the message says which and why.'},
  {id: 'html/rewritten', severity: 'warn', description: 'Raw HTML fits XHTML as written: no presentational attributes (`align`, `border`, `cellpadding`…), no block inside a paragraph, no list item outside a list; what does not is rewritten and named.'},
  {id: 'security/request-blocked', severity: 'warn', description: 'Nothing in the print page asks for a URL outside the book (remote image, font, style sheet): Chrome loads only the book\'s own data, so the request is blocked and named at its line.'}
]
