// Quarto callouts (`::: callout-tip`, `::: {.callout-note title="…"}`) and MyST colon fences (`:::{warning}`) become Colophon's asides.
import type {Heading, Paragraph, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {ContainerDirective} from 'mdast-util-directive'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {admonitionKind, type AdmonitionKind} from './admonition-kinds.js'

/** A fence line that opens a div: MyST `:::{name} argument`, Quarto `::: callout-tip` or `::: {.class key="value"}`. */
const opening = /^:{3,}[ \t]*(?:\{([A-Za-z][\w-]*)\}[ \t]*(.*)|([A-Za-z][\w-]*)[ \t]*|\{([^{}]*)\}[ \t]*)$/

/** A closing fence. */
const closing = /^:{3,}[ \t]*$/

/** A MyST directive option line, `:class: tip`. */
const optionLine = /^:[\w-]+:(?:\s.*)?$/

/** A fence line found in a paragraph, with what it opens (`undefined` for a close). */
interface Fence {
  type: 'fence'
  text: string
  /** What it opens: a kind Colophon shows, or `null` for another div (`::: {.column}`, `:::{dropdown}`) kept as text. */
  opens?: {kind: AdmonitionKind | null; title?: string; argument?: string; myst: boolean}
  position: Position
}

type Item = RootContent | Fence

/**
 * A remark plugin. remark-directive wants a name right after the colons, so these fences reach the
 * tree as paragraphs of text (`::: callout-tip`, then the content, then `:::`); this finds the fence
 * lines in paragraphs, pairs them (nested divs too), and turns the pairs that are callouts or admonitions
 * into `note` or `tip` container directives, the tree `:::note` makes. Other divs stay as written, their
 * fence lines as text. Quarto's `title` attribute, or a heading opening the callout, is the title;
 * `appearance`, `icon` and `collapse` style HTML themes and are ignored, as are MyST's options.
 *
 * @returns The transform.
 */
export function remarkColonFences() {
  return (tree: Root, file: VFile): void => {
    const text = String(file.value)
    if (!text.includes(':::')) return
    const starts = [0]
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
    group(tree, {text, starts})
  }
}

interface Source {
  text: string
  starts: number[]
}

/** Group the fenced divs among `parent`'s children, deepest first. */
function group(parent: {children: RootContent[]}, source: Source): void {
  for (const child of parent.children) if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') group(child as {children: RootContent[]}, source)
  if (!parent.children.some((child) => child.type === 'paragraph' && fenceIn(child))) return
  const items = parent.children.flatMap((child) => (child.type === 'paragraph' ? split(child, source) : [child]))
  const frames: Array<{fence?: Fence; children: RootContent[]}> = [{children: []}]
  const close = (end?: Fence): void => {
    const frame = frames.pop()!
    const outer = frames.at(-1)!
    const opens = frame.fence!.opens!
    if (!opens.kind) {
      outer.children.push(paragraphOf(frame.fence!), ...frame.children, ...(end ? [paragraphOf(end)] : []))
      return
    }
    outer.children.push(directive(frame.fence!, opens, frame.children, end?.position.end ?? frame.children.at(-1)?.position?.end))
  }
  for (const item of items) {
    if (item.type !== 'fence') frames.at(-1)!.children.push(item)
    else if (item.opens) frames.push({fence: item, children: []})
    else if (frames.length > 1) close(item)
    else frames[0]!.children.push(paragraphOf(item))
  }
  // A div left open ends with its parent, as in MyST and Pandoc.
  while (frames.length > 1) close()
  parent.children = frames[0]!.children
}

function directive(fence: Fence, opens: NonNullable<Fence['opens']>, children: RootContent[], end: Point | undefined): ContainerDirective {
  let title = opens.title
  const first = children[0]
  // Quarto: a heading opening the callout is its title.
  if (title === undefined && !opens.myst && first?.type === 'heading') {
    title = plain(first)
    children = children.slice(1)
  }
  // MyST: after a kind other than `admonition`, the rest of the fence line is the body's first words.
  if (opens.argument) children = [{type: 'paragraph', children: [{type: 'text', value: opens.argument}], position: fence.position}, ...children]
  return {
    type: 'containerDirective',
    name: opens.kind!.name,
    attributes: title ? {title} : {},
    children: children as ContainerDirective['children'],
    data: {label: opens.kind!.label},
    position: {start: fence.position.start, end: end ?? fence.position.end}
  }
}

function plain(node: Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : 'children' in child ? plain(child as unknown as Heading) : '')).join('')
}

function paragraphOf(fence: Fence): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value: fence.text, position: fence.position}], position: fence.position}
}

/** Whether a paragraph holds a fence line. */
function fenceIn(node: Paragraph): boolean {
  return node.children.some((child) => child.type === 'text' && child.value.split('\n').some((line) => opening.test(line) || closing.test(line)))
}

/** What a fence line opens, or `undefined` when it is a close. */
function readFence(line: string): Fence['opens'] {
  const match = opening.exec(line)
  if (!match) return undefined
  const [, myst, argument, word, braces] = match
  if (myst) {
    const kind = admonitionKind(myst) ?? null
    const rest = (argument ?? '').trim()
    return myst === 'admonition' ? {kind, title: rest || undefined, myst: true} : {kind, argument: rest || undefined, myst: true}
  }
  if (word) return {kind: word.startsWith('callout-') ? admonitionKind(word) ?? null : null, myst: false}
  const callout = /(?:^|\s)\.(callout-[\w-]+)/.exec(braces ?? '')?.[1]
  const title = /\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(braces ?? '')
  return {kind: callout ? admonitionKind(callout) ?? null : null, title: title ? title[1] ?? title[2] : undefined, myst: false}
}

/** Split a paragraph at its fence lines: the paragraph pieces between them, and the fences. */
function split(node: Paragraph, source: Source): Item[] {
  if (!fenceIn(node)) return [node]
  const items: Item[] = []
  let pending: PhrasingContent[] = []
  let options = false
  const flush = (): void => {
    const meaningful = pending.filter((child) => child.type !== 'text' || child.value.trim() !== '')
    if (meaningful.length > 0) items.push({type: 'paragraph', children: pending, position: {start: pending[0]!.position!.start, end: pending.at(-1)!.position!.end}})
    pending = []
  }
  node.children.forEach((child, index) => {
    if (child.type !== 'text' || !child.position) {
      options = false
      pending.push(child)
      return
    }
    const lines = child.value.split('\n')
    let from = 0
    const line0 = child.position.start.line
    lines.forEach((line, at) => {
      const whole = (at > 0 || index === 0) && (at < lines.length - 1 || index === node.children.length - 1)
      const fence = whole && (opening.test(line) || closing.test(line))
      const option = whole && options && optionLine.test(line.trim())
      if (!fence && !option) {
        options = false
        return
      }
      if (at > from) pending.push(textOf(lines.slice(from, at).join('\n'), child, line0 + from, source, from === 0))
      from = at + 1
      if (option) return
      flush()
      const position = {start: point(source, line0 + at, line), end: point(source, line0 + at, line, line.length)}
      const opens = readFence(line)
      options = Boolean(opens?.myst)
      items.push({type: 'fence', text: line, opens, position})
    })
    if (from < lines.length) pending.push(textOf(lines.slice(from).join('\n'), child, line0 + from, source, from === 0))
  })
  flush()
  return items
}

/** A text node for lines of `parent` starting at chapter line `line`. */
function textOf(value: string, parent: Text, line: number, source: Source, atStart: boolean): Text {
  const lines = value.split('\n')
  const last = lines.at(-1) ?? ''
  const start = atStart ? parent.position!.start : point(source, line, lines[0] ?? '')
  const end = point(source, line + lines.length - 1, last, last.length)
  return {type: 'text', value, position: {start, end}}
}

/** The point where `content` starts (plus `add` characters) on chapter line `line`; continuation lines lose their indent in mdast. */
function point(source: Source, line: number, content: string, add = 0): Point {
  const start = source.starts[line - 1] ?? 0
  const raw = source.text.slice(start, source.starts[line] ?? source.text.length)
  const at = Math.max(0, content ? raw.indexOf(content) : 0)
  return {line, column: at + add + 1, offset: start + at + add}
}
