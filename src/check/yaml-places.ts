// Places of keys in `book.yaml` and in chapter front matter, for messages that point at configuration.
import type {Yaml} from 'mdast'
import type {Position} from 'unist'
import {VFile} from 'vfile'
import type {Book, Chapter} from '../book.js'
import {parseYaml, placeOf, type ParsedYaml} from '../config/parse-yaml.js'

const frontMatterCache = new WeakMap<Chapter, ParsedYaml | null>()
const configCache = new WeakMap<Book, ParsedYaml>()

/**
 * The place of a key (or its value) in `book.yaml`.
 *
 * @param book - The book; its `configYaml` is the document parsed while loading.
 * @param path - Keys and indices from the root, such as `['contributors', 1, 'role']`.
 * @param key - Point at the key rather than its value.
 * @returns The place, or the closest existing parent's.
 */
export function configPlace(book: Book, path: ReadonlyArray<PropertyKey>, key = false): Position | undefined {
  let yaml = book.configYaml ?? configCache.get(book)
  if (!yaml) {
    // Books made without the loader (tests) have no document; the text parsed cleanly once, so no messages arise.
    yaml = parseYaml(new VFile(), String(book.configFile.value ?? ''))
    configCache.set(book, yaml)
  }

  return placeOf(yaml, path, key)
}

/**
 * The place of a key (or its value) in a chapter's front matter.
 *
 * The front matter is parsed again here (once per chapter, only when a rule reports on it):
 * the parse stage keeps the validated data, not the document.
 *
 * @param chapter - The chapter.
 * @param path - Keys and indices from the front matter's root.
 * @param key - Point at the key rather than its value.
 * @returns The place, or the chapter's first line when it has no front matter.
 */
export function frontMatterPlace(chapter: Chapter, path: ReadonlyArray<PropertyKey>, key = false): Position | undefined {
  let yaml = frontMatterCache.get(chapter)
  if (yaml === undefined) {
    const node = chapter.mdast?.children[0]
    yaml = node?.type === 'yaml' ? parseYaml(new VFile(), (node as Yaml).value, node.position?.start.line ?? 0) : null
    frontMatterCache.set(chapter, yaml)
  }

  if (!yaml) return {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
  return placeOf(yaml, path, key)
}
