// Resolves links between and within chapters to book-wide `#id`s, fills cross-reference text, and records every link.
import type {Element} from 'hast'
import {toString} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'
import {select} from 'hast-util-select'
import type {Book, Chapter, LinkRecord} from '../book.js'
import {resolveInside} from '../load/resolve-inside.js'
import {didYouMean} from '../util/did-you-mean.js'
import {chapterPaths} from './chapter-paths.js'
import {chapterDir} from './resolve-images.js'
import {safeDecode} from '../util/safe-decode.js'

/**
 * Rewrite every internal link to `#id` (each output turns that into its own form) and record
 * every link in `book.links`; unresolved ones keep their `href` and carry a problem for the rules.
 *
 * @param book - The book, after {@link assignIds}.
 */
export function rewriteLinks(book: Book): void {
  const byName = new Map(book.chapters.map((chapter) => [chapter.name, chapter]))
  // A book links to the same few files again and again: resolve each path once, not once per
  // link (each resolution asks the file system for its real path).
  const resolved = new Map<string, ReturnType<typeof resolveInside>>()
  const resolve = (dir: string, file: string) => {
    const key = `${dir}\0${file}`
    let result = resolved.get(key)
    if (!result) {
      result = resolveInside(book.root, dir, file)
      resolved.set(key, result)
    }

    return result
  }

  for (const chapter of book.chapters) {
    const dir = chapterDir(book, chapter)
    // The path as written first; then the forms other tools' books use for a chapter (`setup.html`, `setup/`, `/setup.qmd`).
    const findChapter = (file: string): {chapter: Chapter; id?: string} | 'outside' | undefined => {
      let outside = false
      for (const candidate of chapterPaths(file)) {
        const found = resolve(candidate.fromRoot ? book.root : dir, candidate.path)
        const target = found.ok ? byName.get(found.href) : undefined
        if (target) return {chapter: target}
        if (!found.ok && found.reason === 'outside') outside = true
      }

      if (outside) return 'outside'
      // A MyST link names a target anywhere in the book (`[the editor](vscode)` for `(vscode)=`): an id, not a file.
      const labelled = /^[^/.#]+$/.test(file) ? book.idToChapter.get(file) : undefined
      return labelled ? {chapter: labelled, id: file} : undefined
    }

    visit(chapter.hast, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string') return
      const url = node.properties['href']
      const record: LinkRecord = {chapter, node, url, kind: kindOf(url)}
      book.links.push(record)
      if (record.kind !== 'internal') return

      const hash = url.indexOf('#')
      const filePart = hash === -1 ? url : url.slice(0, hash)
      const fragment = hash === -1 ? undefined : safeDecode(url.slice(hash + 1))
      let target: Chapter = chapter
      let resolved: {chapter: Chapter; id: string} | undefined
      if (filePart !== '') {
        const found = findChapter(safeDecode(filePart))
        if (found === 'outside') {
          record.problem = 'outside'
          return
        }

        if (!found) {
          record.problem = 'file-missing'
          record.suggestion = didYouMean(filePart, byName.keys())
          return
        }

        target = found.chapter
        if (found.id) resolved = {chapter: target, id: found.id}
      }

      if (!resolved) {
        const id = fragment === undefined || fragment === '' ? target.id : target.anchors.get(fragment)
        // A `#label` naming an id in another chapter reaches it, as Quarto's `@fig-map` and MyST's `{ref}` do book-wide.
        const elsewhere = id === undefined && filePart === '' && fragment ? book.idToChapter.get(fragment) : undefined
        if (id !== undefined) resolved = {chapter: target, id}
        else if (elsewhere && fragment) resolved = {chapter: elsewhere, id: fragment}
      }

      if (!resolved) {
        record.problem = 'anchor-missing'
        record.suggestion = didYouMean(fragment ?? '', target.anchors.keys())
        return
      }

      node.properties['href'] = `#${resolved.id}`
      if (node.children.length === 0) node.children = [{type: 'text', value: labelOf(book, resolved.chapter, resolved.id)}]
    })
  }
}

/** What kind of link `url` is. */
export function kindOf(url: string): LinkRecord['kind'] {
  if (/^https?:\/\//i.test(url)) return 'external'
  if (/^mailto:/i.test(url)) return 'mailto'
  if (/^tel:/i.test(url)) return 'tel'
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return 'other'
  return 'internal'
}

/** The text a cross-reference with no text of its own shows: `Figure 2`, `Chapter 3`, or a heading's text. */
function labelOf(book: Book, target: Chapter, id: string): string {
  const label = book.labels.get(id)
  if (label) return label.text
  if (id === target.id) return target.number === undefined ? target.title : `Chapter ${target.number}`
  const element = select(`[id="${id.replace(/"/g, '\\"')}"]`, target.hast)
  // A figure without a caption has no label and no text of its own: its image's description stands for it.
  const alt = element ? select('img[alt]', element)?.properties['alt'] : undefined
  return element ? toString(element) || (typeof alt === 'string' && alt !== '' ? alt : id) : id
}
