// `colophon import`: recognises a book made for mdBook, GitBook/HonKit, Quarto or Jupyter Book and drafts its `book.yaml`.
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {Document} from 'yaml'
import {listMarkdown} from '../load/list-markdown.js'
import type {ChapterEntry, ImportDraft, ImportedBook, ImportedConfig} from './imported-book.js'
import {isHonKit, readHonKit} from './honkit.js'
import {isJupyterBook, readJupyterBook} from './jupyter-book.js'
import {licenseFromFiles} from './license-file.js'
import {isMdBook, readMdBook} from './mdbook.js'
import {isQuarto, readQuarto} from './quarto.js'

/** The traditions, in the order they are tried: the most specific configuration file first. */
const readers: ReadonlyArray<{is: (dir: string) => boolean; read: (dir: string) => ImportDraft}> = [
  {is: isMdBook, read: readMdBook},
  {is: isQuarto, read: readQuarto},
  {is: isJupyterBook, read: readJupyterBook},
  {is: isHonKit, read: readHonKit}
]

/** Folders where repositories commonly keep their book, tried when `dir` itself holds none. */
const bookFolders = ['guide', 'docs', 'book', 'src']

/**
 * Read the book in `dir` (or in a `guide/`, `docs/` or `book/` folder below it).
 *
 * @param dir - The book's folder, or its repository.
 * @param date - Publication date to write when the book states none (`YYYY-MM-DD`).
 * @returns The draft `book.yaml` and notes, or `undefined` when no known book is there.
 */
export function importBook(dir: string, date: string): ImportedBook | undefined {
  const candidates = [dir, ...bookFolders.map((name) => path.join(dir, name))]
  for (const candidate of candidates) {
    const reader = readers.find((entry) => isFolder(candidate) && entry.is(candidate))
    if (reader) return complete(reader.read(candidate), dir, date)
  }

  return undefined
}

/** Turn what a tradition's reader found into a whole `book.yaml`, with notes where something was guessed. */
function complete(draft: ImportDraft, repository: string, date: string): ImportedBook {
  const notes = [...draft.notes]
  const title = draft.title?.trim() || path.basename(path.resolve(repository))
  if (!draft.title) notes.push(`No title found; used the folder name “${title}”`)
  const language = draft.language?.trim() || 'en'
  if (!draft.language) notes.push('No language stated; set to `en`: change `language` if the book is in another')
  const authors = draft.authors.map((name) => ({name: name.trim()})).filter((author) => author.name !== '')
  if (authors.length === 0) notes.push('No authors stated: add them under `authors`')
  notes.push(`\`date\` set to ${date}: change it to the publication date`)

  // Licence files sit in the book's folder or further up, at the repository's root.
  const up: string[] = []
  for (let folder = draft.root; ; folder = path.dirname(folder)) {
    up.push(folder)
    if (path.relative(path.resolve(repository), folder).startsWith('..') || folder === path.dirname(folder)) break
  }

  // Includes may read above the manuscript, but never above the folder the import was asked for.
  let projectRoot = draft.projectRoot
  if (projectRoot !== undefined && path.relative(path.resolve(repository), path.resolve(draft.root, projectRoot)).startsWith('..')) {
    notes.push(`Includes read from \`${projectRoot}\` above the chapters, outside \`${repository}\`: those includes will fail until the files are copied in`)
    projectRoot = undefined
  } else if (projectRoot !== undefined) notes.push(`Includes read files up to \`${projectRoot}\` above the chapters: \`project-root\` lets them`)

  const licence = licenseFromFiles(up)
  if (licence) notes.push(`Licence ${licence.license} read from \`${path.relative(repository, licence.file)}\``)
  else notes.push('No licence file recognised: add `license` (an SPDX id) and `rights`')

  // A part with no chapter left (its entries were drafts or web pages) would be an empty heading in the contents.
  const prune = (entries: ChapterEntry[]): ChapterEntry[] =>
    entries.flatMap((entry): ChapterEntry[] => {
      if (typeof entry === 'string' || !('part' in entry)) return [entry]
      const kept = prune(entry.chapters)
      if (kept.length > 0 || entry.file) return [{...entry, chapters: kept}]
      notes.push(`Part “${entry.part}” has no chapters and is left out`)
      return []
    })
  const chapters = {front: prune(draft.chapters.front), body: prune(draft.chapters.body), back: prune(draft.chapters.back)}
  const listed = new Set(flatten([...chapters.front, ...chapters.body, ...chapters.back]))
  const exclude = existsSync(draft.root) ? listMarkdown(draft.root).filter((name) => !listed.has(name)) : []
  if (exclude.length > 0) notes.push(`${exclude.length} Markdown files are not in the contents and are listed under \`exclude\` (includes, summaries, notes)`)

  // Who holds the copyright is the author's to say; drafted from the authors (and years, where stated) for review.
  const names = authors.map((author) => author.name).join(', ')
  const rights = names === '' ? undefined : `© ${draft.copyright ? `${draft.copyright} ` : ''}${names}`
  if (rights) notes.push(`\`rights\` drafted as “${rights}”: check who holds the copyright`)
  else notes.push('No `rights` statement: add who holds the copyright')

  const config: ImportedConfig = {
    title,
    ...(draft.subtitle ? {subtitle: draft.subtitle} : {}),
    language,
    identifier: identifierFor(title, authors.map((author) => author.name)),
    date,
    authors,
    ...(rights ? {rights} : {}),
    ...(licence ? {license: licence.license} : {}),
    ...(draft.description ? {description: draft.description.trim()} : {}),
    ...(draft.cover ? {cover: draft.cover} : {}),
    ...(projectRoot ? {'project-root': projectRoot} : {}),
    ...(draft.variables && Object.keys(draft.variables).length > 0 ? {variables: draft.variables} : {}),
    // Empty front or back matter lists say nothing; they are left out.
    chapters: {
      ...(chapters.front.length > 0 ? {front: chapters.front} : {}),
      body: chapters.body,
      ...(chapters.back.length > 0 ? {back: chapters.back} : {})
    },
    ...(exclude.length > 0 ? {exclude} : {})
  }
  return {tradition: draft.tradition, root: path.resolve(draft.root), config, notes}
}

/**
 * The text of `book.yaml` for an imported book.
 *
 * @param book - The imported book.
 * @returns YAML, with a comment saying where it came from.
 */
export function bookYamlText(book: ImportedBook): string {
  const document = new Document(book.config)
  document.commentBefore = ` Imported from ${book.tradition} by \`colophon import\`; review it, then run \`colophon build\`.`
  return document.toString({lineWidth: 0})
}

/** Every file the entries name, parts' files included. */
function flatten(entries: ChapterEntry[]): string[] {
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [entry]
    return [...(entry.file ? [entry.file] : []), ...flatten(entry.chapters ?? [])]
  })
}

/** A name-based UUID (RFC 9562 version 5 layout) from the title and authors, so importing again gives the same one. */
function identifierFor(title: string, authors: string[]): string {
  const hash = createHash('sha1').update(`colophon-import\n${title}\n${authors.join('\n')}`).digest()
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && readdirSync(dir).length > 0
  } catch {
    return false
  }
}
