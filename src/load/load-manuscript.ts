// Stage 1, load: reads `book.yaml` and every listed chapter into VFiles, refusing paths outside the manuscript.
import {readFileSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Matter} from '../book.js'
import {parseYaml, placeOf, type ParsedYaml} from '../config/parse-yaml.js'
import {bookSchema, type BookConfig} from '../config/schema.js'
import {validateYaml} from '../config/validate-yaml.js'
import {addMessage} from '../report/message.js'
import {didYouMean, didYouMeanText} from '../util/did-you-mean.js'
import {globToRegExp} from '../util/glob-to-regexp.js'
import {listMarkdown} from './list-markdown.js'
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
  if (decoded.ok) return decoded.text
  addMessage(file, `File is not valid UTF-8 at byte ${decoded.offset}; save it as UTF-8`, {
    ruleId: 'config/encoding',
    place: pointAtByte(bytes, decoded.offset)
  })
  return undefined
}
