// Stage 1, load: reads `book.yaml` and every listed chapter into VFiles, refusing paths outside the manuscript.
import {readdirSync, readFileSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Matter} from '../book.js'
import {parseYaml, placeOf, type ParsedYaml} from '../config/parse-yaml.js'
import {bookSchema, type BookConfig} from '../config/schema.js'
import {validateYaml} from '../config/validate-yaml.js'
import {addMessage} from '../report/message.js'
import {didYouMean, didYouMeanText} from '../util/did-you-mean.js'
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
}

/** What loading produced; `config` is `undefined` when `book.yaml` is broken. */
export interface LoadedManuscript {
  root: string
  configFile: VFile
  config: BookConfig | undefined
  sources: Source[]
  /** `book.yaml` as parsed, kept so later stages can point at its keys without parsing it again. */
  yaml?: ParsedYaml | undefined
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

  const markdown = listMarkdown(root)
  const listed = new Set<string>()
  for (const matter of ['front', 'body', 'back'] as const) {
    for (const [index, name] of config.chapters[matter].entries()) {
      const place = placeOf(yaml, ['chapters', matter, index])
      const resolved = resolveInside(root, root, name)
      if (!resolved.ok) {
        const reason =
          resolved.reason === 'outside'
            ? `Chapter \`${name}\` is outside the manuscript folder; move it inside`
            : `Cannot find chapter \`${name}\`${didYouMeanText(didYouMean(name, markdown))}`
        addMessage(configFile, reason, {ruleId: 'config/chapter-missing', place})
        continue
      }

      if (listed.has(resolved.href)) {
        addMessage(configFile, `Chapter \`${name}\` is listed twice; remove one`, {ruleId: 'config/invalid', place})
        continue
      }

      listed.add(resolved.href)
      const file = new VFile({path: path.join(folder, resolved.href)})
      // An unreadable chapter (not UTF-8, too large) stays in the list, empty, so its error reaches the
      // report and stops the build; dropping it silently built a book without it.
      file.value = readText(file, resolved.path) ?? ''
      loaded.sources.push({name: resolved.href, matter, file})
    }
  }

  for (const name of markdown) {
    if (listed.has(name)) continue
    addMessage(configFile, `Markdown file \`${name}\` is not listed in \`chapters\`; add it or remove it`, {
      ruleId: 'config/chapter-unlisted',
      place: placeOf(yaml, ['chapters'], true)
    })
  }

  loaded.config = config
  return loaded
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

/** Every `.md` file under `root`, as `/`-separated relative paths, sorted so order never depends on the file system. */
function listMarkdown(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.toLowerCase().endsWith('.md')) found.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }

  walk(root)
  return found.sort()
}
