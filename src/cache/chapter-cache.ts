// The per-chapter parse cache: a chapter's trees, front matter and parse messages, keyed by a hash of its text, its slug and the build.
import {createHash} from 'node:crypto'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {ParsedChapter} from '../parse/parse-chapter.js'
import {manuscriptCacheDir, readEntry, writeEntry} from './cache-folder.js'
import {fingerprint} from './fingerprint.js'

/** A message the parse stage put on a chapter, as plain data. */
interface StoredMessage {
  reason: string
  place: VFileMessage['place']
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | undefined | null
  url: string | undefined
  /** Path of the file a cause points into. */
  file: string | undefined
  /** The "defined here" message, when there is one. */
  cause: StoredMessage | undefined
}

/** What the cache holds for one chapter: the parse result and its side effects on the file. */
export interface ParseRecord extends ParsedChapter {
  /** Messages parsing added to the file, replayed on a cache hit. */
  messages: StoredMessage[]
  /** `file.data` after parsing, when parsing set anything on it. */
  data?: Record<string, unknown> | undefined
}

/** The parse cache of one manuscript. */
export interface ChapterCache {
  /** Folder of the entries. */
  dir: string
  /** Cached payload for `slug` when it was written under `key`. */
  read(slug: string, key: string): Buffer | undefined
  /** Store a payload; failures (a deleted or read-only folder) are ignored: the cache is only an optimisation. */
  write(slug: string, key: string, payload: Uint8Array): void
}

/**
 * Open a per-chapter cache of the manuscript at `root` inside `cacheDir`: the parses (`parse`),
 * or the rendered EPUB documents (`epub`).
 *
 * Entries are one file per chapter slug (`parse/<slug>.bin`), overwritten when the chapter
 * changes, so the cache never grows past one entry per chapter.
 *
 * @param cacheDir - Cache folder (`.colophon-cache/` by default).
 * @param root - Real path of the manuscript folder.
 * @param kind - Which of the caches.
 * @returns The cache, or `undefined` when the folder cannot be created.
 */
export function openChapterCache(cacheDir: string, root: string, kind: 'parse' | 'epub' = 'parse'): ChapterCache | undefined {
  let dir: string
  try {
    dir = path.join(manuscriptCacheDir(cacheDir, root), kind)
  } catch {
    return undefined
  }

  const entry = (slug: string): string => path.join(dir, `${slug}.bin`)
  return {
    dir,
    read: (slug, key) => readEntry(entry(slug), key),
    write(slug, key, payload) {
      try {
        writeEntry(entry(slug), key, payload)
      } catch {
        // Deleted while building, full disk, read-only: the next build parses again.
      }
    }
  }
}

/**
 * The key of a chapter's entry: the chapter file's bytes as read (not only its decoded text: a
 * byte-order mark or `\r\n` line ends change the byte offsets messages give), the parse options
 * (its slug, which prefixes its footnote ids) and the build's fingerprint (Colophon's version,
 * code and dependencies), and the files its includes read and where from. Any change to one of them is a miss.
 *
 * @param bytes - The chapter file's bytes (`sourceBytesOf(file)`).
 * @param slug - The chapter's slug.
 * @param includes - The include root and what the chapter's includes read (`includeDependencies`).
 * @returns Hex SHA-256.
 */
export function chapterKey(bytes: Uint8Array | string, slug: string, includes = ''): string {
  return createHash('sha256').update(fingerprint()).update('\0').update(slug).update('\0').update(includes).update('\0').update(bytes).digest('hex')
}

/**
 * Serialise a parse result with the messages parsing added to `file` (those after index `before`).
 *
 * @param file - The chapter's file, after parsing.
 * @param parsed - The parse result.
 * @param before - Number of messages the file had before parsing.
 * @returns The payload (V8 serialisation, which keeps the trees exactly, `undefined` values included).
 */
export function encodeRecord(file: VFile, parsed: ParsedChapter, before: number): Buffer {
  const messages = file.messages.slice(before).map(toStored)
  const data = Object.keys(file.data).length > 0 ? file.data : undefined
  const record: ParseRecord = {mdast: parsed.mdast, hast: parsed.hast, frontMatter: parsed.frontMatter, messages, data}
  return serialize(record)
}

/**
 * Turn a payload back into a parse result, adding its messages to `file` as parsing would have.
 *
 * @param file - The chapter's file.
 * @param payload - From {@link encodeRecord}.
 * @returns The parse result, or `undefined` when the payload cannot be read (treated as a miss).
 */
export function decodeRecord(file: VFile, payload: Uint8Array): ParsedChapter | undefined {
  let record: ParseRecord
  try {
    record = deserialize(payload) as ParseRecord
  } catch {
    return undefined
  }

  if (!record || typeof record !== 'object' || !record.hast || !record.mdast || !Array.isArray(record.messages)) return undefined
  for (const stored of record.messages) {
    const message = file.message(stored.reason, {place: stored.place, ruleId: stored.ruleId, source: stored.source, cause: stored.cause && fromStored(stored.cause)})
    message.fatal = stored.fatal
    message.url = stored.url
  }

  if (record.data) Object.assign(file.data, record.data)
  return {mdast: record.mdast, hast: record.hast, frontMatter: record.frontMatter}
}

/** A message as plain data (V8 serialisation would keep only an Error's message and stack). */
function toStored(message: VFileMessage): StoredMessage {
  const {reason, place, ruleId, source, fatal, url, file} = message
  return {reason, place, ruleId, source, fatal, url, file, cause: message.cause instanceof VFileMessage ? toStored(message.cause) : undefined}
}

/** A stored message back as a detached `VFileMessage` (for causes). */
function fromStored(stored: StoredMessage): VFileMessage {
  const message = new VFileMessage(stored.reason, {place: stored.place, ruleId: stored.ruleId, source: stored.source, cause: stored.cause && fromStored(stored.cause)})
  message.fatal = stored.fatal
  message.url = stored.url
  if (stored.file !== undefined) message.file = stored.file
  return message
}
