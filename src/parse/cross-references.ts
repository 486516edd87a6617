// Quarto cross-references (`@fig-map`, `@sec-setup`) and MyST roles (`{ref}`label``, `{ref}`text <label>``) become Colophon's `[](#label)` links.
import type {InlineCode, Link, PhrasingContent, Root, Text} from 'mdast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

/**
 * A Quarto cross-reference: `@` and a known prefix (`fig-`, `tbl-`, `sec-`…) with the id; `-@` (no prefix
 * word in Quarto) is read the same. The `@` must not follow a word character (`me@sec-x.org`) and
 * the id ends before trailing punctuation (`see @fig-map.`).
 */
const quarto = /(?<![\p{L}\p{N}_@.-])-?@((?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|alg|apx)-[\p{L}\p{N}_]+(?:[:.\-][\p{L}\p{N}_]+)*)/gu

/** The MyST roles that name a target, just before their backticked argument. */
const role = /\{(ref|numref)\}$/

/** `text <label>` in a role's argument. */
const explicit = /^(.*?)\s*<([^<>]+)>$/s

/**
 * A remark plugin: each cross-reference becomes a link to `#label` with no text, as `[](#label)` is,
 * so the transform gives it the target's label (`Figure 2`, a heading's text) wherever in the book the
 * target is, and `link/anchor-missing` reports one that names nothing. `{ref}`text <label>`` keeps its text.
 * Code, links and their text are left alone.
 *
 * @returns The transform.
 */
export function remarkCrossReferences() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value)
    if (!source.includes('@') && !source.includes('}`')) return
    const starts = [0]
    for (let found = source.indexOf('\n'); found !== -1; found = source.indexOf('\n', found + 1)) starts.push(found + 1)
    const at = (node: Text, from: number, to: number): Text['position'] => place(source, starts, node, from, to)
    visit(tree, (node, index, parent) => {
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'code') return SKIP
      if (!parent || index === undefined || node.type !== 'text') return undefined
      const siblings = parent.children as PhrasingContent[]
      const next = siblings[index + 1]
      const roleMatch = next?.type === 'inlineCode' ? role.exec(node.value) : null
      const pieces = splitQuarto(roleMatch ? node.value.slice(0, roleMatch.index) : node.value, node, at)
      if (roleMatch && next?.type === 'inlineCode') pieces.push(roleLink(next, node, roleMatch.index, at))
      if (pieces.length === 1 && pieces[0] === node) return undefined
      siblings.splice(index, roleMatch ? 2 : 1, ...pieces.filter((piece) => piece.type !== 'text' || piece.value !== ''))
      return index + pieces.length
    })
  }
}

/** The text with each `@prefix-id` replaced by a link; the node itself when there is none. */
type Place = (node: Text, from: number, to: number) => Text['position']

function splitQuarto(value: string, node: Text, at: Place): PhrasingContent[] {
  const pieces: PhrasingContent[] = []
  let from = 0
  for (const match of value.matchAll(quarto)) {
    pieces.push({type: 'text', value: value.slice(from, match.index), position: at(node, from, match.index)})
    pieces.push(link(`#${match[1] ?? ''}`, [], at(node, match.index, match.index + match[0].length)))
    from = match.index + match[0].length
  }
  if (from === 0 && value === node.value) return [node]
  pieces.push({type: 'text', value: value.slice(from), position: at(node, from, value.length)})
  return pieces
}

/** `{ref}`label`` or `{ref}`text <label>``: the role's text is at `start` in `text`, its argument in `code`. */
function roleLink(code: InlineCode, text: Text, start: number, at: Place): Link {
  const match = explicit.exec(code.value)
  const label = (match?.[2] ?? code.value).trim()
  const words = match?.[1]?.trim()
  const position = text.position && code.position ? {start: at(text, start, start)?.start ?? text.position.start, end: code.position.end} : undefined
  return link(`#${label}`, words ? [{type: 'text', value: words}] : [], position)
}

function link(url: string, children: PhrasingContent[], position: Text['position']): Link {
  return {type: 'link', url, children: children as Link['children'], position}
}

/**
 * The place of characters `from`–`to` of a text node (on one line: cross-references do not span lines).
 * mdast drops the indent of a paragraph's continuation lines, so their columns are found in the source line.
 */
function place(source: string, starts: number[], node: Text, from: number, to: number): Text['position'] {
  const start = node.position?.start
  if (!start || start.offset === undefined) return undefined
  const lines = node.value.slice(0, from).split('\n')
  const line = start.line + lines.length - 1
  let column = start.column + from
  if (lines.length > 1) {
    const lineStart = node.value.lastIndexOf('\n', from - 1) + 1
    const lineEnd = node.value.indexOf('\n', from)
    const written = node.value.slice(lineStart, lineEnd === -1 ? undefined : lineEnd)
    const raw = source.slice(starts[line - 1] ?? 0, starts[line] ?? source.length)
    column = Math.max(0, raw.indexOf(written)) + 1 + from - lineStart
  }
  const offset = (starts[line - 1] ?? 0) + column - 1
  return {start: {line, column, offset}, end: {line, column: column + to - from, offset: offset + to - from}}
}
