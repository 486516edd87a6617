// mdast → hast handler for container directives: `:::case-story`, `:::tip` and `:::note` become asides.
import type {Element, ElementContent} from 'hast'
import type {ContainerDirective} from 'mdast-util-directive'
import type {State} from 'mdast-util-to-hast'

/** Directive names Colophon knows, with the label a reader sees. */
export const containerDirectives: Record<string, string> = {
  'case-story': 'Case story',
  tip: 'Tip',
  note: 'Note'
}

/**
 * Turn a container directive into an `aside` with a visible title (and a source for case stories).
 *
 * Unknown directives keep their content in a plain `div`; the check stage reports them.
 *
 * @param state - mdast-util-to-hast state.
 * @param node - The directive.
 * @returns The element.
 */
export function containerDirective(state: State, node: ContainerDirective): Element {
  const children = state.all(node)
  // Quarto callouts and MyST admonitions arrive as `note` or `tip` with their own label (`Warning`).
  const label = node.data?.label ?? containerDirectives[node.name]
  const attributes = node.attributes ?? {}
  if (label === undefined) {
    const result: Element = {type: 'element', tagName: 'div', properties: {}, children}
    state.patch(node, result)
    return result
  }

  const title = attributes['title'] ?? undefined
  // MyST's `{admonition} Title` has no label of its own: the title is the label.
  const heading = title ? (label ? `${label}: ${title}` : title) : label || containerDirectives[node.name] || node.name
  const content: ElementContent[] = [
    {type: 'element', tagName: 'p', properties: {className: ['aside-title']}, children: [{type: 'text', value: heading}]},
    ...children
  ]
  const source = attributes['source']
  if (source) {
    content.push({
      type: 'element',
      tagName: 'p',
      properties: {className: ['aside-source']},
      children: [{type: 'text', value: `Source: ${source}`}]
    })
  }

  const result: Element = {
    type: 'element',
    tagName: 'aside',
    properties: {className: [node.name], ariaLabel: heading},
    children: state.wrap(content, true)
  }
  state.patch(node, result)
  return result
}
