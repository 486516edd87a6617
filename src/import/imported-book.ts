// What an importer makes of another tool's book: the manuscript folder, the book.yaml data and what it could not map.

/** A chapter entry in `book.yaml`: a path, a chapter with sub-chapters, or a part. */
export type ChapterEntry = string | {file: string; chapters?: ChapterEntry[]} | {part: string; file?: string; chapters: ChapterEntry[]}

/** The data of `book.yaml`, in the order its keys are written. */
export interface ImportedConfig {
  title: string
  subtitle?: string
  language: string
  identifier: string
  date: string
  authors: Array<{name: string}>
  publisher?: string
  rights?: string
  license?: string
  description?: string
  cover?: string
  'project-root'?: string
  variables?: Record<string, string>
  chapters: {front?: ChapterEntry[]; body: ChapterEntry[]; back?: ChapterEntry[]}
  exclude?: string[]
}

/** The result of reading a book made for another tool. */
export interface ImportedBook {
  /** Which tradition the book was recognised as (`mdBook`, `HonKit`, `Quarto`, `Jupyter Book`). */
  tradition: string
  /** Absolute path of the folder `book.yaml` goes in: the folder that holds every chapter. */
  root: string
  /** What `book.yaml` will say. */
  config: ImportedConfig
  /** What could not be mapped, or was guessed, one sentence each, for the author to review. */
  notes: string[]
}

/** What every importer reads from the book's own configuration before the common steps. */
export interface ImportDraft {
  tradition: string
  root: string
  title: string | undefined
  subtitle?: string | undefined
  language?: string | undefined
  authors: string[]
  description?: string | undefined
  /** The years of a copyright notice, where the book's configuration gives them (`copyright: 2021–2022`). */
  copyright?: string | undefined
  cover?: string | undefined
  /** How far above `root` the book's includes read (`../..`), when they do. */
  projectRoot?: string | undefined
  /** Values of `{{ book.name }}` variables (GitBook's `book.json` `variables`). */
  variables?: Record<string, string> | undefined
  chapters: {front: ChapterEntry[]; body: ChapterEntry[]; back: ChapterEntry[]}
  notes: string[]
}
