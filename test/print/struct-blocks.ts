// Test helper: the figures and tables a page's structure tree holds, to tell a whole one from a fragment.

/** The part of a figure or table that lies on one page, as the tags on that page describe it. */
export interface Block {
  role: 'Figure' | 'Table'
  /** Roles of its children on this page: `Image` for a tagged image, `Caption`, `TR`, `BlockQuote`… */
  parts: string[]
}

/** A node of the tree pdfjs's `page.getStructTree()` returns; content leaves carry no role. */
interface StructNode {
  role?: string
  alt?: string
  children?: StructNode[]
}

/**
 * The outermost figures and tables with content on a page. A figure or table split across pages
 * appears on each of them with only some of its parts (its caption on one page, its image or first
 * rows on the other), which the text positions alone cannot show reliably.
 *
 * @param tree - The page's structure tree, or null for an untagged page.
 * @returns One block per figure or table.
 */
export function structBlocks(tree: unknown): Block[] {
  const blocks: Block[] = []
  const visit = (node: StructNode): void => {
    if (node.role === 'Figure' || node.role === 'Table') {
      // A tagged <img> is a Figure with alternative text; alone it is one image, not a captioned figure.
      const parts = node.alt === undefined ? (node.children ?? []).flatMap((child) => (child.role ? [child.alt === undefined ? child.role : 'Image'] : [])) : ['Image']
      blocks.push({role: node.role, parts})
      return
    }

    for (const child of node.children ?? []) visit(child)
  }

  if (tree && typeof tree === 'object') visit(tree as StructNode)
  return blocks
}
