// Stage 1, load: reads `book.yaml` and every listed chapter into VFiles, refusing paths outside the manuscript.
import {readFileSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Matter} from '../book.js'
import {parseYaml, placeOf, type ParsedYaml} from '../config/parse-yaml.js'
import {bookSchema, type BookConfig, type ChapterEntry} from '../config/schema.js'
import {validateYaml} from '../config/validate-yaml.js'
import {readRemoteImages} from './remote-images.js'
import {addMessage} from '../report/message.js'
import {didYouMean, didYouMeanText} from '../util/did-you-mean.js'
import {globToRegExp} from '../util/glob-to-regexp.js'
import {listMarkdown} from './list-markdown.js'
import {reportForbiddenText} from './forbidden-characters.js'
import {decodeText, pointAtByte, setSourceBytes} from './read-text.js'
import {resolveInside} from './resolve-inside.js'

/** A chapter file read from disk, not yet parsed. */
export interface Source {
  /** Path as listed in `book.yaml`. */
  name: string
  /** Front, body or back matter. */
  matter: Matter
  /** The file with its text. */
  file: VFile
  /** How deep the contents nest it: 0 at the top, 1 inside a part or under a chapter… */
  depth: number
  /** The chapter it is a sub-chapter of (or the part page of its part), by `name`. */
  parent?: string | undefined
  /** For a part's own page (`{part, file}`): the part's title. */
  partTitle?: string | undefined
  /** Parts without a page of their own that begin with this chapter, outermost first. */
  opens: PartSource[]
}

/** A part without a page of its own (`{part, chapters}`): a title over the chapters that follow. */
export interface PartSource {
  title: string
  /** Its depth in the contents; its chapters are one deeper. */
  depth: number
}

/** What loading produced; `config` is `undefined` when `book.yaml` is broken. */
export interface LoadedManuscript {
  root: string
  configFile: VFile
  config: BookConfig | undefined
  sources: Source[]
  /** `book.yaml` as parsed, kept so later stages can point at its keys without parsing it again. */
  yaml?: ParsedYaml | undefined
  /** Remote image URL → downloaded file in the manuscript (`colophon fetch-images`). */
  remoteImages?: Map<string, string> | undefined
}

/** Largest chapter or `book.yaml` read, in bytes: far beyond any book, small enough to stay safe. */
export const maxTextBytes = 20 * 1024 * 1024

/**
 * Load the manuscript in `folder`.
 *
 * @param folder - Manuscript folder.
 * @returns Config and chapter sources; problems are messages on the files.
 */
export function loadManuscript(folder: string): LoadedManuscript {
  const configFile = new VFile({path: path.join(folder, 'book.yaml')})
  const root = manuscriptRoot(folder, configFile)
  const loaded: LoadedManuscript = {root: root ?? folder, configFile, config: undefined, sources: []}
  if (root === undefined) return loaded

  const text = readText(configFile, path.join(root, 'book.yaml'))
  if (text === undefined) return loaded
  configFile.value = text
  const yaml = parseYaml(configFile, text)
  loaded.yaml = yaml
  if (yaml.data === undefined) return loaded
  const config = validateYaml(configFile, yaml, bookSchema, '`book.yaml`')
  if (!config) return loaded
  loaded.remoteImages = readRemoteImages(root, configFile)

  const markdown = listMarkdown(root)
  const listed = new Set<string>()
  const add = (matter: Matter, name: string, place: ReturnType<typeof placeOf>, at: Omit<Source, 'name' | 'matter' | 'file'>): string | undefined => {
    const resolved = resolveInside(root, root, name)
    if (!resolved.ok) {
      const reason =
        resolved.reason === 'outside'
          ? `Chapter \`${name}\` is outside the manuscript folder; move it inside`
          : `Cannot find chapter \`${name}\`${didYouMeanText(didYouMean(name, markdown))}`
      addMessage(configFile, reason, {ruleId: 'config/chapter-missing', place})
      return undefined
    }

    if (listed.has(resolved.href)) {
      addMessage(configFile, `Chapter \`${name}\` is listed twice; remove one`, {ruleId: 'config/invalid', place})
      return undefined
    }

    listed.add(resolved.href)
    const file = new VFile({path: path.join(folder, resolved.href)})
    // An unreadable chapter (not UTF-8, too large) stays in the list, empty, so its error reaches the
    // report and stops the build; dropping it silently built a book without it.
    file.value = readText(file, resolved.path) ?? ''
    loaded.sources.push({name: resolved.href, matter, file, ...at})
    return resolved.href
  }

  for (const matter of ['front', 'body', 'back'] as const) {
    listEntries(config.chapters[matter], ['chapters', matter], {depth: 0, parent: undefined}, [], (name, keyPath, at) =>
      add(matter, name, placeOf(yaml, keyPath), at)
    )
  }

  const excluded = config.exclude.map((glob) => globToRegExp(glob))
  for (const name of markdown) {
    if (listed.has(name) || excluded.some((pattern) => pattern.test(name))) continue
    // A warning: books keep READMEs, changelogs and include fragments beside their chapters, and
    // leaving them out hurts no reader; a forgotten chapter still shows here.
    addMessage(configFile, `Markdown file \`${name}\` is not listed in \`chapters\`, so it is not in the book; add it if it is a chapter, or to \`exclude\` if it is not`, {
      ruleId: 'config/chapter-unlisted',
      severity: 'warn',
      place: placeOf(yaml, ['chapters'], true)
    })
  }

  loaded.config = config
  return loaded
}

/** Where an entry sits: its depth and its parent chapter. */
type Nesting = {depth: number; parent: string | undefined}

/**
 * Walk a `chapters` list depth first, in reading order, calling `add` for every file with its place in
 * the nesting. A page-less part waits in `pending` for the first chapter loaded after it (its `opens`).
 */
function listEntries(
  entries: readonly ChapterEntry[],
  keyPath: Array<string | number>,
  nesting: Nesting,
  pending: PartSource[],
  add: (name: string, keyPath: Array<string | number>, at: Omit<Source, 'name' | 'matter' | 'file'>) => string | undefined
): void {
  const place = (name: string, at: Array<string | number>, partTitle?: string): string | undefined => {
    const added = add(name, at, {depth: nesting.depth, parent: nesting.parent, opens: [...pending], ...(partTitle === undefined ? {} : {partTitle})})
    if (added !== undefined) pending.length = 0
    return added
  }

  for (const [index, entry] of entries.entries()) {
    const at = [...keyPath, index]
    if (typeof entry === 'string') {
      place(entry, at)
      continue
    }

    const page = 'part' in entry && entry.file === undefined ? undefined : place(entry.file as string, [...at, 'file'], 'part' in entry ? entry.part : undefined)
    if ('part' in entry && entry.file === undefined) pending.push({title: entry.part, depth: nesting.depth})
    listEntries(entry.chapters ?? [], [...at, 'chapters'], {depth: nesting.depth + 1, parent: page ?? nesting.parent}, pending, add)
  }
}

/** The manuscript folder with its symbolic links resolved, or `undefined` (with a message on `book.yaml`) when it is not a folder. */
function manuscriptRoot(folder: string, configFile: VFile): string | undefined {
  try {
    const root = realpathSync(folder)
    if (statSync(root).isDirectory()) return root
  } catch {
    // Reported below, as for a file that is not a folder.
  }

  addMessage(configFile, `Cannot find the manuscript folder \`${folder}\`; pass the folder that holds \`book.yaml\` with \`--manuscript\``, {
    ruleId: 'config/read'
  })
  return undefined
}

/** Read a text file as UTF-8, reporting encoding and size problems on `file`. */
function readText(file: VFile, real: string): string | undefined {
  let bytes: Buffer
  try {
    if (statSync(real).size > maxTextBytes) {
      addMessage(file, `File is larger than ${maxTextBytes / 1024 / 1024} MiB; split it`, {ruleId: 'config/read'})
      return undefined
    }

    bytes = readFileSync(real)
  } catch (error) {
    addMessage(file, `Cannot read file: ${(error as Error).message}`, {ruleId: 'config/read'})
    return undefined
  }

  const decoded = decodeText(bytes)
  setSourceBytes(file, bytes)
  if (decoded.ok) {
    // Reported, not refused: the rest of the file is still checked, and the config error stops the build.
    reportForbiddenText(file, decoded.text)
    return decoded.text
  }

  addMessage(file, `File is not valid UTF-8 at byte ${decoded.offset}; save it as UTF-8`, {
    ruleId: 'config/encoding',
    place: pointAtByte(bytes, decoded.offset)
  })
  return undefined
}
