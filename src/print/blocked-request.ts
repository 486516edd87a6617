// Reports a request the print page blocked on the chapter line that asked for it, so the author can find and fix it.
import type {Element, Root} from 'hast'
import type {Position} from 'unist'
import {EXIT, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {Book} from '../book.js'
import {addMessage} from '../report/message.js'

/** Rule id of the warning; the PDF is still printed without what was blocked. */
export const requestBlockedRule = 'security/request-blocked'

/** Longest URL quoted in a message: a `data:`-sized URL would drown the report. */
const maxQuoted = 200

/** Where a blocked URL came from: the file to report on and, when an element was found, its place. */
export interface RequestSource {
  /** A chapter's file, or `book.yaml` when no chapter element names the URL. */
  file: VFile
  /** The element's position in that file. */
  place?: Position | undefined
}

/**
 * Find the element that asked for `url`: the first element, in reading order, of an authored
 * chapter with a property whose value is the URL, contains it (`style`, `srcset`) or is a spelling
 * of it that Chrome normalised (`HTTP://Host` → `http://host/`). Anything else (the templates,
 * the cover, generated pages) is put on `book.yaml`, the file that chose them, with no place.
 *
 * @param book - The book as printed.
 * @param url - The URL as Chrome requested it.
 * @returns The file and place to report on.
 */
export function findRequestSource(book: Pick<Book, 'chapters' | 'configFile'>, url: string): RequestSource {
  for (const chapter of book.chapters) {
    // A generated chapter's file is not reported (and has no lines the author wrote).
    if (chapter.generated) continue
    const node = elementNaming(chapter.hast, url)
    if (node) return {file: chapter.file, place: node.position}
  }

  return {file: book.configFile}
}

/**
 * Warn that the print page blocked `url`, on the element that asked for it where known.
 *
 * @param book - The book as printed.
 * @param url - The URL as Chrome requested it.
 */
export function reportBlockedRequest(book: Pick<Book, 'chapters' | 'configFile'>, url: string): void {
  const {file, place} = findRequestSource(book, url)
  const quoted = url.length > maxQuoted ? `${url.slice(0, maxQuoted)}…` : url
  addMessage(
    file,
    `The PDF was printed without \`${quoted}\`: the print page loads nothing but the book's own data; make it a file in the manuscript`,
    {ruleId: requestBlockedRule, severity: 'warn', place}
  )
}

/** The first element with a property value naming `url`. */
function elementNaming(tree: Root, url: string): Element | undefined {
  let found: Element | undefined
  visit(tree, 'element', (node: Element) => {
    for (const value of Object.values(node.properties)) {
      const values = Array.isArray(value) ? value : [value]
      if (values.some((item) => typeof item === 'string' && names(item, url))) {
        found = node
        return EXIT
      }
    }

    return undefined
  })
  return found
}

/** Whether an attribute value is, holds or normalises to `url`. */
function names(value: string, url: string): boolean {
  if (value === url || value.includes(url)) return true
  try {
    return new URL(value.trim()).href === url
  } catch {
    return false
  }
}
