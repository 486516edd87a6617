// MyST admonitions in backtick fences (```` ```{note} ````, ```` ```{admonition} Title ````, ```` ```{margin} ````) become Colophon's asides.
import type {Code, Root, RootContent} from 'mdast'
import type {ContainerDirective} from 'mdast-util-directive'
import type {Processor} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {admonitionKind} from './admonition-kinds.js'
import {readFenceBody} from './myst-fence-body.js'

/**
 * A remark plugin: a code block whose language is a MyST admonition (`{note}`, `{warning}`…) is read as
 * Markdown and becomes a `note` or `tip` container directive, the tree `:::note` makes. The options
 * (`:class:`, a `---` YAML block) are dropped: they style HTML themes. After `{admonition}` the rest of
 * the line is the title; after the other kinds it is the body's first words, as in docutils.
 *
 * @returns The transform.
 */
export function remarkMystAdmonitions(this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the processor parses the bodies.
  const processor = this
  return (tree: Root, file: VFile): void => {
    visit(tree, 'code', (node: Code, index, parent) => {
      const name = /^\{([\w-]+)\}$/.exec(node.lang ?? '')?.[1]
      const kind = name === undefined ? undefined : admonitionKind(name)
      if (!kind || !parent || index === undefined || !node.position) return undefined
      const argument = (node.meta ?? '').trim()
      const titled = name === 'admonition'
      const {content} = readFenceBody(processor, file, node, titled ? undefined : argument || undefined)
      const directive: ContainerDirective = {
        type: 'containerDirective',
        name: kind.name,
        attributes: titled && argument ? {title: argument} : {},
        children: content.children as ContainerDirective['children'],
        data: {label: kind.label},
        position: node.position
      }
      parent.children[index] = directive as RootContent
      return undefined
    })
  }
}
