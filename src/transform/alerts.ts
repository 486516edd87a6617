// Turns GitHub-style alerts (`> [!NOTE]`, `> [!TIP]`…) into the same labelled asides as `:::note` and `:::tip`.
import type {Element, ElementContent} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import type {Book} from '../book.js'

/** Alert kinds GitHub knows, with the label a reader sees and the aside class that styles them. */
const kinds: Record<string, {label: string; className: string}> = {
  note: {label: 'Note', className: 'note'},
  tip: {label: 'Tip', className: 'tip'},
  important: {label: 'Important', className: 'note'},
  warning: {label: 'Warning', className: 'note'},
  caution: {label: 'Caution', className: 'note'}
}

/** The marker opening an alert's first line; GitHub wants it alone on that line, text after it is kept too. */
const marker = /^\s*\[!(note|tip|important|warning|caution)\][ \t]*\n?/i

/** The alert kind (lower case) of a block quotation whose first paragraph opens with a GitHub alert marker. */
function alertKind(node: Element): string | undefined {
  const first = node.children.find((child): child is Element => child.type === 'element')
  const text = first?.tagName === 'p' ? first.children[0] : undefined
  const match = text?.type === 'text' ? marker.exec(text.value) : null
  return match?.[1]?.toLowerCase()
}

/**
 * Replace every alert block quotation by `aside.note` (or `aside.tip`) with a visible title, so a
 * reader sees "Warning" rather than a quotation opening with `[!WARNING]`.
 *
 * @param book - The book.
 */
export function alerts(book: Book): void {
  for (const chapter of book.chapters) {
    visit(chapter.hast, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'blockquote' || !parent || index === undefined) return
      const kind = alertKind(node)
      const style = kind === undefined ? undefined : kinds[kind]
      if (!style) return
      const first = node.children.find((child): child is Element => child.type === 'element') as Element
      const text = first.children[0]
      if (text?.type === 'text') text.value = text.value.replace(marker, '')
      const empty = first.children.every((child) => child.type === 'text' && child.value.trim() === '')
      const rest = node.children.filter((child) => !(empty && child === first))
      const title: ElementContent = {
        type: 'element',
        tagName: 'p',
        properties: {className: ['aside-title']},
        children: [{type: 'text', value: style.label}]
      }
      parent.children[index] = {
        type: 'element',
        tagName: 'aside',
        properties: {className: [style.className, `alert-${kind}`], ariaLabel: style.label},
        children: [{type: 'text', value: '\n'}, title, ...rest],
        position: node.position
      }
      return SKIP
    })
  }
}
