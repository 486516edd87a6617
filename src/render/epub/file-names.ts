// Names every file of the EPUB container: safe characters, unique after case folding and NFC (EPUB 3.3 §4.2.3).
import {createHash} from 'node:crypto'
import path from 'node:path'

/**
 * Hands out paths inside the container that no two files share, even on a case-insensitive
 * file system after Unicode normalisation (EPUB 3.3 §4.2.3 "File paths and file names" requires
 * uniqueness after case folding and NFC, and forbids `"*:<>?\|`, controls and some code points).
 */
export class FileNames {
  private readonly taken = new Set<string>()

  /**
   * Claim `wanted` (a `/`-separated path) or, when it is taken, the nearest free variant.
   *
   * @param wanted - The path the file would like, such as `images/Map.svg`.
   * @returns The safe, unique path actually given.
   */
  claim(wanted: string): string {
    const safe = safePath(wanted)
    const extension = path.posix.extname(safe)
    const stem = safe.slice(0, safe.length - extension.length)
    let candidate = safe
    for (let count = 2; this.taken.has(folded(candidate)); count++) candidate = `${stem}-${count}${extension}`
    this.taken.add(folded(candidate))
    return candidate
  }
}

/** The key two names collide on: NFC, then full case folding (approximated by lower-casing the upper-cased form). */
function folded(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase()
}

/**
 * Code points a segment keeps: letters, marks and digits of any script, `.`, `_` and `-`. Everything
 * else (spaces, which EPUB 3.3 §4.2.3 says file names SHOULD NOT contain; its forbidden characters;
 * punctuation that needs escaping in URLs) becomes a hyphen. The variation selectors are marks but
 * §4.2.3 forbids the supplementary ones, and a file name gains nothing from either kind.
 */
const unsafe = /(?:[^\p{L}\p{M}\p{Nd}._-]|[\uFE00-\uFE0F\u{E0100}-\u{E01EF}])+/gu

/** Longest segment in UTF-8 bytes: §4.2.3 allows 255; shorter names survive more unzip tools. */
const maxSegmentBytes = 120

/**
 * `wanted` with every segment made safe: Latin accents dropped (`café` → `cafe`), letters of other
 * scripts kept (`画像/地図.png` stays so), anything else a hyphen, the extension kept, no empty,
 * dot-only, leading-dot or trailing-dot segments (so nothing can climb out with `..`, and no name
 * ends in the full stop §4.2.3 forbids there). A name with nothing readable left (`★.png`) is
 * named by a short hash of itself, so it is the same on every build and apart from its neighbours.
 *
 * @param wanted - A relative path.
 * @returns A safe relative path, in NFC.
 */
export function safePath(wanted: string): string {
  const segments = wanted
    .split(/[/\\]+/)
    .filter((segment) => segment !== '' && !/^\.+$/.test(segment))
    .map(safeSegment)
  return segments.length > 0 ? segments.join('/') : 'file'
}

function safeSegment(original: string): string {
  const name = original.normalize('NFC')
  // A leading dot starts a hidden name, not an extension: `.hidden.png` is `hidden` + `.png`.
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 ? clean(name.slice(dot + 1)) : ''
  let stem = clean(dot > 0 ? name.slice(0, dot) : name)
  if (!/[\p{L}\p{Nd}]/u.test(stem)) stem = createHash('sha256').update(name).digest('hex').slice(0, 8)
  const suffix = extension ? `.${extension}` : ''
  // Shortened by code points, never inside a UTF-8 sequence or a surrogate pair.
  while (Buffer.byteLength(stem + suffix) > maxSegmentBytes && stem.length > 1) stem = [...stem].slice(0, -1).join('').replace(/[.-]+$/, '')
  return stem + suffix
}

/** Accents off Latin letters, other scripts as they are, runs of anything unsafe one hyphen, no dot or hyphen at either end. */
function clean(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .normalize('NFC')
    .replace(unsafe, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
}

/**
 * The path of `target` as seen from the document at `from` (both relative to the same folder).
 *
 * @param from - Path of the referring document, such as `text/c01.xhtml`.
 * @param target - Path of the referenced file, such as `images/map.svg`.
 * @returns A relative URL path.
 */
export function relativeHref(from: string, target: string): string {
  const relative = path.posix.relative(path.posix.dirname(from), target)
  return relative.split('/').map(encodeURIComponent).join('/')
}

/**
 * An XML `ID` (an NCName) made from `text`, for manifest items.
 *
 * @param text - Any text, such as a file path.
 * @returns A name that starts with a letter and holds only letters, digits, `-`, `_` and `.` (of any script).
 */
export function xmlId(text: string): string {
  // Letters and decimal digits of any script are XML 1.0 (5th ed.) name characters, as §2.3 lists them.
  const body = text.replace(/[^\p{L}\p{Nd}._-]+/gu, '-')
  return /^[\p{L}_]/u.test(body) ? body : `x-${body}`
}

/**
 * {@link relativeHref} for a target that may carry a fragment (`c01.xhtml#privacy`).
 *
 * @param from - Path of the referring document.
 * @param target - Path of the target, with an optional `#fragment`.
 * @returns A relative URL.
 */
export function relativeTarget(from: string, target: string): string {
  const hash = target.indexOf('#')
  if (hash === -1) return relativeHref(from, target)
  return `${relativeHref(from, target.slice(0, hash))}${target.slice(hash)}`
}
