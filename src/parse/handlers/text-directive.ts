// mdast → hast handler for text and leaf directives: Colophon defines none, so they stay the text the author typed.
import type {ElementContent} from 'hast'
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
