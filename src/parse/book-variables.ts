// Fills GitBook/HonKit `{{ book.name }}` variables from `book.yaml`'s `variables`, in the tree, so no position in the chapter moves.
import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'

/** `{{ book.name }}`, with Nunjucks' optional `-` whitespace control; filters (`| upper`) are not read. */
const variable = /\{\{-?\s*book\.([A-Za-z_]\w*)\s*-?\}\}/g

/**
 * Replace every `{{ book.name }}` whose `name` is in `variables` in the text, code, inline code, raw
 * HTML and link and image URLs of `tree` (GitBook fills them in code too). Only node values change:
 * the chapter's text, and so every position in it, stays as written. An unknown name is left as
 * written, for `markdown/include-unprocessed` to report.
 *
 * @param tree - A chapter's mdast.
 * @param variables - Values by name, from `book.yaml`.
 */
export function fillVariables(tree: Root, variables: Readonly<Record<string, string>>): void {
  const fill = (text: string): string => (text.includes('{{') ? text.replace(variable, (match, name: string) => (Object.hasOwn(variables, name) ? (variables[name] ?? match) : match)) : text)
  visit(tree, (node) => {
    if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'code' || node.type === 'inlineCode' || node.type === 'html')) node.value = fill(node.value)
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = fill(node.url)
  })
}

/**
 * Whether a `{{ book.name }}` as written is one `variables` fills.
 *
 * @param text - The variable as written.
 * @param variables - Values by name.
 * @returns `true` when it is filled in.
 */
export function isKnownVariable(text: string, variables: Readonly<Record<string, string>>): boolean {
  const name = /^\{\{-?\s*book\.([A-Za-z_]\w*)\s*-?\}\}$/.exec(text)?.[1]
  return name !== undefined && Object.hasOwn(variables, name)
}
