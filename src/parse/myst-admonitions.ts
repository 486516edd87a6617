// MyST admonitions in backtick fences (```` ```{note} ````, ```` ```{admonition} Title ````, ```` ```{margin} ````) become Colophon's asides.
import type {Code, Root, RootContent} from 'mdast'
import type {ContainerDirective} from 'mdast-util-directive'
import type {Processor} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {admonitionKind} from './admonition-kinds.js'

/** A directive option line, `:class: tip`, at the top of the body. */
const optionLine = /^:[\w-]+:(?:\s.*)?$/

/**
 * A remark plugin: a code block whose language is a MyST admonition (`{note}`, `{warning}`…) is read as
 * Markdown, with this same processor (so fences inside it are read too), and becomes a `note` or `tip`
 * container directive, the tree `:::note` makes. The options (`:class:`, a `---` YAML block) are dropped:
 * they style HTML themes. After `{admonition}` the rest of the line is the title; after the other kinds
 * it is the body's first words, as in docutils.
 *
 * @returns The transform.
 */
export function remarkMystAdmonitions(this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the processor parses the bodies.
  const processor = this
  return (tree: Root, file: VFile): void => {
    const text = String(file.value)
    visit(tree, 'code', (node: Code, index, parent) => {
      const name = /^\{([\w-]+)\}$/.exec(node.lang ?? '')?.[1]
      const kind = name === undefined ? undefined : admonitionKind(name)
      if (!kind || !parent || index === undefined || !node.position) return undefined
      const lines = node.value.split('\n')
      let skip = 0
      if (lines[0]?.trim() === '---') {
        const end = lines.indexOf('---', 1)
        skip = end === -1 ? 0 : end + 1
      }
      while (skip < lines.length && optionLine.test((lines[skip] ?? '').trim())) skip++
      const argument = (node.meta ?? '').trim()
      const body = [...(name !== 'admonition' && argument ? [argument] : []), ...lines.slice(skip)].join('\n')
      // Body line 1 is the fence's line when the argument opens it, else the first line after the options.
      const first = node.position.start.line + skip + (name !== 'admonition' && argument ? 0 : 1)
      const part = new VFile({path: file.path, value: body})
      const content = processor.runSync(processor.parse(part), part) as Root
      moveTo(content, first, text)
      const directive: ContainerDirective = {
        type: 'containerDirective',
        name: kind.name,
        attributes: name === 'admonition' && argument ? {title: argument} : {},
        children: content.children as ContainerDirective['children'],
        data: {label: kind.label},
        position: node.position
      }
      parent.children[index] = directive as RootContent
      return undefined
    })
  }
}

/**
 * Give the nodes parsed from a fence's body their places in the chapter: line 1 of the body is `line`
 * of the chapter. Columns stay as parsed: MyST fences are rarely indented.
 */
function moveTo(tree: Root, line: number, text: string): void {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  // Nodes made by the plugins may share a point object (a paragraph starts where its first text does): move each once.
  const moved = new Set<object>()
  visit(tree, (node) => {
    if (node === tree || !node.position) return
    for (const point of [node.position.start, node.position.end]) {
      if (moved.has(point)) continue
      moved.add(point)
      point.line += line - 1
      point.offset = (starts[point.line - 1] ?? 0) + point.column - 1
    }
  })
}
