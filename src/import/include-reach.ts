// Finds how far above its manuscript folder a book's mdBook includes reach, for the `project-root` of an imported book.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {listMarkdown} from '../load/list-markdown.js'

/** `{{#include path…}}` and `{{#rustdoc_include path…}}`, not escaped; the path ends at `:` or the braces. */
const directive = /(?<!\\)\{\{\s*#(?:include|rustdoc_include)\s+([^:}\s]+)/g

/**
 * The folder above `root` that every include of its Markdown files stays in.
 *
 * @param root - The manuscript folder (an mdBook's `src/`).
 * @returns `..`, `../..`… when some include reaches above `root`, else `undefined`.
 */
export function includeReach(root: string): string | undefined {
  let levels = 0
  for (const name of listMarkdown(root)) {
    let text: string
    try {
      text = readFileSync(path.join(root, name), 'utf8')
    } catch {
      continue
    }

    for (const match of text.matchAll(directive)) {
      const relative = path.relative(root, path.resolve(root, path.dirname(name), match[1] ?? ''))
      const up = relative.split(path.sep).findIndex((segment) => segment !== '..')
      levels = Math.max(levels, up === -1 ? relative.split(path.sep).length : up)
    }
  }

  return levels === 0 ? undefined : Array.from({length: levels}, () => '..').join('/')
}
