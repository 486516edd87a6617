// Reads an mdBook (`book.toml` and `src/SUMMARY.md`): prefix chapters → front matter, numbered → body, suffix → back.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseToml} from 'smol-toml'
import type {ImportDraft} from './imported-book.js'
import {includeReach} from './include-reach.js'
import {readSummary} from './summary-md.js'

/**
 * Whether `dir` is an mdBook.
 *
 * @param dir - The book's folder.
 * @returns Whether it has a `book.toml`.
 */
export function isMdBook(dir: string): boolean {
  return existsSync(path.join(dir, 'book.toml'))
}

/**
 * Read the mdBook in `dir`.
 *
 * @param dir - The folder with `book.toml`.
 * @returns What the book says of itself.
 */
export function readMdBook(dir: string): ImportDraft {
  const toml = parseToml(readFileSync(path.join(dir, 'book.toml'), 'utf8')) as {
    book?: {title?: string; description?: string; authors?: string[]; language?: string; src?: string}
    preprocessor?: Record<string, unknown>
  }
  const book = toml.book ?? {}
  const root = path.join(dir, book.src ?? 'src')
  const notes: string[] = []
  const summaryPath = path.join(root, 'SUMMARY.md')
  const summary = existsSync(summaryPath) ? readSummary(readFileSync(summaryPath, 'utf8')) : undefined
  if (!summary) notes.push('`SUMMARY.md` is missing: list the chapters under `chapters` yourself')
  for (const skipped of summary?.skipped ?? []) notes.push(`Left out of the contents: ${skipped}`)
  for (const name of Object.keys(toml.preprocessor ?? {})) {
    notes.push(`\`book.toml\` runs the preprocessor \`${name}\`; Colophon runs no code from a book, so what it adds is not in the build`)
  }

  return {
    tradition: 'mdBook',
    root,
    title: book.title,
    language: book.language,
    authors: book.authors ?? [],
    description: book.description,
    // A guide kept inside its project's repository includes the project's source files (`../../../examples/x.rs`).
    projectRoot: existsSync(root) ? includeReach(root) : undefined,
    chapters: {front: summary?.prefix ?? [], body: summary?.numbered ?? [], back: summary?.suffix ?? []},
    notes
  }
}
