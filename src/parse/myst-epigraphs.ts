// MyST epigraphs (```` ```{epigraph} ```` ending in `-- Name`) become Colophon's block quotation, whose last line is its source.
import type {Blockquote, Code, Root, RootContent} from 'mdast'
import type {Processor} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {readFenceBody} from './myst-fence-body.js'

/** An attribution line's opening: two or three hyphens or a dash. */
const attribution = /^\s*(?:-{2,3}|[—―])\s*/

/**
 * A remark plugin: an `{epigraph}`, `{pull-quote}` or `{blockquote}` fence is read as Markdown into a
 * block quotation. MyST's attribution line, `-- Name`, is made the source line Colophon already reads
 * (src/transform/quote-sources.ts), so the quotation gets its caption and `attribution/quote-source` is
 * satisfied; one without it is reported, as a `>` quotation would be.
 *
 * @returns The transform.
 */
export function remarkMystEpigraphs(this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the processor parses the bodies.
  const processor = this
  return (tree: Root, file: VFile): void => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!/^\{(?:epigraph|pull-quote|blockquote)\}$/.test(node.lang ?? '') || !parent || index === undefined) return undefined
      const {content} = readFenceBody(processor, file, node, (node.meta ?? '').trim() || undefined)
      // docutils takes any last paragraph opening with `--`, `---` or a dash as the attribution, whatever
      // follows (`---[@someone](…)`); written as `— `, it is the source line Colophon reads.
      const last = content.children.at(-1)
      const first = last?.type === 'paragraph' ? last.children[0] : undefined
      if (first?.type === 'text' && attribution.test(first.value)) first.value = first.value.replace(attribution, '— ')
      const quote: Blockquote = {type: 'blockquote', children: content.children as Blockquote['children'], position: node.position}
      parent.children[index] = quote as RootContent
      return undefined
    })
  }
}
