// Reads MyST targets (`(label)=` on the line before a block), which Jupyter Book books link to by name (`[text](label)`).
import type {Paragraph, Root, RootContent} from 'mdast'
import {visit} from 'unist-util-visit'

/** A MyST target line: `(my-label)=`. */
const target = /^\(([^()\s]+)\)=$/

/**
 * A remark plugin: a paragraph that is only a MyST target gives its label, as the id, to the block after
 * it (a heading, usually), and goes; the label is then a book-wide anchor, as Jupyter Book makes it.
 * A block that already has an id keeps it, and the target line stays as text.
 *
 * @returns The transform.
 */
export function remarkMystTargets() {
  return (tree: Root): void => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined || !('children' in parent)) return undefined
      const label = targetOf(node as RootContent)
      const next = parent.children[index + 1] as RootContent | undefined
      if (label === undefined || !next || next.type === 'paragraph' && targetOf(next) !== undefined) return undefined
      const properties = (next.data?.hProperties ?? {}) as Record<string, unknown>
      if (properties['id'] !== undefined) return undefined
      next.data = {...next.data, hProperties: {...properties, id: label}}
      parent.children.splice(index, 1)
      return index
    })
  }
}

function targetOf(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const [only] = (node as Paragraph).children
  if ((node as Paragraph).children.length !== 1 || only?.type !== 'text') return undefined
  return target.exec(only.value.trim())?.[1]
}
