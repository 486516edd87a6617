// Reads a GitBook 3 / HonKit book (`book.json`, `SUMMARY.md`, optionally `LANGS.md` with one folder per language).
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {ImportDraft} from './imported-book.js'
import {readSummary} from './summary-md.js'

/**
 * Whether `dir` is a GitBook or HonKit book.
 *
 * @param dir - The book's folder.
 * @returns Whether it has a `book.json` or a `SUMMARY.md`.
 */
export function isHonKit(dir: string): boolean {
  return existsSync(path.join(dir, 'book.json')) || existsSync(path.join(dir, 'SUMMARY.md'))
}

/**
 * Read the GitBook or HonKit book in `dir`. A multilingual book (`LANGS.md`) is read in its first language.
 *
 * @param dir - The book's folder.
 * @returns What the book says of itself.
 */
export function readHonKit(dir: string): ImportDraft {
  const json = existsSync(path.join(dir, 'book.json'))
    ? (JSON.parse(readFileSync(path.join(dir, 'book.json'), 'utf8')) as {title?: string; description?: string; author?: string; language?: string; root?: string; variables?: object})
    : {}
  const notes: string[] = []
  // `root` moves the whole book into a folder; `LANGS.md` puts one book per language in folders below it.
  const bookRoot = path.join(dir, json.root ?? '')
  let base = ''
  let language = json.language
  const langs = path.join(bookRoot, 'LANGS.md')
  if (existsSync(langs)) {
    const folders = [...readFileSync(langs, 'utf8').matchAll(/\]\(([^)#]+?)\/?\)/g)].map((match) => match[1] ?? '')
    const first = folders.find((folder) => existsSync(path.join(bookRoot, folder, 'SUMMARY.md')))
    if (first) {
      base = `${first}/`
      language ??= first
      const others = folders.filter((folder) => folder !== first).length
      notes.push(`\`LANGS.md\` names ${folders.length} languages; imported \`${first}\`${others > 0 ? ` (the others are separate books: run import per language)` : ''}`)
    }
  }

  const summaryPath = path.join(bookRoot, base, 'SUMMARY.md')
  const summary = existsSync(summaryPath) ? readSummary(readFileSync(summaryPath, 'utf8'), base) : undefined
  if (!summary) notes.push('`SUMMARY.md` is missing: list the chapters under `chapters` yourself')
  for (const skipped of summary?.skipped ?? []) notes.push(`Left out of the contents: ${skipped}`)
  // Values that are text or numbers are copied; a list or object (used in Nunjucks loops) is not a value to print.
  const variables = Object.fromEntries(Object.entries(json.variables ?? {}).filter((entry): entry is [string, string | number] => /^[A-Za-z_]\w*$/.test(entry[0]) && (typeof entry[1] === 'string' || typeof entry[1] === 'number')).map(([name, value]) => [name, String(value)]))
  const skippedVariables = Object.keys(json.variables ?? {}).length - Object.keys(variables).length
  if (Object.keys(variables).length > 0) notes.push(`\`book.json\` defines ${Object.keys(variables).length} variables (\`{{ book.… }}\`), copied under \`variables\``)
  if (skippedVariables > 0) {
    notes.push(`\`book.json\` defines ${skippedVariables} variables that are not text or numbers; they are not copied`)
  }

  // GitBook's conventional e-book cover sits beside `book.json`.
  const cover = ['cover.jpg', 'cover.png'].find((name) => existsSync(path.join(bookRoot, name)))
  const readme = path.join(bookRoot, base, 'README.md')
  const title = json.title ?? (existsSync(readme) ? firstHeading(readFileSync(readme, 'utf8')) : undefined)
  return {
    tradition: 'HonKit',
    root: bookRoot,
    title,
    language,
    variables,
    authors: json.author ? [json.author] : [],
    description: json.description,
    cover,
    chapters: {front: [], body: summary?.numbered ?? [], back: summary?.suffix ?? []},
    notes
  }
}

function firstHeading(markdown: string): string | undefined {
  return /^#\s+(.+?)\s*#*\s*$/m.exec(markdown)?.[1]
}
