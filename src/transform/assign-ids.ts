// Gives every heading a stable id, unique across the whole book, and maps the ids an author can link to.
import {slug} from 'github-slugger'
import type {Element} from 'hast'
import {toString} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'
import type {Book, Chapter} from '../book.js'

const headingPattern = /^h[1-6]$/

/**
 * Assign ids to headings and register every id in `book.idToChapter`.
 *
 * An author links to a heading by its GitHub slug within its chapter (`02-tools.md#privacy`);
 * when two chapters both have a "Privacy" heading the second becomes `privacy-1` book-wide,
 * and `chapter.anchors` maps `privacy` to it.
 *
 * @param book - The book; chapters in reading order.
 */
export function assignIds(book: Book): void {
  const taken = new Set<string>()
  const unique = (base: string): string => {
    let id = base || 'section'
    for (let count = 1; taken.has(id); count++) id = `${base || 'section'}-${count}`
    taken.add(id)
    return id
  }

  for (const chapter of book.chapters) {
    const local = new Map<string, number>()
    visit(chapter.hast, 'element', (node: Element) => {
      const given = typeof node.properties['id'] === 'string' ? node.properties['id'] : undefined
      if (headingPattern.test(node.tagName) && given === undefined) {
        const text = toString(node)
        const id = unique(slug(text))
        node.properties['id'] = id
        chapter.anchors.set(localSlug(local, text), id)
        register(book, chapter, id)
        if (node.tagName === 'h1' && !chapter.id) chapter.id = id
        return
      }

      if (given === undefined) return
      const first = book.idToChapter.get(given)
      if (first) {
        book.duplicateIds.push({chapter, node, id: given, first})
        return
      }

      taken.add(given)
      chapter.anchors.set(given, given)
      register(book, chapter, given)
      if (node.tagName === 'h1' && !chapter.id) chapter.id = given
    })

    if (!chapter.id) {
      chapter.id = unique(chapter.slug)
      register(book, chapter, chapter.id)
    }
  }
}

/** GitHub's slug with its per-document counter: the second "Notes" heading is `notes-1`. */
function localSlug(seen: Map<string, number>, text: string): string {
  const base = slug(text)
  const count = seen.get(base)
  seen.set(base, (count ?? -1) + 1)
  return count === undefined ? base : `${base}-${count + 1}`
}

function register(book: Book, chapter: Chapter, id: string): void {
  book.idToChapter.set(id, chapter)
}
