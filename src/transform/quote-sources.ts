// Moves a block quotation's source line (`— Source`) into a figure caption, the HTML way to attribute a quote.
import type {Element, ElementContent} from 'hast'
import {toString} from 'hast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {Book} from '../book.js'

/**
 * A source line opens with a dash (em, horizontal bar, en, two or three hyphens) or a tilde, then the source.
 * After `--` and `~` a capital letter or quotation mark must follow, so `~/.bashrc` or `-- verbose` is not a source.
 */
const sourceLine = /^\s*(?:[—―–]\s*(?=\S)|(?:-{2,3}|~)\s*(?=[\p{Lu}"“'‘(]))/u

/** A source set after the quotation's last sentence in the same line: `… in the end. — A. Person`. */
const trailingSource = /([.!?…"”’»)])\s+[—―]\s*([^—―\n]{1,100})$/u

/**
 * Wrap `blockquote`s that end in a source as `figure.quote > blockquote + figcaption`.
 *
 * The source is the last paragraph when it is a source line, the last line of the last paragraph
 * when it is one (`> Words.` / `> — Source` without a blank line between), or a `— Source` after the
 * last sentence of the last paragraph.
 *
 * @param book - The book.
 */
export function quoteSources(book: Book): void {
  for (const chapter of book.chapters) {
    visit(chapter.hast, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'blockquote' || !parent || index === undefined) return
      const source = takeSource(node)
      if (!source) return
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: {className: ['quote']},
        children: [node, {type: 'element', tagName: 'figcaption', properties: {}, children: [{type: 'text', value: '— '}, ...source]}],
        position: node.position
      }
      return SKIP
    })
  }
}

/** Remove the source from `quote` and return it, or return `undefined` and leave `quote` as it is. */
function takeSource(quote: Element): ElementContent[] | undefined {
  const blocks = quote.children.filter((child): child is Element => child.type === 'element')
  const last = blocks.at(-1)
  if (!last || last.tagName !== 'p') return undefined

  // The whole last paragraph, when something comes before it.
  if (blocks.length >= 2 && sourceLine.test(toString(last))) {
    quote.children = quote.children.filter((child) => child !== last)
    stripMarker(last.children)
    return last.children
  }

  // Its last line, after a line break inside the paragraph.
  let at = last.children.length - 1
  while (at >= 0 && !(last.children[at]?.type === 'text' && (last.children[at] as {value: string}).value.includes('\n'))) at--
  const text = last.children[at]
  if (text?.type === 'text') {
    const cut = text.value.lastIndexOf('\n')
    const tail: ElementContent[] = [{type: 'text', value: text.value.slice(cut + 1)}, ...last.children.slice(at + 1)]
    const before = text.value.slice(0, cut)
    const head = [...last.children.slice(0, at), {type: 'text' as const, value: before}]
    if (sourceLine.test(toString({type: 'element', tagName: 'p', properties: {}, children: tail})) && toString({type: 'element', tagName: 'p', properties: {}, children: head}).trim() !== '') {
      last.children = trimEnd(head)
      stripMarker(tail)
      return tail
    }
  }

  // A `— Source` after the last sentence, within the last text of the paragraph.
  const end = last.children.at(-1)
  const match = end?.type === 'text' ? trailingSource.exec(end.value) : null
  if (end?.type === 'text' && match?.[1] !== undefined && match[2] !== undefined) {
    end.value = end.value.slice(0, match.index + match[1].length)
    return [{type: 'text', value: match[2].trim()}]
  }

  return undefined
}

/** Drop the dash or tilde that opens a source, now that the caption sets its own. */
function stripMarker(children: ElementContent[]): void {
  const first = children[0]
  if (first?.type === 'text') first.value = first.value.replace(sourceLine, '')
}

/** Drop the hard break and white space a paragraph ends with once its last line has gone. */
function trimEnd(children: ElementContent[]): ElementContent[] {
  const result = [...children]
  for (;;) {
    const end = result.at(-1)
    if (end?.type === 'element' && end.tagName === 'br') result.pop()
    else if (end?.type === 'text' && end.value.trim() === '') result.pop()
    else if (end?.type === 'text') {
      result[result.length - 1] = {...end, value: end.value.trimEnd()}
      return result
    } else return result
  }
}
