// Reads a Quarto book (`_quarto.yml` with `project: type: book`): chapters and parts → body, appendices → back.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import type {ChapterEntry, ImportDraft} from './imported-book.js'

/** A chapter list entry as `_quarto.yml` writes it. */
type QuartoEntry = string | {part?: string; chapters?: QuartoEntry[]; href?: string; text?: string}

/**
 * Whether `dir` is a Quarto book.
 *
 * @param dir - The book's folder.
 * @returns Whether it has a `_quarto.yml`.
 */
export function isQuarto(dir: string): boolean {
  return existsSync(path.join(dir, '_quarto.yml'))
}

/**
 * Read the Quarto book in `dir`.
 *
 * @param dir - The folder with `_quarto.yml`.
 * @returns What the book says of itself.
 */
export function readQuarto(dir: string): ImportDraft {
  const config = (parseYaml(readFileSync(path.join(dir, '_quarto.yml'), 'utf8'), {schema: 'core'}) ?? {}) as {
    project?: {type?: string}
    lang?: string
    book?: {
      title?: string
      subtitle?: string
      description?: string
      author?: string | Array<string | {name?: string}>
      chapters?: QuartoEntry[]
      appendices?: QuartoEntry[]
      'cover-image'?: string
    }
  }
  const notes: string[] = []
  if (config.project?.type !== 'book') notes.push('`_quarto.yml` is not a `project: type: book`; read its `book:` section anyway')
  const book = config.book ?? {}
  const body = entries(book.chapters ?? [], notes)
  // Quarto leaves `index.qmd` unnumbered, as the book's preface.
  const front = body.length > 0 && typeof body[0] === 'string' && /(^|\/)index\.(q?md|ipynb)$/.test(body[0]) ? [body.shift() as string] : []
  const authors = (Array.isArray(book.author) ? book.author : book.author ? [book.author] : [])
    .map((author) => (typeof author === 'string' ? author : (author.name ?? '')))
    .filter((name) => name !== '')
  return {
    tradition: 'Quarto',
    root: dir,
    title: book.title,
    subtitle: book.subtitle,
    language: config.lang,
    authors,
    description: book.description,
    cover: book['cover-image'],
    chapters: {front, body, back: entries(book.appendices ?? [], notes)},
    notes
  }
}

function entries(list: QuartoEntry[], notes: string[]): ChapterEntry[] {
  return list.flatMap((entry): ChapterEntry[] => {
    if (typeof entry === 'string') return [entry]
    if (entry.part !== undefined) {
      const chapters = entries(entry.chapters ?? [], notes)
      // A part is a title, or a file whose title names the part.
      return /\.(q?md|ipynb)$/.test(entry.part) ? [{part: entry.part.replace(/\.\w+$/, ''), file: entry.part, chapters}] : [{part: entry.part, chapters}]
    }

    if (entry.href) return [entry.href]
    notes.push(`A chapter entry of \`_quarto.yml\` has no file: ${JSON.stringify(entry)}`)
    return []
  })
}
