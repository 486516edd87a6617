// Parses YAML safely (no custom tags, bounded aliases) and keeps the document for positions.
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {Document, LineCounter, isMap, isNode, isPair, isScalar, parseDocument, visit} from 'yaml'
import {addMessage} from '../report/message.js'

/** YAML parsed from a file, with what is needed to point back into it. */
export interface ParsedYaml {
  /** The plain data, or `undefined` when the YAML is broken. */
  data: unknown
  /** The YAML document, for positions of keys and values. */
  document: Document
  /** Turn an offset in the YAML text into a point in the file. */
  pointAt: (offset: number) => Point
}

/** Aliases one YAML text may expand: enough for any book, too few for a "billion laughs". */
const maxAliasCount = 100

/**
 * Deepest nesting of collections a YAML text may have. Checked on the text before parsing,
 * because the yaml package recurses per level: 10 000 `[` overflow its stack or exhaust memory.
 */
export const maxYamlDepth = 64

/**
 * Parse YAML text that sits in `file` from line `lineOffset + 1`.
 *
 * Errors (syntax, tags, alias bombs) are reported on `file` as `config/yaml`.
 *
 * @param file - File the YAML belongs to.
 * @param text - The YAML text.
 * @param lineOffset - Lines before the YAML in the file (front matter starts after `---`).
 * @returns The parsed YAML.
 */
export function parseYaml(file: VFile, text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter()
  const deep = tooDeepAt(text)
  // Parse nothing (an empty document) when the text is too deep to parse safely.
  const document = parseDocument(deep === undefined ? text : '', {lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core'})
  const pointAt = (offset: number): Point => {
    const {line, col} = lineCounter.linePos(offset)
    return {line: line + lineOffset, column: col, offset}
  }

  if (deep !== undefined) {
    const before = text.slice(0, deep)
    const line = before.split('\n').length
    const column = deep - before.lastIndexOf('\n')
    addMessage(file, `YAML is nested deeper than ${maxYamlDepth} levels; flatten it`, {
      ruleId: 'config/yaml',
      place: {line: line + lineOffset, column, offset: deep}
    })
    return {data: undefined, document, pointAt}
  }

  // Unresolved tags are only warnings to the yaml package; a manuscript may use no tags at all.
  const problems = [...document.errors, ...document.warnings]
  for (const problem of problems) {
    const reason = problem.code === 'TAG_RESOLVE_FAILED' ? 'YAML tags are not allowed' : problem.message.split('\n')[0]
    addMessage(file, `${reason} (fix the YAML syntax)`, {ruleId: 'config/yaml', place: pointAt(problem.pos[0])})
  }

  // Every tag, even a standard one (`!!binary`, `!!set`), is refused: a book needs plain data only.
  visit(document, (_key, node) => {
    if (isNode(node) && node.tag !== undefined && !problems.some((problem) => problem.code === 'TAG_RESOLVE_FAILED')) {
      addMessage(file, `YAML tags are not allowed, found \`${node.tag.replace('tag:yaml.org,2002:', '!!')}\` (fix the YAML syntax)`, {
        ruleId: 'config/yaml',
        place: pointAt(tagStart(text, node.range?.[0] ?? 0))
      })
      problems.push({code: 'TAG_RESOLVE_FAILED'} as never)
    }
  })

  if (problems.length > 0) return {data: undefined, document, pointAt}

  try {
    return {data: document.toJS({maxAliasCount}), document, pointAt}
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    addMessage(file, `Cannot read YAML: ${reason}; use fewer aliases`, {ruleId: 'config/yaml', place: pointAt(0)})
    return {data: undefined, document, pointAt}
  }
}

/**
 * Find the place of the value (or, with `key: true`, the key) at `path`.
 *
 * @param yaml - Parsed YAML.
 * @param path - Keys and indices from the root.
 * @param key - Point at the last key rather than its value.
 * @returns The place, or the closest existing parent's.
 */
export function placeOf(yaml: ParsedYaml, path: ReadonlyArray<PropertyKey>, key = false): Position | undefined {
  let node: unknown = yaml.document.contents
  let place = rangeOf(yaml, node)
  for (const [index, segment] of path.entries()) {
    if (!isNode(node) || !('items' in node)) break
    const items = (node as {items: unknown[]}).items
    let next: unknown
    if (isMap(node)) {
      const pair = items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment)
      if (!isPair(pair)) break
      next = key && index === path.length - 1 ? pair.key : pair.value
    } else {
      next = items[Number(segment)]
    }

    place = rangeOf(yaml, next) ?? place
    node = next
  }

  return place
}

function rangeOf(yaml: ParsedYaml, node: unknown): Position | undefined {
  if (!isNode(node) || !node.range) return undefined
  return {start: yaml.pointAt(node.range[0]), end: yaml.pointAt(node.range[1])}
}

/** Where the tag before the node at `offset` starts (`!!binary aGk=` → the first `!`). */
function tagStart(text: string, offset: number): number {
  let index = offset
  while (index > 0 && /\s/.test(text[index - 1] ?? '')) index--
  while (index > 0 && !/\s/.test(text[index - 1] ?? '')) index--
  return text[index] === '!' ? index : offset
}

/**
 * Offset where the text first nests deeper than {@link maxYamlDepth}, counting flow brackets
 * outside quoted scalars and comments, and block indentation levels (sequence dashes count as levels).
 * A quote only opens a quoted scalar where a value can start, so `Ada's` does not hide what follows.
 */
function tooDeepAt(text: string): number | undefined {
  let flow = 0
  let quote = ''
  let previous = '\n'
  let lineStart = true
  const indents: number[] = []
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? ''
    if (lineStart && flow === 0 && quote === '') {
      const match = /^( *)((?:- +)*)(?=[^\s#])/.exec(text.slice(index, index + 4096))
      if (match) {
        const indent = match[1]?.length ?? 0
        while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop()
        indents.push(indent)
        const dashes = (match[2] ?? '').split('-').length - 1
        if (indents.length + dashes > maxYamlDepth) return index
      }
    }

    if (quote !== '') {
      if (char === '\\' && quote === '"') index++
      else if (char === quote) quote = ''
    } else if ((char === '"' || char === "'") && /[\n:\-[{,?]/.test(previous)) quote = char
    else if (char === '#' && /\s/.test(text[index - 1] ?? '\n')) {
      const end = text.indexOf('\n', index)
      index = (end === -1 ? text.length : end) - 1
    } else if (char === '[' || char === '{') {
      if (++flow > maxYamlDepth) return index
    } else if ((char === ']' || char === '}') && flow > 0) flow--

    // The last significant character, to know whether a quote can open a scalar here.
    if (char === '\n' || !/\s/.test(char)) previous = char
    lineStart = char === '\n'
  }

  return undefined
}
