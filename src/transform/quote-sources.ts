// Moves a block quotation's source line (`— Source`) into a figure caption, the HTML way to attribute a quote.
import type {Element} from 'hast'
import {toString} from 'hast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {Book} from '../book.js'

/** A source line starts with an em dash (or two hyphens) and a space. */
const sourceLine = /^\s*(?:—|--)\s+/

/**
 * Wrap `blockquote`s that end in a source line as `figure.quote > blockquote + figcaption`.
 *
 * @param book - The book.
 */
export function quoteSources(book: Book): void {
  for (const chapter of book.chapters) {
    visit(chapter.hast, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'blockquote' || !parent || index === undefined) return
      const paragraphs = node.children.filter((child): child is Element => child.type === 'element')
      const last = paragraphs.at(-1)
      if (!last || last.tagName !== 'p' || !sourceLine.test(toString(last)) || paragraphs.length < 2) return
      node.children = node.children.filter((child) => child !== last)
      const first = last.children[0]
      if (first?.type === 'text') first.value = first.value.replace(sourceLine, '')
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: {className: ['quote']},
        children: [node, {type: 'element', tagName: 'figcaption', properties: {}, children: [{type: 'text', value: '— '}, ...last.children]}],
        position: node.position
      }
      return SKIP
    })
  }
}
