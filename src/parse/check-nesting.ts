// Finds Markdown or HTML nested so deeply that parsing it would take unbounded time or overflow the stack.

/** Deepest nesting of block quotes and lists a chapter may have (micromark slows quadratically past it). */
export const maxMarkdownDepth = 100

/** Deepest nesting of raw HTML elements a chapter may have (the HTML tree walkers recurse per level). */
export const maxHtmlDepth = 256

/** Where and how a text nests too deeply. */
export interface DeepNesting {
  /** 1-based line and column of the first construct past the limit. */
  line: number
  column: number
  /** `Markdown` or `HTML`. */
  kind: 'Markdown' | 'HTML'
  /** The limit that was passed. */
  limit: number
}

/** Elements that never take an end tag, so they never nest. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/** Elements HTML closes by itself (`<p>`, `<li>`…), so a missing end tag does not nest. */
const autoClosing = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'rt', 'rp', 'thead', 'tbody', 'tfoot'])

/**
 * Find the first place where `text` nests deeper than the limits.
 *
 * Both measures over-count rather than under-count (they do not know about code blocks), so a
 * hostile text cannot slip past them; a real book stays far below either limit.
 *
 * @param text - The chapter's Markdown.
 * @returns The place, or `undefined` when the nesting is bounded.
 */
export function findDeepNesting(text: string): DeepNesting | undefined {
  const lines = text.split('\n')
  let htmlDepth = 0
  for (const [index, lineText] of lines.entries()) {
    // Block containers start a line: indentation, `>` and list markers, in any mix.
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*/.exec(lineText)?.[0] ?? ''
    const markers = prefix.replace(/\d{1,9}[.)]/g, '-').replace(/[ \t]/g, '').length
    const indent = prefix.replace(/[^ \t]/g, '').replace(/\t/g, '    ').length
    if (markers + Math.floor(indent / 2) > maxMarkdownDepth) {
      return {line: index + 1, column: 1, kind: 'Markdown', limit: maxMarkdownDepth}
    }

    for (const tag of lineText.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g)) {
      const name = (tag[2] ?? '').toLowerCase()
      if (voidElements.has(name) || autoClosing.has(name) || tag[3] === '/') continue
      htmlDepth = tag[1] === '/' ? Math.max(0, htmlDepth - 1) : htmlDepth + 1
      if (htmlDepth > maxHtmlDepth) return {line: index + 1, column: (tag.index ?? 0) + 1, kind: 'HTML', limit: maxHtmlDepth}
    }
  }

  return undefined
}
