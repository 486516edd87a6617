// Stage 2, parse: turns the loaded manuscript into the book model, one independently parsed chapter at a time.
import type {Book, Chapter} from '../book.js'
import type {BookConfig, ChapterType} from '../config/schema.js'
import type {LoadedManuscript} from '../load/load-manuscript.js'
import {titleChapters} from './chapter-title.js'
import type {ParsedChapter} from './parse-chapter.js'

/** Languages written right to left (ISO 639-1 and common 639-3 codes). */
const rtlLanguages = new Set(['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi'])

/**
 * Parse every chapter of a loaded manuscript and build the book model.
 *
 * @param loaded - Output of the load stage, with a valid config.
 * @param results - Every source's parse result, by index, from `parseChapters` (cache, worker threads);
 *   taken as an argument so this module never loads unified when every chapter comes from the cache.
 * @returns The book, its trees not yet transformed.
 */
export function parseBook(loaded: LoadedManuscript & {config: BookConfig}, results: readonly ParsedChapter[]): Book {
  const {config} = loaded
  const book: Book = {
    root: loaded.root,
    configFile: loaded.configFile,
    config,
    configYaml: loaded.yaml,
    chapters: [],
    assets: new Map(),
    remoteImages: loaded.remoteImages ?? new Map(),
    idToChapter: new Map(),
    labels: new Map(),
    direction: config.direction ?? (rtlLanguages.has(config.language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr'),
    links: [],
    images: [],
    duplicateIds: []
  }

  let parts = 0
  const slugs = new Set<string>()
  const byName = new Map<string, Chapter>()
  for (const [index, source] of loaded.sources.entries()) {
    const slug = uniqueSlug(slugs, source.name)
    const parsed = results[index]
    if (!parsed) throw new Error(`parseBook: no parse result for \`${source.name}\``)
    const fallback: ChapterType = source.partTitle !== undefined ? 'part' : source.matter === 'body' ? 'chapter' : source.matter === 'front' ? 'preface' : 'appendix'
    const chapter: Chapter = {
      file: source.file,
      name: source.name,
      slug,
      matter: source.matter,
      type: parsed.frontMatter.type ?? fallback,
      title: '',
      // A part's title in `book.yaml` names its page as a front matter `title` would; the page's own `title` still wins.
      frontMatter: source.partTitle !== undefined && parsed.frontMatter.title === undefined ? {...parsed.frontMatter, title: source.partTitle} : parsed.frontMatter,
      mdast: parsed.mdast,
      hast: parsed.hast,
      anchors: new Map(),
      id: '',
      depth: source.depth,
      parent: source.parent === undefined ? undefined : byName.get(source.parent),
      opens: source.opens.map((part) => ({...part, id: `colophon-part-${++parts}`, matter: source.matter})),
      headingShift: 0
    }
    byName.set(source.name, chapter)
    book.chapters.push(chapter)
  }

  titleChapters(book)
  return book
}

/**
 * The slug {@link parseBook} gives each source, in order (the prefix of its generated ids).
 *
 * @param sources - Chapters in reading order.
 * @returns Their slugs.
 */
export function chapterSlugs(sources: ReadonlyArray<{name: string}>): string[] {
  const taken = new Set<string>()
  return sources.map((source) => uniqueSlug(taken, source.name))
}

/** A file-system- and URL-safe name for the chapter's output files, unique after case folding. */
function uniqueSlug(taken: Set<string>, name: string): string {
  const base =
    name
      .replace(/\.md$/i, '')
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'chapter'
  let slug = /^\d/.test(base) ? `c${base}` : base
  for (let count = 2; taken.has(slug); count++) slug = `${base}-${count}`
  taken.add(slug)
  return slug
}
