// Reads the body of a MyST directive in a backtick fence: its options, then its content as Markdown, placed where it stands in the chapter.
import type {Code, Root} from 'mdast'
import type {Processor} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'

/** A directive option line, `:class: tip`, at the top of the body. */
const optionLine = /^:([\w-]+):(?:\s+(.*))?$/

/** A directive's body: its options (`:name: fig-map` → `name`) and its content. */
export interface FenceBody {
  options: Record<string, string>
  content: Root
}

/**
 * Read a MyST fence's body. Options come as `:key: value` lines or a `---` YAML block (read as
 * `key: value` lines only). The content is parsed with `processor`, so fences inside it are read too,
 * and its nodes get their places in the chapter. With `lead`, that text opens the content
 * (docutils' reading of an argument given to a directive that takes none).
 *
 * @param processor - The chapter's remark processor.
 * @param file - The chapter.
 * @param node - The fence.
 * @param lead - Text that opens the content, on the fence's line.
 * @returns Options and content.
 */
export function readFenceBody(processor: Processor, file: VFile, node: Code, lead?: string): FenceBody {
  const lines = node.value.split('\n')
  const options: Record<string, string> = {}
  let skip = 0
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1)
    for (const line of lines.slice(1, end)) {
      const pair = /^([\w-]+):\s*(.*)$/.exec(line.trim())
      if (pair) options[pair[1] ?? ''] = pair[2] ?? ''
    }
    skip = end === -1 ? 0 : end + 1
  }
  for (let match = optionLine.exec((lines[skip] ?? '').trim()); match && skip < lines.length; match = optionLine.exec((lines[++skip] ?? '').trim())) {
    options[match[1] ?? ''] = (match[2] ?? '').trim()
  }
  const body = [...(lead ? [lead] : []), ...lines.slice(skip)].join('\n')
  const part = new VFile({path: file.path, value: body})
  const content = processor.runSync(processor.parse(part), part) as Root
  // Body line 1 is the fence's line when `lead` opens it, else the first line after the options.
  const start = node.position?.start.line ?? 1
  moveTo(content, start + skip + (lead ? 0 : 1), String(file.value))
  return {options, content}
}

/** Give the nodes parsed from a body their places in the chapter: line 1 of the body is `line`. Columns stay as parsed: MyST fences are rarely indented. */
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
