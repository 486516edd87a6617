// The cache folder of one manuscript: where it is, how it marks itself as disposable, and how entries are read and written.
import {createHash, randomBytes} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'

/** Name of the default cache folder, created beside the manuscript folder. */
export const defaultCacheName = '.colophon-cache'

/**
 * The default cache folder for a manuscript: `.colophon-cache/` next to it.
 *
 * @param manuscript - Manuscript folder.
 * @returns Absolute path of the cache folder.
 */
export function defaultCacheDir(manuscript: string): string {
  return path.join(path.dirname(path.resolve(manuscript)), defaultCacheName)
}

/**
 * Create (if needed) this manuscript's sub-folder of `cacheDir`; several manuscripts may share one
 * cache folder, so each gets its own, named after the folder and a hash of its real path.
 *
 * The cache folder gets a `.gitignore` of `*` (so it is ignored even where the project's own
 * `.gitignore` does not list it) and a `CACHEDIR.TAG` (so backup tools skip it). Everything in it
 * may be deleted at any time: the next build parses again.
 *
 * @param cacheDir - The cache folder.
 * @param root - Real path of the manuscript folder.
 * @returns The manuscript's sub-folder.
 */
export function manuscriptCacheDir(cacheDir: string, root: string): string {
  const name = `${path.basename(root).replace(/[^\w.-]+/g, '-')}-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`
  const dir = path.join(path.resolve(cacheDir), name)
  mkdirSync(dir, {recursive: true})
  const ignore = path.join(cacheDir, '.gitignore')
  if (!existsSync(ignore)) writeFileSync(ignore, '# Colophon build cache: safe to delete.\n*\n')
  const tag = path.join(cacheDir, 'CACHEDIR.TAG')
  if (!existsSync(tag)) writeFileSync(tag, 'Signature: 8a477f597d28d172789f06886806bc55\n# Colophon build cache: safe to delete.\n')
  return dir
}

/** Bytes of a key in an entry's header. */
const keyBytes = 32

/**
 * Read the entry at `file` when it was written under `key`.
 *
 * An entry is the key (32 bytes), the payload's length (8 bytes) and the payload; a missing,
 * truncated or foreign entry reads as absent.
 *
 * @param file - Entry path.
 * @param key - Hex SHA-256 the entry must have been written under.
 * @returns The payload, or `undefined`.
 */
export function readEntry(file: string, key: string): Buffer | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return undefined
  }

  if (bytes.length < keyBytes + 8 || bytes.subarray(0, keyBytes).toString('hex') !== key) return undefined
  const length = Number(bytes.readBigUInt64LE(keyBytes))
  if (bytes.length !== keyBytes + 8 + length) return undefined
  return bytes.subarray(keyBytes + 8)
}

/**
 * Write an entry atomically (temporary file, then rename) so a reader never sees half of one.
 * Not synced to disk: a torn entry after a crash only reads as absent.
 *
 * @param file - Entry path.
 * @param key - Hex SHA-256 of what the payload was made from.
 * @param payload - The cached bytes.
 */
export function writeEntry(file: string, key: string, payload: Uint8Array): void {
  const header = Buffer.alloc(keyBytes + 8)
  header.write(key, 0, keyBytes, 'hex')
  header.writeBigUInt64LE(BigInt(payload.byteLength), keyBytes)
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(temporary, Buffer.concat([header, payload]))
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
