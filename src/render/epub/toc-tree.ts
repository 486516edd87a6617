// Nests the flat list of headings (levels 1–3) into the tree both the nav document and the NCX list.
import type {TocEntry} from './chapter-document.js'

/** A heading with the headings under it. */
export interface TocNode {
  entry: TocEntry
  children: TocNode[]
}

/**
 * Nest `entries` by level; a level that skips one (h1 then h3) nests under the nearest shallower entry.
 *
 * @param entries - Headings in reading order.
 * @returns The top-level nodes.
 */
export function tocTree(entries: readonly TocEntry[]): TocNode[] {
  const top: TocNode[] = []
  const stack: Array<{level: number; children: TocNode[]}> = [{level: 0, children: top}]
  for (const entry of entries) {
    while ((stack.at(-1)?.level ?? 0) >= entry.level) stack.pop()
    const node: TocNode = {entry, children: []}
    ;(stack.at(-1) ?? {children: top}).children.push(node)
    stack.push({level: entry.level, children: node.children})
  }

  return top
}
