// Finds the include, template, citation and cross-reference syntax of other tools that Colophon keeps as written.
import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import {admonitionKind} from './admonition-kinds.js'

/** One construct left as written, with where it starts. */
export interface Unprocessed {
  /** What the construct asks for. */
  kind: 'include' | 'variable' | 'template' | 'shortcode' | 'citation' | 'cross-reference' | 'directive' | 'section'
  /** The tool whose syntax it is. */
  tool: 'mdBook' | 'GitBook' | 'Quarto' | 'Pandoc' | 'MyST'
  /** A directive's name (`figure` for ```` ```{figure} ````), a GitBook tag's name (`filename`), or a GitBook section's title. */
  name?: string
  /** The construct as written (`{{#include file.rs}}`, `@smith2020`). */
  text: string
  /** 1-based line and column, and 0-based offset in the chapter's text. */
  line: number
  column: number
  offset: number
}

/** Names mdBook's `links` preprocessor expands; any other `{{#name …}}` (Handlebars' `{{#each …}}`) it leaves alone. */
const mdBookLinks = new Set(['include', 'rustdoc_include', 'playground', 'playpen', 'title'])

/**
 * mdBook's own pattern (`src/preprocess/links.rs`): an escaped `\{{#…}}` (literal text, and the rest
 * of the line up to the last `}}` with it) or `{{#name args}}`; `{{#toc}}` without arguments is not a link.
 */
const mdBookPattern = /\\\{\{#.*\}\}|\{\{\s*#([a-zA-Z0-9_]+)\s+([^}]+)\}\}/g

/** A Quarto shortcode; its escaped forms (a comment inside the braces, or tripled braces `{{{< … >}}}`) are literal. */
const quartoPattern = /\{\{<\s*([\w-]+)[^>]*>\}\}/g

/** A Nunjucks tag as GitBook/HonKit process them: `{% name … %}`, with optional `-` whitespace control. */
const gitBookTag = /\{%-?\s*([A-Za-z_]\w*)((?:[^%]|%(?!\}))*?)-?%\}/g

/** A Nunjucks variable: `{{ book.py_version }}`, `{{ name | filter }}`. */
const gitBookVariable = /\{\{-?\s*([A-Za-z_]\w*(?:\.\w+)*)\s*(?:\|[^{}\n]*)?-?\}\}/g

/** `{% raw %}…{% endraw %}`: Nunjucks leaves the region as written. */
const rawRegion = /\{%-?\s*raw\s*-?%\}[\s\S]*?(?:\{%-?\s*endraw\s*-?%\}|$)/g

/** Code block languages that are Quarto's executable cells and diagrams rather than MyST directives. */
const quartoCells = new Set(['python', 'r', 'julia', 'ojs', 'mermaid', 'dot', 'bash', 'sql'])

/** A Pandoc citation key: starts with a letter, digit or `_`; single inner punctuation; no trailing punctuation. */
const citationKey = /^(?:\{([^{}]+)\}|[\p{L}\p{N}_]+(?:[:.#$%&\-+?<>~/][\p{L}\p{N}_]+)*)/u

/** Prefixes of Quarto cross-reference ids (figures, tables, sections, equations, listings, theorems…). */
const crossReferencePrefix = /^(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|alg|apx)-/

/**
 * Find the constructs of other tools in a chapter, in source order.
 *
 * mdBook links and Quarto shortcodes are expanded by those tools before any Markdown is read, so
 * they count inside code blocks too (that is where a listing's `{{#include}}` stands). GitBook runs
 * Nunjucks over the page with code blocks escaped, so a tag in code is code (a Django tutorial's
 * `{% url %}`), except an include of a book page (a path ending in `.md` or starting with `/`) and a
 * `{{ book.… }}` variable, which GitBook books put in code on purpose; `{% raw %}` regions are
 * literal. Citations are looked for in prose only, never in code, HTML or URLs.
 *
 * @param text - The chapter's Markdown.
 * @param tree - Its full mdast, for where code and prose are.
 * @returns What was found.
 */
export function findUnprocessed(text: string, tree: Root): Unprocessed[] {
  const found: Array<Omit<Unprocessed, 'line' | 'column'>> = []
  const code: Array<[number, number]> = []
  const prose: Array<[number, number]> = []
  // Raw HTML `<code>`, `<pre>`, `<kbd>`, `<samp>`: from the end of the start tag to the start of the end tag.
  const open = new Map<string, number>()
  visit(tree, (node, _, parent) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'math' || node.type === 'inlineMath') code.push([start, end])
    // ```{figure} …``` (MyST) and ```{python}``` (Quarto cells): a code block whose language is a `{name}`;
    // Pandoc's attribute fence ```{.python}``` is only a class and stays a plain code block.
    const name = node.type === 'code' ? /^\{([A-Za-z][\w:.-]*)\}/.exec(node.lang ?? '')?.[1] : undefined
    if (name) found.push({kind: 'directive', tool: quartoCells.has(name) ? 'Quarto' : 'MyST', name, text: `{${name}}`, offset: start})
    // A link's text is its own: `[@someone](https://…)` is a link, not a citation.
    else if (node.type === 'text' && parent?.type !== 'link' && parent?.type !== 'linkReference') prose.push([start, end])
    else if (node.type === 'html') {
      for (const tag of node.value.matchAll(/<(\/?)(code|pre|kbd|samp)\b[^>]*>/gi)) {
        const tagName = (tag[2] ?? '').toLowerCase()
        const opened = open.get(tagName)
        if (!tag[1]) open.set(tagName, start + tag.index + tag[0].length)
        else if (opened !== undefined) {
          code.push([opened, start + tag.index])
          open.delete(tagName)
        }
      }
    }
  })
  const inCode = within(code)
  const inRaw = within([...text.matchAll(rawRegion)].map((match): [number, number] => [match.index, match.index + match[0].length]))

  for (const match of text.matchAll(mdBookPattern)) {
    if (match[1] && mdBookLinks.has(match[1])) found.push({kind: match[1] === 'title' ? 'template' : 'include', tool: 'mdBook', text: match[0], offset: match.index})
  }

  for (const match of text.matchAll(quartoPattern)) {
    if (text[match.index - 1] === '{') continue
    const kind = match[1] === 'include' ? 'include' : match[1] === 'meta' || match[1] === 'var' || match[1] === 'env' ? 'variable' : 'shortcode'
    found.push({kind, tool: 'Quarto', text: match[0], offset: match.index})
  }

  for (const match of text.matchAll(gitBookTag)) {
    const name = match[1] ?? ''
    if (inRaw(match.index) || /^(?:end\w*|raw|else|elif|elseif)$/.test(name)) continue
    if (name === 'include') {
      const target = /["']([^"']*)["']/.exec(match[2] ?? '')?.[1] ?? ''
      if (!inCode(match.index) || /\.md$|^\//.test(target)) found.push({kind: 'include', tool: 'GitBook', text: match[0], offset: match.index})
    } else if (!inCode(match.index)) found.push({kind: 'template', tool: 'GitBook', name, text: match[0], offset: match.index})
  }

  for (const match of text.matchAll(gitBookVariable)) {
    if (inRaw(match.index) || (inCode(match.index) && !/^book\./.test(match[1] ?? ''))) continue
    found.push({kind: 'variable', tool: 'GitBook', text: match[0], offset: match.index})
  }

  // Each `@` once, with the text node holding it: searching from every text node would rescan the chapter.
  prose.sort((a, b) => a[0] - b[0])
  let range = 0
  for (const match of text.matchAll(/@/g)) {
    while (range < prose.length && (prose[range]?.[1] ?? 0) <= match.index) range++
    const [start, end] = prose[range] ?? [Number.POSITIVE_INFINITY, 0]
    if (match.index >= start) citationAt(text, match.index, start, end, found)
  }

  // GitBook's sectionx plugin titles a collapsible section in an HTML comment, which a book drops unseen.
  for (const match of text.matchAll(/<!--sec\b[^]*?\bces-->/g)) {
    if (!inCode(match.index)) found.push({kind: 'section', tool: 'GitBook', name: /data-title="([^"]*)"/.exec(match[0])?.[1] ?? '', text: '<!--sec … ces-->', offset: match.index})
  }

  // MyST colon fences, `:::{note}`: remark-directive wants a name right after the colons, so they are text.
  for (const match of text.matchAll(/^[ \t>]*(:{3,})[ \t]*\{([A-Za-z][\w:.-]*)\}/gm)) {
    const offset = match.index + match[0].indexOf(match[1] ?? ':')
    // Admonitions are read as Colophon's asides (src/parse/colon-fences.ts).
    if (!inCode(offset) && !admonitionKind(match[2] ?? '')) found.push({kind: 'directive', tool: 'MyST', name: match[2] ?? '', text: `{${match[2] ?? ''}}`, offset})
  }

  const lines = lineStarts(text)
  return found
    .sort((a, b) => a.offset - b.offset)
    .filter((item, index, all) => index === 0 || all[index - 1]?.offset !== item.offset)
    .map((item) => ({...item, ...place(lines, item.offset)}))
}

/**
 * A Pandoc citation at the `@` at `at`, in the prose between `start` and `end`: `[@key]`,
 * `[@key, p. 33]`, `[-@key]`, `[see @a; @b]` or in-text `@key`. The `@` must not follow a letter,
 * digit or other part of a word (e-mail addresses, `me@host`, `/@user` in a URL) nor a backslash
 * (`\@` is escaped).
 */
function citationAt(text: string, at: number, start: number, end: number, found: Array<Omit<Unprocessed, 'line' | 'column'>>): void {
  // The source around it, not the text node's: `**x**@key` has a `*` before the `@`.
  const before = at > 0 ? text[at - 1] : undefined
  const suppressed = before === '-' && (at < 2 || /[\s[;]/.test(text[at - 2] ?? ''))
  if (before !== undefined && !suppressed && !/[\s[;(]/.test(before)) return
  const key = citationKey.exec(text.slice(at + 1, end))
  const from = suppressed ? at - 1 : at
  if (!key || from < start) return
  const id = key[1] ?? key[0]
  const crossReference = crossReferencePrefix.test(id)
  found.push({kind: crossReference ? 'cross-reference' : 'citation', tool: crossReference ? 'Quarto' : 'Pandoc', text: text.slice(from, at + 1 + key[0].length), offset: from})
}

/** A test of whether an offset lies in one of `ranges` (which do not overlap), by binary search: a chapter can have thousands. */
function within(ranges: Array<[number, number]>): (offset: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  return (offset) => {
    let low = 0
    let high = sorted.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((sorted[middle]?.[0] ?? 0) <= offset) low = middle
      else high = middle - 1
    }

    const range = sorted[low]
    return range !== undefined && offset >= range[0] && offset < range[1]
  }
}

/** Offsets at which each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** 1-based line and column of an offset. */
function place(starts: number[], offset: number): {line: number; column: number} {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }

  return {line: low + 1, column: offset - (starts[low] ?? 0) + 1}
}

declare module 'vfile' {
  interface DataMap {
    /** What {@link findUnprocessed} found in the chapter, for the rules that report it. */
    unprocessed: Unprocessed[]
  }
}
