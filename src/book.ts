// The book model: the validated metadata and the chapters as VFiles with their syntax trees.
import type {Element, Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {VFile} from 'vfile'
import type {ParsedYaml} from './config/parse-yaml.js'
import type {BookConfig, ChapterType, FrontMatter} from './config/schema.js'

/** Which part of the book a chapter belongs to. */
export type Matter = 'front' | 'body' | 'back'

/** One chapter: its file, its trees and what the transform learnt about it. */
export interface Chapter {
  /** The Markdown file; every message about the chapter goes on it. */
  file: VFile
  /** Path as listed in `book.yaml`, relative to the manuscript (`01-start.md`). */
  name: string
  /** Safe, unique base name for output files (`01-start`). */
  slug: string
  /** Front, body or back matter. */
  matter: Matter
  /** Kind of chapter, from front matter or its place in the book. */
  type: ChapterType | 'credits'
  /** Plain-text title. */
  title: string
  /** Chapter number for body chapters of type `chapter`. */
  number?: number | undefined
  /** Validated front matter. */
  frontMatter: FrontMatter
  /**
   * The Markdown nodes the checks read (front matter, images, directives; `markdownFacts`), not the
   * whole tree: every output renders from `hast`. Absent for generated chapters such as the credits page.
   */
  mdast?: MdastRoot | undefined
  /** The HTML tree every output renders from. */
  hast: HastRoot
  /** Anchors an author can link to (GitHub slugs within the chapter) mapped to their book-wide ids. */
  anchors: Map<string, string>
  /** Book-wide id of the chapter's start (its `#` heading). */
  id: string
  /** Whether the build made this chapter (credits page) rather than the author. */
  generated?: boolean
  /** How deep the contents nest it: 0 at the top, 1 inside a part or under a chapter, and so on. */
  depth: number
  /** The chapter it is a sub-chapter of, or the part page of its part. */
  parent?: Chapter | undefined
  /** Parts without a page of their own that begin with this chapter, outermost first. */
  opens: Part[]
  /**
   * How many levels the chapter's headings were raised so that its title heading is level 1
   * (a sub-chapter opening with `##` has 1): a heading's Markdown level is its HTML level plus this.
   */
  headingShift: number
  /** A heading that opens most chapters (the book's title repeated), left out of the chapter; for `markdown/repeated-heading`. */
  repeatedHeading?: {text: string; count: number; element: Element} | undefined
}

/** A part without a page of its own: a title over the chapters that follow, listed in the contents. */
export interface Part {
  /** The part's title, from `book.yaml`. */
  title: string
  /** Book-wide id of its place in the print document (`colophon-part-1`). */
  id: string
  /** Its depth in the contents; its chapters are one deeper. */
  depth: number
  /** Front, body or back matter. */
  matter: Matter
}

/** An image or other file the book uses, resolved inside the manuscript. */
export interface Asset {
  /** Absolute path on disk, after following symbolic links. */
  path: string
  /** Path relative to the manuscript with `/` separators; also its path inside the EPUB. */
  href: string
  /** Media type decided from the bytes. */
  mediaType: string
  /** The file's bytes. */
  bytes: Uint8Array
  /** Width and height in pixels where known. */
  width?: number | undefined
  height?: number | undefined
}

/** A numbered thing that cross-references can point at. */
export interface Label {
  /** `Figure 2`, `Table 1`, `Chapter 3`, or a section title. */
  text: string
  /** Book-wide id. */
  id: string
}

/** The whole book as every stage after loading sees it. */
export interface Book {
  /** Absolute path of the manuscript folder (symbolic links resolved). */
  root: string
  /** `book.yaml` as a file, for config messages. */
  configFile: VFile
  /** Validated metadata. */
  config: BookConfig
  /** `book.yaml` as parsed, for the places of its keys in messages (`placeOf`). */
  configYaml?: ParsedYaml | undefined
  /** Chapters in reading order, generated ones included. */
  chapters: Chapter[]
  /** Assets by `href`. */
  assets: Map<string, Asset>
  /**
   * Remote image URL → the file in the manuscript that `colophon fetch-images` downloaded it to
   * (`images/remote/sources.yaml`): the build reads that file wherever the chapters name the URL.
   */
  remoteImages: Map<string, string>
  /** Which chapter holds each book-wide id. */
  idToChapter: Map<string, Chapter>
  /** Labels of figures, tables, chapters and sections by book-wide id. */
  labels: Map<string, Label>
  /** Text direction. */
  direction: 'ltr' | 'rtl'
  /** Every link in the chapters, resolved or not, for the rules. */
  links: LinkRecord[]
  /** Every image in the chapters, resolved or not, for the rules. */
  images: ImageRecord[]
  /** Elements whose author-given id was already taken elsewhere in the book. */
  duplicateIds: Array<{chapter: Chapter; node: Element; id: string; first: Chapter}>
}

/** A link as the transform found it. */
export interface LinkRecord {
  chapter: Chapter
  /** The `a` element (its `href` already rewritten when internal and resolved). */
  node: Element
  /** The URL as the author wrote it. */
  url: string
  /** `internal` (a chapter or fragment), `external` (http/https), `mailto`, `tel`, or `other`. */
  kind: 'internal' | 'external' | 'mailto' | 'tel' | 'other'
  /** For internal links that did not resolve: what is wrong. */
  problem?: 'file-missing' | 'anchor-missing' | 'outside' | undefined
  /** Closest existing file or anchor, for "did you mean". */
  suggestion?: string | undefined
}

/** An image as the transform found it. */
export interface ImageRecord {
  chapter: Chapter
  /** The `img` element. */
  node: Element
  /** The `src` as the author wrote it. */
  src: string
  /** The asset, when the image resolved. */
  asset?: Asset | undefined
  /** The http(s) URL the image was downloaded from, when `src` is one: its source for the credits. */
  url?: string | undefined
  /** What is wrong, when it did not. */
  problem?: 'missing' | 'outside' | 'unsupported' | 'remote' | undefined
}

/** Every VFile of the book, config first, for reporting. */
export function bookFiles(book: Pick<Book, 'configFile' | 'chapters'>): VFile[] {
  return [book.configFile, ...book.chapters.filter((chapter) => !chapter.generated).map((chapter) => chapter.file)]
}
