// One chapter → one XHTML content document, rendered from a copy of its hast (never from the Markdown).
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {visit} from 'unist-util-visit'
import type {Book, Chapter} from '../../book.js'
import type {PageMap} from '../../print/print-pdf.js'
import {englishProperties} from '../../util/generated-text.js'
import {hasElement} from '../../util/has-element.js'
import {accessibleContent, type ImageFacts} from './accessible-content.js'
import {relativeHref} from './file-names.js'
import {popUpNotes} from './footnotes.js'
import {headingText, rewriteHrefs, type Placement} from './href-rewrite.js'
import {insertPageBreaks, type PageTarget} from './page-breaks.js'
import {chapterSemantics, matterType} from './semantics.js'
import {xhtmlDocument} from './xhtml-document.js'

/** A heading the contents lists. */
export interface TocEntry {
  /** 1 for the chapter, 2 for its sections, 3 for subsections. */
  level: number
  /** Plain text, as the NCX shows it (NCX text cannot carry a language). */
  text: string
  /** English words Colophon put at the start of `text` (`Chapter 2: `), which the nav marks `lang="en"`. */
  label?: string | undefined
  /** The heading's own language when it is not the book's: a generated "Credits" in a Japanese book is `en`. */
  lang?: string | undefined
  /** Href relative to `OEBPS/`. */
  href: string
  /** Position in reading order: within the document here, book-wide once the renderer offsets it. */
  order: number
  /** A part without a page of its own: a heading over its chapters, its `href` that of its first chapter. */
  part?: boolean | undefined
}

/** A rendered chapter and what the package and navigation need to know about it. */
export interface ChapterDocument {
  /** Path inside `OEBPS/`. */
  file: string
  /** The XHTML. */
  xhtml: string
  /** Headings down to the book's `toc-depth`. */
  toc: TocEntry[]
  /** Page-break markers, when the PDF was printed in the same run, with their reading-order position. */
  pages: Array<PageTarget & {order: number}>
  /** Image counts, for the accessibility metadata. */
  images: ImageFacts
  /** How many notes the chapter has. */
  notes: number
  /** Whether the document holds inline SVG (manifest property `svg`, EPUB 3.3 §5.6.2.3). */
  svg: boolean
}

/** Shared inputs of every chapter's rendering. */
export interface ChapterInputs {
  book: Book
  placement: Placement
  /** Path of the stylesheet inside `OEBPS/`. */
  stylesheet: string
  /** The PDF's page starts, if any. */
  pages?: PageMap | undefined
  /** Ids in use book-wide, so page markers never clash with them. */
  pageIds: Set<string>
}

/**
 * Render `chapter`.
 *
 * @param chapter - The chapter.
 * @param inputs - Book, placement, stylesheet and page map.
 * @returns The document and its facts.
 */
export function chapterDocument(chapter: Chapter, inputs: ChapterInputs): ChapterDocument {
  const {book, placement} = inputs
  const file = placement.chapterFile(chapter)
  const root: Root = structuredClone(chapter.hast)
  // Page markers first: the page map counts the blocks of the tree as the transform left it.
  const pageEntries = (inputs.pages ?? []).filter((entry) => entry.chapter === chapter.slug)
  const pages = insertPageBreaks(root, pageEntries, inputs.pageIds)
  const notes = popUpNotes(root, book.config.language)
  const images = accessibleContent(root)
  rewriteHrefs(root, book, file, placement)

  const children = root.children.filter((child): child is ElementContent => child.type !== 'doctype')
  if (!hasElement(root, (node) => node.properties['id'] === chapter.id)) children.unshift(h('h1', {id: chapter.id}, chapter.title))
  // Cross-references say "Chapter 4", so the chapter shows its number, as in the PDF.
  if (chapter.number !== undefined) children.unshift(h('p.chapter-label', englishProperties(book.config.language), `Chapter ${chapter.number}`))

  const semantics = chapterSemantics(chapter)
  const section = h(
    'section',
    {'epub:type': semantics.epubType, role: semantics.role, ariaLabelledBy: chapter.id, className: [`type-${chapter.type}`]},
    children
  )
  const xhtml = xhtmlDocument([section], {
    title: chapter.title,
    language: book.config.language,
    direction: book.direction,
    stylesheet: relativeHref(file, inputs.stylesheet),
    bodyType: matterType(chapter.matter)
  })
  const {toc, order} = outline(section, file, chapter, book.config['toc-depth'], book.config.language)
  const placed = pages.map((page) => ({...page, order: order.get(page.id) ?? 0}))
  return {file, xhtml, toc, pages: placed, images, notes, svg: hasElement(section, (node) => node.tagName === 'svg')}
}

/** The chapter's headings down to `depth` (outside asides, figures and tables) with their languages, and the position of every id. */
function outline(section: Element, file: string, chapter: Chapter, depth: number, language: string): {toc: TocEntry[]; order: Map<string, number>} {
  const toc: TocEntry[] = []
  const order = new Map<string, number>()
  let position = 0
  visit(section, 'element', (node: Element) => {
    position++
    const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : undefined
    if (id !== undefined) order.set(id, position)
    if (node.tagName === 'aside' || node.tagName === 'figure' || node.tagName === 'table') return 'skip'
    const level = /^h([1-6])$/.exec(node.tagName)?.[1]
    if (!level || Number(level) > depth || id === undefined) return undefined
    const text = id === chapter.id ? chapterLabel(chapter) : headingText(node)
    const label = id === chapter.id && chapter.number !== undefined ? `Chapter ${chapter.number}: ` : undefined
    const own = node.properties['lang']
    const lang = typeof own === 'string' && own !== language ? own : undefined
    toc.push({level: Number(level), text: text || chapter.title, label, lang, href: id === chapter.id ? file : `${file}#${id}`, order: position})
    return undefined
  })
  return {toc, order}
}

/**
 * The contents' label of a chapter: its number and title for numbered chapters.
 *
 * @param chapter - The chapter.
 * @returns For example `Chapter 2: Tools`.
 */
export function chapterLabel(chapter: Chapter): string {
  return chapter.number === undefined ? chapter.title : `Chapter ${chapter.number}: ${chapter.title}`
}


