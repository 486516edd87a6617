// Fills mdBook includes into the code blocks of a chapter; the chapter's own text, and so every position in it, stays as written.
import {realpathSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {addMessage} from '../report/message.js'
import {expandMdBookIncludes, hasMdBookLink, type IncludeContext} from './mdbook-include.js'

/**
 * Expand `{{#include}}` and `{{#rustdoc_include}}` in every code block of `tree` (where mdBook books
 * put them: listings). Only the code node's `value` changes, so nothing after it moves; an include
 * that cannot be read is a `parse/include-failed` error at its own line and column, and stays as written.
 *
 * @param file - The chapter; its text locates each directive.
 * @param tree - Its mdast.
 * @param root - Real path of the folder includes may read from.
 * @param read - Filled with the files read (real path → text), for the parse cache.
 * @returns The offsets in the chapter of the directives handled (expanded or reported), which are no longer "unprocessed".
 */
export function expandCodeIncludes(file: VFile, tree: Root, root: string, read?: Map<string, string | undefined>): Set<number> {
  const handled = new Set<number>()
  const text = String(file.value)
  let fromDir: string
  try {
    fromDir = realpathSync(path.dirname(path.resolve(file.path)))
  } catch {
    return handled
  }

  const context: IncludeContext = {root, read}
  visit(tree, 'code', (node) => {
    if (!hasMdBookLink(node.value)) return
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? text.length
    const source = text.slice(start, end)
    // Each directive's place in the chapter: the n-th `{{#include` of the block's value is the n-th of its source
    // (a list item's or quote's indentation sits between lines, never inside a directive).
    const offsets = [...source.matchAll(/\{\{\s*#(?:include|rustdoc_include)\s/g)].map((match) => start + match.index)
    const valueOffsets = [...node.value.matchAll(/\{\{\s*#(?:include|rustdoc_include)\s/g)].map((match) => match.index)
    const {text: expanded, errors} = expandMdBookIncludes(node.value, fromDir, context)
    for (const offset of offsets) handled.add(offset)
    for (const error of errors) {
      const offset = offsets[valueOffsets.indexOf(error.offset)] ?? start
      const place = positionAt(text, offset)
      addMessage(file, `Cannot include \`${error.text.length > 80 ? `${error.text.slice(0, 80)}…` : error.text}\`: ${error.reason}`, {ruleId: 'parse/include-failed', place})
    }

    node.value = expanded
  })
  return handled
}

/** 1-based line and column of `offset` in `text`. */
function positionAt(text: string, offset: number): {line: number; column: number; offset: number} {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }

  return {line, column: offset - lineStart + 1, offset}
}

/**
 * What the chapter's mdBook includes read, as one string for the parse cache's key: an edit to an
 * included file (or a nested one) must parse the chapter again. Every directive of the text counts,
 * in code or not, which can only add files, never miss one.
 *
 * @param file - The chapter.
 * @param root - Real path of the folder includes may read from.
 * @returns Each file's real path and text (or that it is unreadable), in path order; `''` without includes.
 */
export function includeDependencies(file: VFile, root: string): string {
  const text = String(file.value)
  if (!/\{\{\s*#(?:include|rustdoc_include)\s/.test(text)) return ''
  let fromDir: string
  try {
    fromDir = realpathSync(path.dirname(path.resolve(file.path)))
  } catch {
    return ''
  }

  const read = new Map<string, string | undefined>()
  expandMdBookIncludes(text, fromDir, {root, read})
  return [...read]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, content]) => `${name}\0${content === undefined ? '\u0001unreadable' : content}`)
    .join('\0')
}
