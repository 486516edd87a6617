// The per-chapter cache of rendered EPUB documents, keyed by a hash of everything a chapter's document is made from.
import {createHash} from 'node:crypto'
import {deserialize, serialize} from 'node:v8'
import type {Book, Chapter} from '../book.js'
import type {PageMap} from '../print/print-pdf.js'
import type {ChapterDocument} from '../render/epub/chapter-document.js'
import {openChapterCache, type ChapterCache} from './chapter-cache.js'
import {fingerprint} from './fingerprint.js'

/** What a chapter's document is rendered from besides the chapter itself. */
export interface DocumentInputs {
  /** The book. */
  book: Book
  /** Path inside `OEBPS/` of every chapter's document, in book order. */
  files: string[]
  /** Container path of every asset, by its `href`. */
  assets: ReadonlyMap<string, string>
  /** The stylesheet's path inside `OEBPS/`. */
  stylesheet: string
  /** The PDF's page starts, when it was printed in the same run. */
  pages?: PageMap | undefined
}

/** Rendered chapter documents looked up by what they are made from. */
export interface DocumentCache {
  /**
   * The chapter's document from the cache, else rendered by `render` (and stored).
   *
   * @param chapter - The chapter.
   * @param file - Its document's path.
   * @param render - Renders it.
   */
  document(chapter: Chapter, file: string, render: () => ChapterDocument): ChapterDocument
  /** How many documents came from the cache so far. */
  hits: number
}

/**
 * Open the cache of rendered documents, or one that renders every time when there is no cache
 * folder. A document's key hashes the chapter's tree after the transform (as JSON) with every book-wide fact the rendering reads: the
 * chapter's own fields, the book's language, direction and contents depth, every chapter's file
 * and the chapter of every id (links point into other documents), the assets' paths, the PDF's
 * page starts in this chapter and, where there are any, every id in the book (page-break markers
 * are named clear of them), and Colophon's fingerprint. Editing a sentence of one chapter changes
 * only its key; adding a heading anywhere changes the id map, so every document renders again.
 *
 * @param cacheDir - The cache folder, or `undefined` for none.
 * @param inputs - What the documents are rendered from.
 * @returns The cache.
 */
export function openDocumentCache(cacheDir: string | undefined, inputs: DocumentInputs): DocumentCache {
  const store = cacheDir === undefined ? undefined : openChapterCache(cacheDir, inputs.book.root, 'epub')
  const shared = store ? bookKey(inputs) : ''
  let ids: string | undefined
  const cache: DocumentCache = {
    hits: 0,
    document(chapter, file, render) {
      if (!store) return render()
      const pages = (inputs.pages ?? []).filter((entry) => entry.chapter === chapter.slug)
      if (pages.length > 0) ids ??= hash(JSON.stringify([...inputs.book.idToChapter.keys()].sort()))
      const key = chapterKey(chapter, {shared, file, pages, ids: pages.length > 0 ? ids : undefined})
      const found = readDocument(store, chapter.slug, key)
      if (found) {
        cache.hits++
        return found
      }

      const rendered = render()
      store.write(chapter.slug, key, serialize(rendered))
      return rendered
    }
  }
  return cache
}

/** The part of every key the whole book shares. */
function bookKey(inputs: DocumentInputs): string {
  const {book} = inputs
  const fileOf = new Map(book.chapters.map((chapter, index) => [chapter, inputs.files[index]]))
  return hash(
    JSON.stringify({
      fingerprint: fingerprint(),
      language: book.config.language,
      direction: book.direction,
      depth: book.config['toc-depth'],
      stylesheet: inputs.stylesheet,
      files: inputs.files,
      assets: [...inputs.assets].sort(),
      targets: [...book.idToChapter].map(([id, chapter]) => [id, fileOf.get(chapter)])
    })
  )
}

/** A chapter's key: its tree and fields with the book's part. */
function chapterKey(chapter: Chapter, parts: {shared: string; file: string; pages: PageMap; ids: string | undefined}): string {
  const {slug, id, title, number, type, matter, name} = chapter
  return createHash('sha256')
    .update(parts.shared)
    .update(JSON.stringify({slug, id, title, number, type, matter, name, file: parts.file, pages: parts.pages, ids: parts.ids}))
    // JSON, not V8's serialisation: that writes a string as it is held in memory (one or two bytes
    // a character), so the same tree parsed or read back from the parse cache would differ.
    .update(JSON.stringify(chapter.hast))
    .digest('hex')
}

/** A stored document, or `undefined` when there is none under `key` or it does not read back. */
function readDocument(store: ChapterCache, slug: string, key: string): ChapterDocument | undefined {
  const payload = store.read(slug, key)
  if (!payload) return undefined
  try {
    const document = deserialize(payload) as ChapterDocument
    return document && typeof document.xhtml === 'string' && Array.isArray(document.toc) ? document : undefined
  } catch {
    return undefined
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
