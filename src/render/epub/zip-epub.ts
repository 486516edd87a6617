// Packs the container into a zip (EPUB 3.3 §6.2 OCF): `mimetype` first and stored, the rest in a fixed order and time.
import {strToU8, zipSync, type Zippable} from 'fflate'

/** A file of the container. */
export interface ContainerFile {
  /** Path inside the zip. */
  path: string
  /** Contents. */
  bytes: Uint8Array
}

/** Already-compressed formats: deflating them again only costs time. */
const stored = /\.(?:png|jpe?g|gif|webp|woff2?)$/i

/**
 * Zip the container. The same files give the same bytes: entries after `mimetype`,
 * `META-INF/container.xml` and the package document are sorted by path (never the file system's
 * order), deflate is deterministic, no extra fields are written, and every entry has the time of
 * `epoch`, written as UTC into the DOS date fields so the time zone of the machine never shows.
 *
 * @param files - The container's files except `mimetype`.
 * @param epoch - Build time in seconds since the epoch.
 * @returns The EPUB.
 */
export function zipEpub(files: ContainerFile[], epoch: number): Uint8Array {
  const first = ['META-INF/container.xml']
  const ordered = [...files].sort((a, b) => rank(a.path, first) - rank(b.path, first) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const entries: Zippable = {}
  // EPUB 3.3 §6.2.6.3.1 (OCF ZIP container): `mimetype` is the first entry, uncompressed, with no extra field.
  entries['mimetype'] = [strToU8('application/epub+zip'), {level: 0}]
  for (const file of ordered) entries[file.path] = [file.bytes, {level: stored.test(file.path) ? 0 : 9}]
  const zip = zipSync(entries, {mtime: 315_576_000_000}) // 1980-01-01T12:00Z; overwritten below.
  setDosTimes(zip, dosDateTime(epoch))
  return zip
}

/** The position of a path among the ones that must come first; the package document right after them. */
function rank(path: string, first: string[]): number {
  const index = first.indexOf(path)
  if (index !== -1) return index
  return path.endsWith('.opf') ? first.length : first.length + 1
}

/**
 * DOS date and time fields (APPNOTE.TXT §4.4.6) of an epoch in UTC, clamped to what they can hold.
 *
 * @param epoch - Seconds since the epoch.
 * @returns `[time, date]`.
 */
export function dosDateTime(epoch: number): [number, number] {
  const date = new Date(Math.min(Math.max(epoch * 1000, Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58)))
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()
  return [time, day]
}

/**
 * fflate derives DOS times from a `Date` in local time, so the zone would leak into the bytes;
 * write the fields of every local header (offset 10) and central header (offset 12) instead.
 */
function setDosTimes(zip: Uint8Array, [time, date]: [number, number]): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = zip.byteLength - 22 // fflate writes no archive comment
  const entries = view.getUint16(end + 10, true)
  let central = view.getUint32(end + 16, true)
  for (let index = 0; index < entries; index++) {
    if (view.getUint32(central, true) !== 0x02014b50) throw new Error('zipEpub: unexpected central directory layout')
    const local = view.getUint32(central + 42, true)
    view.setUint16(central + 12, time, true)
    view.setUint16(central + 14, date, true)
    view.setUint16(local + 10, time, true)
    view.setUint16(local + 12, date, true)
    central += 46 + view.getUint16(central + 28, true) + view.getUint16(central + 30, true) + view.getUint16(central + 32, true)
  }
}
