// Finds the characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) in what the author wrote.
import type {Element, Root} from 'hast'
import type {Point, Position} from 'unist'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {addMessage} from '../report/message.js'

/** Id of the error: a character no output could hold. */
export const forbiddenCharacterRule = 'config/forbidden-character'

/**
 * One character that XML 1.0 §2.2 `Char` excludes. No output may hold it: the EPUB's documents are
 * XML, and a serialiser that drops it silently loses what the author wrote, so it is an error at its
 * place instead.
 */
const forbidden = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** At most this many characters are reported per file; a binary file pasted as a chapter would make thousands. */
const maxReports = 10

/**
 * Whether `text` holds a forbidden character.
 *
 * @param text - Any text.
 * @returns The first one's index, or -1.
 */
export function forbiddenIndex(text: string): number {
  return text.search(forbidden)
}

/**
 * Report every forbidden character written literally in `file`'s text, at its line and column.
 *
 * @param file - A chapter or `book.yaml`, for the messages.
 * @param text - Its decoded text.
 * @returns Whether there was any.
 */
export function reportForbiddenText(file: VFile, text: string): boolean {
  if (forbiddenIndex(text) === -1) return false
  let count = 0
  for (const match of text.matchAll(forbidden)) {
    if (count++ === maxReports) break
    addMessage(file, `Character ${codePoint(match[0])} cannot be in a book (XML 1.0 forbids it); delete it`, {
      ruleId: forbiddenCharacterRule,
      place: pointAt(text, match.index)
    })
  }

  return true
}

/**
 * Report forbidden characters that an escape made: a YAML `"\x01"`, an HTML `&#xFFFE;`.
 *
 * @param file - The file, for the messages.
 * @param value - The decoded string.
 * @param place - Where it was written.
 * @param what - What the string is, such as `` `title` ``.
 */
export function reportForbiddenValue(file: VFile, value: string, place: Point | Position | undefined, what: string): void {
  const index = forbiddenIndex(value)
  if (index === -1) return
  addMessage(file, `${what} holds character ${codePoint(value.slice(index, index + 1))} from an escape; it cannot be in a book (XML 1.0 forbids it), remove the escape`, {
    ruleId: forbiddenCharacterRule,
    place
  })
}

/**
 * Report the forbidden characters in a sanitised chapter's text and attributes that are not written
 * literally (so an escape made them: Markdown's own references never do, raw HTML's can).
 *
 * @param tree - The chapter's hast.
 * @param file - The chapter; nothing is reported when its text has the characters literally (already reported).
 */
export function reportForbiddenTree(tree: Root, file: VFile): void {
  if (forbiddenIndex(String(file.value)) !== -1) return
  visit(tree, (node) => {
    if (node.type === 'text') reportForbiddenValue(file, node.value, node.position, 'Character reference')
    if (node.type !== 'element') return
    for (const [name, value] of Object.entries((node as Element).properties)) {
      const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : ''
      reportForbiddenValue(file, text, node.position, `Character reference in \`${name}\` of \`<${(node as Element).tagName}>\``)
    }
  })
}

/**
 * Report forbidden characters in every string of parsed YAML (keys too), at the place of its value.
 *
 * @param file - `book.yaml` or a chapter, for the messages.
 * @param data - The parsed YAML.
 * @param placeOf - The place of a value by its path.
 */
export function reportForbiddenData(file: VFile, data: unknown, placeOf: (path: PropertyKey[]) => Position | undefined): void {
  if (forbiddenIndex(String(file.value)) !== -1) return
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string') reportForbiddenValue(file, value, placeOf(path), `\`${path.join('.') || 'value'}\``)
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]))
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        reportForbiddenValue(file, key, placeOf([...path, key]), `Key \`${[...path, key].join('.')}\``)
        walk(item, [...path, key])
      }
    }
  }

  walk(data, [])
}

/** `U+0001` for a character (a lone surrogate is one UTF-16 unit). */
function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Line and column (1-based, UTF-16 units as the parsers count) of `index` in `text`. */
function pointAt(text: string, index: number): Point {
  const before = text.slice(0, index)
  const line = before.split('\n').length
  return {line, column: index - before.lastIndexOf('\n')}
}
