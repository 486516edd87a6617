// Turns lone images into numbered figures and captioned tables into numbered tables, and labels chapters.
import path from 'node:path'
import type {Element, ElementContent, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {Book} from '../book.js'
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
  /** The image each figure id was first made from, by its path in the manuscript. */
  const imageOf = new Map<string, string>()
  for (const chapter of book.chapters) {
    if (chapter.matter === 'body' && chapter.type === 'chapter') {
      chapter.number = book.chapters.filter((other) => other.number !== undefined).length + 1
    }

    visit(chapter.hast, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return
      if (node.tagName === 'p' && loneImage(node)) {
        const image = loneImage(node) as Element
        const title = typeof image.properties['title'] === 'string' ? image.properties['title'] : ''
        if (title === 'decorative') return SKIP
        figures++
        const src = String(image.properties['src'] ?? '')
        const file = path.posix.join(path.posix.dirname(chapter.name), safeDecode(src.split(/[?#]/)[0] ?? ''))
        const id = figureIdFor(book, imageOf, figureId(src, figures), file)
        delete image.properties['title']
        const label = `Figure ${figures}`
        const caption: ElementContent[] = [
          {type: 'element', tagName: 'span', properties: {className: ['label']}, children: [{type: 'text', value: label}]}
        ]
        if (title) caption.push({type: 'text', value: ` ${title}`})
        const figure: Element = {
          type: 'element',
          tagName: 'figure',
          properties: {id},
          children: [image, {type: 'element', tagName: 'figcaption', properties: {}, children: caption}],
          position: node.position
        }
        parent.children[index] = figure
        book.labels.set(id, {id, text: label})
        return SKIP
      }

      if (node.tagName === 'table') {
        const next = nextElement(parent as Root | Element, index)
        const match = next && next.node.tagName === 'p' ? tableCaption.exec(toString(next.node)) : null
        tables++
        const label = `Table ${tables}`
        const id = match?.[2] ?? `tbl-${tables}`
        const caption: ElementContent[] = [
          {type: 'element', tagName: 'span', properties: {className: ['label']}, children: [{type: 'text', value: label}]}
        ]
        if (match?.[1]) caption.push({type: 'text', value: ` ${match[1]}`})
        node.properties['id'] = id
        node.children.unshift({type: 'element', tagName: 'caption', properties: {}, children: caption})
        if (match && next) parent.children.splice(next.index, 1)
        book.labels.set(id, {id, text: label})
        return SKIP
      }

      return undefined
    })
  }
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
 * `id`, or `id-2`, `id-3`… when an earlier figure was made from the same image: it is the same
 * picture shown again, and `[](#fig-map)` still means its first showing. Reading order decides
 * which is which, so the numbering is the same on every build. Two *different* images with one
 * name keep the one id and `link/duplicate-id` asks for a rename, as a link to it would be ambiguous.
 */
function figureIdFor(book: Book, imageOf: Map<string, string>, id: string, image: string): string {
  const first = imageOf.get(id)
  if (first === undefined) imageOf.set(id, image)
  if (first !== image) return id
  let candidate = id
  for (let count = 2; book.labels.has(candidate); count++) candidate = `${id}-${count}`
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
