// One chapter as a print section: a copy of its hast with block ids, embedded images and its notes.
import type {Element, ElementContent, Properties} from 'hast'
import {h} from 'hastscript'
import {visit} from 'unist-util-visit'
import type {Book, Chapter, Part} from '../../book.js'
import {englishProperties} from '../../util/generated-text.js'
import {hasElement} from '../../util/has-element.js'
import {dataUrl} from './embed.js'
import {blockIds} from './print-sections.js'

/**
 * Render a chapter into a `section` on its matter's named page (`page: front|body|back`).
 * The book's tree is never changed: the EPUB renders from the same one.
 *
 * @param book - The book (assets, language).
 * @param chapter - The chapter.
 * @returns The section.
 */
export function chapterSection(book: Book, chapter: Chapter): Element {
  const ids = blockIds(chapter)
  const children: ElementContent[] = []
  let index = 0
  for (const node of chapter.hast.children) {
    if (node.type !== 'element') continue
    const copy = structuredClone(node)
    copy.properties['id'] = ids[index++]
    children.push(copy)
  }

  const hasTitle = children.some((node) => node.type === 'element' && hasElement(node, (child) => child.properties['id'] === chapter.id))
  // A chapter titled only in its front matter still needs a heading for the contents link and the outline.
  if (!hasTitle) children.unshift(h('h1', {id: chapter.id}, chapter.title))
  if (chapter.depth > 0) nestHeadings(children, chapter)
  const english = englishProperties(book.config.language)
  if (chapter.number !== undefined) children.unshift(h('p.chapter-label', {ariaHidden: 'true', ...english}, `Chapter ${chapter.number}`))

  const section = h(
    `section.chapter.matter-${chapter.matter}`,
    {id: `colophon-ch-${chapter.slug}`, dataType: chapter.type, lang: book.config.language, dir: book.direction},
    children
  )
  embedImages(book, section)
  labelNotes(chapter, section, english)
  return section
}

/**
 * The title page of a part without a page of its own: its title alone, as a heading of the part's
 * level, so the PDF's bookmarks (which Chrome makes from the headings) hold its chapters under it.
 *
 * @param book - The book (language, direction).
 * @param part - The part.
 * @returns The section.
 */
export function partSection(book: Book, part: Part): Element {
  return h(`section.part-page.matter-${part.matter}`, {id: part.id, lang: book.config.language, dir: book.direction}, [
    h(`h${Math.min(6, part.depth + 1)}.part-title`, part.title)
  ])
}

/**
 * A nested chapter's headings one level deeper per level of nesting, in the print document only:
 * there all chapters share one document, whose headings make the PDF's bookmarks, so a sub-chapter's
 * title must sit under its parent's. Classes keep each heading looking as its level in the chapter.
 */
function nestHeadings(children: ElementContent[], chapter: Chapter): void {
  for (const node of children) {
    if (node.type !== 'element') continue
    visit(node, 'element', (element: Element) => {
      if (element.properties['dataFootnotes'] !== undefined) return 'skip'
      const level = /^h([1-6])$/.exec(element.tagName)?.[1]
      if (level === undefined) return undefined
      element.tagName = `h${Math.min(6, Number(level) + chapter.depth)}`
      const classes = Array.isArray(element.properties['className']) ? element.properties['className'] : []
      element.properties['className'] = [...classes, element.properties['id'] === chapter.id ? 'chapter-title' : `level-${level}`]
      return undefined
    })
  }
}

/** Point every `img` at a `data:` URL of its asset, so the page requests nothing (issue 7). */
function embedImages(book: Book, section: Element): void {
  visit(section, 'element', (node: Element) => {
    if (node.tagName !== 'img') return
    const asset = book.assets.get(String(node.properties['src'] ?? ''))
    if (asset) node.properties['src'] = dataUrl(asset)
    else delete node.properties['src']
  })
}

/**
 * GFM's notes section becomes the chapter's visible "Notes", printed where it stands: at the
 * chapter's end. Its heading gets an id of its own, as every chapter has one. The heading and the
 * back links' labels ("Back to reference 1") are English, so in other books they say so.
 */
function labelNotes(chapter: Chapter, section: Element, english: Properties): void {
  let labelId = `colophon-notes-${chapter.slug}`
  visit(section, 'element', (node: Element) => {
    if (node.properties['dataFootnotes'] === undefined) return
    const heading = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2')
    if (!heading) return
    // Keep an id the parse stage gave it (links may point there); drop the screen-reader-only class.
    if (typeof heading.properties['id'] === 'string') labelId = heading.properties['id']
    heading.properties = {id: labelId, ...english}
    heading.children = [{type: 'text', value: 'Notes'}]
  })
  // Note references are described by the notes heading (WAI-ARIA 1.2 aria-describedby).
  visit(section, 'element', (node: Element) => {
    if (node.properties['dataFootnoteRef'] !== undefined) node.properties['ariaDescribedBy'] = [labelId]
    if (node.properties['dataFootnoteBackref'] !== undefined) Object.assign(node.properties, english)
  })
}
