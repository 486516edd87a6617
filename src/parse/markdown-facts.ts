// The few Markdown nodes the later stages read, kept instead of the whole mdast once the hast is made.
import type {Root, RootContent} from 'mdast'
import {visit} from 'unist-util-visit'

/**
 * A flat root of the nodes the transforms and rules read from the Markdown: the front matter
 * (`yaml`, first when present), every `image` (its URL and title as written, before the figure
 * transform moves titles into captions), every container and leaf directive (name, attributes,
 * position; their content lives on in the hast), and every math span and block (`inlineMath`, `math`:
 * the TeX source, for the rule that says it is not typeset yet).
 *
 * Every output renders from the hast, so the rest of the mdast is dead weight: as large as the hast
 * itself, kept in memory for the whole build, serialised into the cache and copied out of parse
 * workers. Dropping it halves what parsing hands on.
 *
 * @param tree - The chapter's full mdast.
 * @returns A root whose children are copies of those nodes, in document order, without children.
 */
export function markdownFacts(tree: Root): Root {
  const children: RootContent[] = []
  visit(tree, (node) => {
    if (node.type === 'yaml') children.push(node)
    else if (node.type === 'image') children.push({type: 'image', url: node.url, title: node.title, alt: node.alt, position: node.position})
    else if (node.type === 'inlineMath' || node.type === 'math') children.push({...node, data: undefined} as RootContent)
    else if (node.type === 'containerDirective' || node.type === 'leafDirective') {
      children.push({type: node.type, name: node.name, attributes: node.attributes, children: [], position: node.position})
    }
  })
  return {type: 'root', children, position: tree.position}
}
