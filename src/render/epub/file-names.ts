// Names every file of the EPUB container: safe characters, unique after case folding and NFC (EPUB 3.3 §6.1.3).
import path from 'node:path'

/**
 * Hands out paths inside the container that no two files share, even on a case-insensitive
 * file system after Unicode normalisation (EPUB 3.3 §6.1.3.2 "File names" requires uniqueness
 * after case folding and NFC; §6.1.3.1 forbids `"*:<>?\` and controls). Names are kept ASCII so
 * EPUBCheck never has to warn about spaces or characters reading systems mishandle.
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
 * `wanted` with every segment reduced to `[A-Za-z0-9._-]`: accents dropped, anything else a hyphen,
 * no empty, dot-only or leading-dot segments (so nothing can climb out with `..`).
 *
 * @param wanted - A relative path.
 * @returns A safe relative path.
 */
export function safePath(wanted: string): string {
  const segments = wanted
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .split(/[/\\]+/)
    .map((segment) =>
      segment
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+(\.|$)/g, '$1')
        .slice(0, 120)
    )
    .filter((segment) => segment !== '')
  return segments.length > 0 ? segments.join('/') : 'file'
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
 * @returns A name that starts with a letter and holds only letters, digits, `-`, `_` and `.`.
 */
export function xmlId(text: string): string {
  const body = text.replace(/[^A-Za-z0-9._-]+/g, '-')
  return /^[A-Za-z_]/.test(body) ? body : `x-${body}`
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
