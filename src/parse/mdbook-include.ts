// Expands mdBook's `{{#include}}` and `{{#rustdoc_include}}` (line ranges, anchors, nested) inside the project root.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {resolveInside} from '../load/resolve-inside.js'

/** Where includes may read from, and what was read (for the parse cache). */
export interface IncludeContext {
  /** Real path of the folder reads must stay in: the manuscript, or the book's `project-root`. */
  root: string
  /** Real paths of the files read, with their text (`undefined` when unreadable), filled as includes expand. */
  read?: Map<string, string | undefined>
}

/** An include that could not be expanded, at its offset in the text handed to {@link expandMdBookIncludes}. */
export interface IncludeError {
  offset: number
  /** The directive as written. */
  text: string
  reason: string
}

/** mdBook expands includes inside included files up to this depth (`MAX_LINK_NESTED_DEPTH` in its `links.rs`). */
export const maxIncludeDepth = 10

/** mdBook's pattern: an escaped `\{{#…}}` (kept literal, backslash dropped) or `{{#include args}}` / `{{#rustdoc_include args}}`. */
const pattern = /\\(\{\{#.*\}\})|\{\{\s*#(include|rustdoc_include)\s+([^}]+)\}\}/g

/** An anchor line: `ANCHOR: name` or `ANCHOR_END: name`, in any comment syntax. */
const anchorLine = /ANCHOR(?:_END)?:\s*([\w-]+)/

/**
 * Replace each `{{#include path}}` / `{{#rustdoc_include path}}` in `text` with the lines it selects:
 * the whole file, `:5` (line 5), `:5:10`, `::10`, `:5:` (1-based, inclusive), or `:name` (the lines
 * between `ANCHOR: name` and `ANCHOR_END: name`, every anchor line dropped). `rustdoc_include` is read
 * as `include`: the lines it selects, without mdBook's hidden rest of the file. Paths are relative to
 * the file that names them; included files are expanded in turn; an escaped `\{{#…}}` loses its
 * backslash and stays literal.
 *
 * @param text - Text holding directives (a code block's value).
 * @param fromDir - Absolute folder of the file `text` comes from.
 * @param context - Project root and the record of files read.
 * @returns The expanded text and the directives that failed (those stay as written).
 */
export function expandMdBookIncludes(text: string, fromDir: string, context: IncludeContext): {text: string; errors: IncludeError[]} {
  const errors: IncludeError[] = []
  const expanded = expand(text, fromDir, context, [], (offset, directive, reason) => errors.push({offset, text: directive, reason}))
  return {text: expanded, errors}
}

/** Whether `text` may hold an mdBook include or an escaped directive (a cheap test before a full expansion). */
export function hasMdBookLink(text: string): boolean {
  return text.includes('{{')
}

type Fail = (offset: number, directive: string, reason: string) => void

function expand(text: string, fromDir: string, context: IncludeContext, chain: string[], fail: Fail): string {
  return text.replace(pattern, (match: string, escaped: string | undefined, _kind: string | undefined, args: string | undefined, offset: number) => {
    if (escaped !== undefined) return escaped
    const included = include((args ?? '').trim(), fromDir, context, chain)
    if (typeof included === 'string') return included
    fail(offset, match, included.reason)
    return match
  })
}

/** The selected lines of one include, nested includes expanded, or why it cannot be read. */
function include(args: string, fromDir: string, context: IncludeContext, chain: string[]): string | {reason: string} {
  const {file, selector} = splitArguments(args)
  const resolved = resolveInside(context.root, fromDir, file)
  if (!resolved.ok) {
    return {reason: resolved.reason === 'outside' ? `\`${file}\` is outside the project root \`${context.root}\` (set \`project-root\` in book.yaml to read from a parent folder)` : `\`${file}\` does not exist`}
  }

  if (chain.includes(resolved.path)) return {reason: `\`${file}\` includes itself (${[...chain, resolved.path].map((item) => `\`${path.basename(item)}\``).join(' → ')})`}
  if (chain.length >= maxIncludeDepth) return {reason: `includes are nested deeper than ${maxIncludeDepth} levels at \`${file}\``}
  let content: string
  try {
    content = readFileSync(resolved.path, 'utf8')
    context.read?.set(resolved.path, content)
  } catch (error) {
    context.read?.set(resolved.path, undefined)
    return {reason: `\`${file}\` cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`}
  }

  const selected = selectLines(content.replace(/\r\n?/g, '\n'), selector)
  if (typeof selected !== 'string') return {reason: `${selected.reason} in \`${file}\``}
  // Errors inside the included file are reported at the include that started the chain: its text is not the chapter's.
  let nested: string | undefined
  const text = expand(selected, path.dirname(resolved.path), context, [...chain, resolved.path], (_offset, directive, reason) => {
    nested ??= `${directive}: ${reason}`
  })
  return nested === undefined ? text : {reason: `in \`${file}\`, ${nested}`}
}

/** `path:selector` → the path and the part after its first `:` (a Windows drive letter is refused by the resolver anyway). */
function splitArguments(args: string): {file: string; selector: string | undefined} {
  const colon = args.indexOf(':')
  return colon === -1 ? {file: args, selector: undefined} : {file: args.slice(0, colon), selector: args.slice(colon + 1)}
}

/**
 * The lines of `content` that `selector` picks, as mdBook reads it.
 *
 * @param content - The file's text with `\n` line ends.
 * @param selector - `undefined` (all), `5`, `5:10`, `:10`, `5:` or an anchor name.
 * @returns The lines joined by `\n` (no final line end), or why not.
 */
export function selectLines(content: string, selector: string | undefined): string | {reason: string} {
  const lines = content.split('\n')
  if (lines.at(-1) === '') lines.pop()
  if (selector === undefined || selector === '') return lines.join('\n')
  const range = /^(\d*)(?::(\d*))?$/.exec(selector)
  if (range) {
    const start = range[1] ? Number(range[1]) : 1
    // `:5` is one line; `:5:` runs to the end; `::10` and `:5:10` end at their line.
    const end = range[2] === undefined ? start : range[2] === '' ? lines.length : Number(range[2])
    if (start < 1 || end < start) return {reason: `Line range \`${selector}\` is empty`}
    return lines.slice(start - 1, end).join('\n')
  }

  const inside: string[] = []
  let open = false
  let found = false
  for (const line of lines) {
    const anchor = anchorLine.exec(line)
    if (anchor) {
      if (anchor[1] === selector) {
        found ||= !line.includes('ANCHOR_END')
        open = !line.includes('ANCHOR_END')
        if (!open && found) break
      }

      continue
    }

    if (open) inside.push(line)
  }

  return found ? inside.join('\n') : {reason: `Cannot find anchor \`${selector}\``}
}
