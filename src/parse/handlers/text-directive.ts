// mdast → hast handlers for text and leaf directives: Colophon defines none, so they stay the text the author typed.
import type {Element, ElementContent} from 'hast'
import type {LeafDirective, TextDirective} from 'mdast-util-directive'
import type {State} from 'mdast-util-to-hast'

/**
 * Render `:name[label]` back as text, so prose such as `Note:this` is never swallowed.
 *
 * @param state - mdast-util-to-hast state.
 * @param node - The directive.
 * @returns The text and the label's content.
 */
export function textDirective(state: State, node: TextDirective | LeafDirective): ElementContent[] {
  const prefix = node.type === 'leafDirective' ? '::' : ':'
  const children = state.all(node)
  const open: ElementContent = {type: 'text', value: `${prefix}${node.name}${children.length > 0 ? '[' : ''}`}
  const close: ElementContent[] = children.length > 0 ? [{type: 'text', value: ']'}] : []
  return [open, ...children, ...close]
}

/**
 * Render `::name[label]` (a line of its own) back as text in a paragraph.
 *
 * A leaf directive stands where a block does, but its text and label are phrasing content: left bare,
 * they would sit between blocks, beside `section` and `aside`, where the XHTML content model expects
 * blocks. Every name is wrapped alike, known or not; `markdown/directive-unknown` reports them all.
 *
 * @param state - mdast-util-to-hast state.
 * @param node - The directive.
 * @returns A paragraph holding the text and the label's content.
 */
export function leafDirective(state: State, node: LeafDirective): Element {
  const result: Element = {type: 'element', tagName: 'p', properties: {}, children: textDirective(state, node)}
  state.patch(node, result)
  return result
}
