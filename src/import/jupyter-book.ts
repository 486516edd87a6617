// Reads a Jupyter Book (`_toc.yml` and `_config.yml`): `root` → front matter, parts (captions) and chapters → body.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import type {ChapterEntry, ImportDraft} from './imported-book.js'

/** An entry of `_toc.yml`. */
interface TocEntry {
  file?: string
  url?: string
  caption?: string
  chapters?: TocEntry[]
  sections?: TocEntry[]
  parts?: TocEntry[]
}

/**
 * Whether `dir` is a Jupyter Book.
 *
 * @param dir - The book's folder.
 * @returns Whether it has a `_toc.yml`.
 */
export function isJupyterBook(dir: string): boolean {
  return existsSync(path.join(dir, '_toc.yml'))
}

/**
 * Read the Jupyter Book in `dir`.
 *
 * @param dir - The folder with `_toc.yml`.
 * @returns What the book says of itself.
 */
export function readJupyterBook(dir: string): ImportDraft {
  const toc = (parseYaml(readFileSync(path.join(dir, '_toc.yml'), 'utf8'), {schema: 'core'}) ?? {}) as TocEntry & {root?: string; format?: string}
  const configPath = path.join(dir, '_config.yml')
  const config = (existsSync(configPath) ? parseYaml(readFileSync(configPath, 'utf8'), {schema: 'core'}) : {}) as {
    title?: string
    author?: string
    copyright?: string | number
    description?: string
    language?: string
  }
  const notes: string[] = []
  const file = (name: string): string | undefined => {
    if (/\.\w+$/.test(name) && existsSync(path.join(dir, name))) return name
    const found = ['.md', '.ipynb', '.rst'].map((extension) => name + extension).find((candidate) => existsSync(path.join(dir, candidate)))
    if (found?.endsWith('.md')) return found
    notes.push(found ? `\`${found}\` is not Markdown; Colophon cannot read it yet` : `\`${name}\` in \`_toc.yml\` has no file`)
    return undefined
  }

  const entries = (list: TocEntry[]): ChapterEntry[] =>
    list.flatMap((entry): ChapterEntry[] => {
      const children = entries([...(entry.chapters ?? []), ...(entry.sections ?? [])])
      if (entry.caption !== undefined && !entry.file) return [{part: entry.caption, chapters: children}]
      if (entry.url) {
        notes.push(`\`_toc.yml\` links to ${entry.url}; a web page is not a chapter and is left out`)
        return children
      }

      const name = entry.file === undefined ? undefined : file(entry.file)
      if (name === undefined) return children
      return children.length > 0 ? [{file: name, chapters: children}] : [name]
    })

  const root = toc.root === undefined ? undefined : file(toc.root)
  return {
    tradition: 'Jupyter Book',
    root: dir,
    title: config.title,
    language: config.language,
    // `author` is often HTML (a linked name); the name is its text.
    authors: config.author ? [config.author.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()].filter((name) => name !== '') : [],
    description: config.description,
    copyright: config.copyright === undefined ? undefined : String(config.copyright),
    chapters: {front: root ? [root] : [], body: entries([...(toc.parts ?? []), ...(toc.chapters ?? [])]), back: []},
    notes
  }
}
