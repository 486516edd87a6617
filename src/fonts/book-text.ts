// The characters a book prints: what decides which font subsets it needs.
import type {Element, Nodes} from 'hast'
import type {Book} from '../book.js'

/** The code points of a book's text, and of the part of it set in code. */
export interface BookText {
  /** Every code point of the chapters' text and of the metadata the front pages print. */
  all: ReadonlySet<number>
  /** The code points outside code: the chapters' prose and the metadata. */
  prose: ReadonlySet<number>
  /** The code points inside `code`, `kbd`, `pre` and `samp` elements only. */
  code: ReadonlySet<number>
  /** The code points the text follows with U+FE0F (VARIATION SELECTOR-16), asking for them drawn as emoji. */
  emoji: ReadonlySet<number>
}

/** Elements set in the monospace font (browsers' own stylesheets give them `monospace`; ours, JetBrains Mono). */
const monospaceElements = new Set(['code', 'kbd', 'pre', 'samp'])

const memo = new WeakMap<Book, BookText>()

/**
 * Collect the code points of `book`: the text of every chapter's tree (generated chapters
 * included) and every string of its metadata, since the title, copyright and contents pages
 * print those. Computed once per book: the EPUB and the PDF ask for the same answer.
 *
 * @param book - The transformed book.
 * @returns The code points.
 */
export function bookText(book: Book): BookText {
  const known = memo.get(book)
  if (known) return known
  const all = new Set<number>()
  const code = new Set<number>()
  const prose = new Set<number>()
  const emoji = new Set<number>()
  const add = (set: Set<number>, text: string): void => {
    let previous: number | undefined
    for (const char of text) {
      const point = char.codePointAt(0) ?? 0
      set.add(point)
      if (point === 0xfe0f && previous !== undefined) emoji.add(previous)
      previous = point
    }
  }

  const walk = (node: Nodes, inCode: boolean): void => {
    if (node.type === 'text') {
      add(all, node.value)
      add(inCode ? code : prose, node.value)
    } else if (node.type === 'root' || node.type === 'element') {
      const nowCode = inCode || (node.type === 'element' && monospaceElements.has((node as Element).tagName))
      for (const child of node.children) walk(child, nowCode)
    }
  }

  for (const chapter of book.chapters) walk(chapter.hast, false)
  addStrings(book.config, (text) => {
    add(all, text)
    add(prose, text)
  })
  const text = {all, prose, code, emoji}
  memo.set(book, text)
  return text
}

/** Call `add` with every string anywhere inside `value` (the validated config is plain data). */
function addStrings(value: unknown, add: (text: string) => void): void {
  if (typeof value === 'string') add(value)
  else if (Array.isArray(value)) for (const item of value) addStrings(item, add)
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) addStrings(item, add)
}
