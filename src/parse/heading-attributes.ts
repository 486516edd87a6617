// Reads Pandoc-style heading attributes (`# Title {#id .class}`), which Quarto, Pandoc and mdBook books use for anchors.
import type {Heading, Root} from 'mdast'
import {visit} from 'unist-util-visit'

/** One attribute token: `#id`, `.class`, `key=value`, `key="value"`, or `-` (Pandoc's short form of `.unnumbered`). */
const token = /#[\w:.-]+|\.[\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'{}]+)|-(?=\s|$)/y

/**
 * What a trailing `{…}` block says, or `undefined` when the braces are not an attribute block
 * (then they are text, as in `# Sets {a, b}`).
 *
 * @param inside - The text between the braces.
 * @returns The id and classes.
 */
export function parseAttributes(inside: string): {id?: string | undefined; classes: string[]} | undefined {
  const result: {id?: string | undefined; classes: string[]} = {classes: []}
  let index = 0
  const text = inside.trim()
  if (text === '') return undefined
  while (index < text.length) {
    token.lastIndex = index
    const match = token.exec(text)
    if (!match) return undefined
    const value = match[0]
    if (value.startsWith('#')) result.id = value.slice(1)
    else if (value.startsWith('.')) result.classes.push(value.slice(1))
    else if (value === '-') result.classes.push('unnumbered')
    // `key=value` pairs (Quarto's `appearance="simple"`) say how another tool styles the heading; they are read and left.
    index = token.lastIndex
    while (text[index] === ' ' || text[index] === '\t') index++
  }

  return result
}

/**
 * A remark plugin: a heading that ends with an attribute block gets the id and classes, and loses the block
 * from its text. The id is the author's, so links to it (`#sec-setup`) resolve as written.
 *
 * @returns The transform.
 */
export function remarkHeadingAttributes() {
  return (tree: Root): void => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1)
      if (last?.type !== 'text') return
      const match = /\s*\{([^{}]*)\}\s*$/.exec(last.value)
      if (!match) return
      const attributes = parseAttributes(match[1] ?? '')
      if (!attributes) return
      last.value = last.value.slice(0, match.index)
      if (last.value === '') heading.children.pop()
      const properties: Record<string, unknown> = {...(heading.data?.hProperties ?? {})}
      if (attributes.id) properties['id'] = attributes.id
      if (attributes.classes.length > 0) properties['className'] = attributes.classes
      heading.data = {...heading.data, hProperties: properties as never}
    })
  }
}
