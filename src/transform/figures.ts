// Turns lone images into figures and captioned tables into tables, numbered unless their captions carry the book's own numbers.
import path from 'node:path'
import type {Element, ElementContent, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {Book, Chapter} from '../book.js'
import {safeDecode} from '../util/safe-decode.js'

/** A caption paragraph after a table: `Table: Platforms compared {#tbl-platforms}`. */
const tableCaption = /^Table:\s*([\s\S]*?)\s*(?:\{#([\w:-]+)\})?\s*$/

/**
 * Wrap figures and captioned tables, number them book-wide and record their labels.
 *
 * Runs before {@link assignIds} so the ids given here (`fig-map`, `tbl-platforms`) are registered.
 *
 * @param book - The book.
 */
export function numberFigures(book: Book): void {
  let figures = 0
  let tables = 0
  // Every figure and table counts for the fallback ids (`fig-3`, `tbl-2`), numbered or not, so ids stay as they were.
  let figureCount = 0
  let tableCount = 0
  /** The image (by its path in the manuscript) and chapter each figure id was given to. */
  const seen = new Map<string, {image: string; chapter: Chapter}>()
  for (const chapter of book.chapters) {
    visit(chapter.hast, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return
      if (node.tagName === 'p' && loneImage(node)) {
        const image = loneImage(node) as Element
        const title = typeof image.properties['title'] === 'string' ? image.properties['title'] : ''
        if (title === 'decorative') return SKIP
        const own = ownLabel(title, 'figure')
        // No bare "Figure 3" under a picture without a caption, nor a second number before the book's own.
        const label = own ?? (title.trim() === '' ? undefined : `Figure ${++figures}`)
        const src = String(image.properties['src'] ?? '')
        const file = path.posix.join(path.posix.dirname(chapter.name), safeDecode(src.split(/[?#]/)[0] ?? ''))
        // An id the author gave (Quarto's `{#fig-map}`) is the figure's, as written.
        const given = typeof image.properties['id'] === 'string' ? image.properties['id'] : undefined
        const fallback = figureId(src, ++figureCount)
        const id = given ?? figureIdFor(book, chapter, seen, fallback, file)
        delete image.properties['id']
        delete image.properties['title']
        const caption: ElementContent[] = []
        if (label !== undefined && own === undefined) {
          caption.push({type: 'element', tagName: 'span', properties: {className: ['label']}, children: [{type: 'text', value: label}]}, {type: 'text', value: ` ${title}`})
        } else if (own !== undefined) caption.push({type: 'text', value: title})
        const figure: Element = {
          type: 'element',
          tagName: 'figure',
          properties: {id},
          children: caption.length > 0 ? [image, {type: 'element', tagName: 'figcaption', properties: {}, children: caption}] : [image],
          position: node.position
        }
        parent.children[index] = figure
        if (label !== undefined) book.labels.set(id, {id, text: label})
        return SKIP
      }

      if (node.tagName === 'table') {
        const next = nextElement(parent as Root | Element, index)
        const match = next && next.node.tagName === 'p' ? tableCaption.exec(toString(next.node)) : null
        const text = match?.[1] ?? ''
        tableCount++
        const own = ownLabel(text, 'table')
        const label = own ?? (text === '' ? undefined : `Table ${++tables}`)
        const id = match?.[2] ?? `tbl-${tableCount}`
        const caption: ElementContent[] = []
        if (own !== undefined) caption.push({type: 'text', value: text})
        else if (label !== undefined) {
          caption.push({type: 'element', tagName: 'span', properties: {className: ['label']}, children: [{type: 'text', value: label}]}, {type: 'text', value: ` ${text}`})
        }

        node.properties['id'] = id
        if (caption.length > 0) node.children.unshift({type: 'element', tagName: 'caption', properties: {}, children: caption})
        if (match && next) parent.children.splice(next.index, 1)
        if (label !== undefined) book.labels.set(id, {id, text: label})
        return SKIP
      }

      return undefined
    })
  }
}

/** A caption that numbers itself: `Figure 3: …`, `Fig. 3.2 …`, `Table 2 – …`; the label is the part before the text. */
const ownLabels = {figure: /^(fig(?:ure|\.)?)\s*(\d+(?:[.-]\d+)*[a-z]?)\b/i, table: /^(tab(?:le|\.)?)\s*(\d+(?:[.-]\d+)*[a-z]?)\b/i}

/**
 * The label a caption gives itself (`Figure 3`, `Fig. 3`, `Table 2`), which cross-references then use.
 *
 * @param caption - The caption's text.
 * @param kind - Figure or table.
 * @returns The label as written, or nothing when the caption does not number itself.
 */
export function ownLabel(caption: string, kind: 'figure' | 'table'): string | undefined {
  const match = ownLabels[kind].exec(caption.trim())
  return match ? `${match[1]} ${match[2]}` : undefined
}

/**
 * The id a figure gets from its image: `fig-` and the file's base name, so `[](#fig-map)` can be
 * written from the file name alone. The `src` arrives percent-encoded (mdast-util-to-hast encodes
 * URLs), so it is decoded first: `画像/地図.png` gives `fig-地図`, not `fig--e5-9c-b0…`. Letters
 * and digits of any script are kept, as an HTML id and an XML NCName allow them.
 *
 * @param src - The image's `src` as the Markdown gave it.
 * @param figure - The figure's number, for an image whose name has nothing left to use.
 * @returns The id, before it is made unique.
 */
export function figureId(src: string, figure: number): string {
  const file = safeDecode(src.split(/[?#]/)[0] ?? '').split('/').pop() ?? ''
  const base = file.replace(/\.[^.]*$/, '').normalize('NFC').toLowerCase()
  // One hyphen per other character, as before Unicode names were kept, so existing ids do not move.
  const name = base.replace(/[^\p{L}\p{M}\p{Nd}_-]/gu, '-')
  return `fig-${/[\p{L}\p{Nd}]/u.test(name) ? name : String(figure)}`
}

/**
 * A figure id, unique in the book. The first figure made from an image name keeps `fig-map`. The same
 * image shown again gets `fig-map-2`, so `[](#fig-map)` still means its first showing. A *different*
 * image with that name in another chapter also gets the next free id, and its chapter maps `fig-map` to it,
 * so a link in that chapter, or `02-tools.md#fig-map` from another, means that chapter's own figure: the
 * name is the file's, not the author's, and two chapters with their own `images/step1.png` are no fault.
 * Two different images with one name in one chapter keep the one id, and `link/duplicate-id` asks for a
 * rename, as a link there could not say which it means. Reading order decides, so every build agrees.
 */
function figureIdFor(book: Book, chapter: Chapter, seen: Map<string, {image: string; chapter: Chapter}>, id: string, image: string): string {
  const first = seen.get(id)
  if (first === undefined) {
    seen.set(id, {image, chapter})
    return id
  }

  if (first.image !== image && first.chapter === chapter) return id
  let candidate = id
  for (let count = 2; seen.has(candidate); count++) candidate = `${id}-${count}`
  seen.set(candidate, {image, chapter})
  if (first.image !== image && !chapter.anchors.has(id)) chapter.anchors.set(id, candidate)
  return candidate
}

/** The single `img` of a paragraph holding nothing else, if it is one. */
function loneImage(node: Element): Element | undefined {
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const only = content[0]
  return content.length === 1 && only?.type === 'element' && only.tagName === 'img' ? only : undefined
}

function nextElement(parent: Root | Element, index: number): {node: Element; index: number} | undefined {
  for (let next = index + 1; next < parent.children.length; next++) {
    const child = parent.children[next]
    if (child?.type === 'element') return {node: child, index: next}
    if (child?.type === 'text' && child.value.trim() !== '') return undefined
  }

  return undefined
}
