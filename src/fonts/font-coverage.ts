// Which code points a font file really draws, read from its `cmap` with fontkit and cached per file.
import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import * as fontkit from 'fontkit'
import {readEntry, writeEntry} from '../cache/cache-folder.js'

/** Bump when the cached payload changes shape. */
const format = 1

/** Code points by font path, for this process: a file is decoded at most once whatever the books built. */
const memo = new Map<string, ReadonlySet<number>>()

/**
 * The code points `file` has a glyph for, from its `cmap` (a Fontsource subset's `unicode-range`
 * is a promise about the subset, not the file: Literata's `latin` range names U+2042, its file has
 * no glyph for it). Decoding a WOFF2 file takes from under a millisecond (a Literata subset) to a
 * fifth of a second (the 5.8 MB colour emoji font), so the answer is kept in memory and, with a
 * cache folder, on disk under a key of the file's path, size and modification time.
 *
 * @param file - Absolute path of a WOFF2, TTF or OTF file.
 * @param cacheDir - Folder for the on-disk entries, or `undefined` for none (`--no-cache`).
 * @returns The code points.
 */
export function fontCoverage(file: string, cacheDir?: string): ReadonlySet<number> {
  const known = memo.get(file)
  if (known) return known
  const stat = statSync(file)
  const key = createHash('sha256').update(`font-coverage-${format}\0${file}\0${stat.size}\0${stat.mtimeMs}`).digest('hex')
  const entry = cacheDir === undefined ? undefined : path.join(cacheDir, `${path.basename(file)}.bin`)
  const cached = entry === undefined ? undefined : readEntry(entry, key)
  let points = cached === undefined ? undefined : fromEntry(cached)
  if (!points) {
    const font = fontkit.create(readFileSync(file))
    // A collection (`.ttc`) has no character set of its own; Fontsource ships single fonts.
    points = new Set('characterSet' in font ? font.characterSet : [])
    try {
      if (entry !== undefined) writeEntry(entry, key, Buffer.from(JSON.stringify(runs(points)), 'utf8'))
    } catch {
      // A cache that cannot be written costs the next build a decode, nothing more.
    }
  }

  memo.set(file, points)
  return points
}

/**
 * Code points as sorted `[first, last]` runs.
 *
 * @param points - Any code points.
 * @returns The runs, in ascending order.
 */
export function runs(points: Iterable<number>): Array<[number, number]> {
  const sorted = [...new Set(points)].sort((a, b) => a - b)
  const result: Array<[number, number]> = []
  for (const point of sorted) {
    const last = result.at(-1)
    if (last && point === last[1] + 1) last[1] = point
    else result.push([point, point])
  }

  return result
}

/** The code points of a cache entry's payload, or `undefined` when it is not the JSON runs it should be. */
function fromEntry(payload: Buffer): ReadonlySet<number> | undefined {
  try {
    const pairs = JSON.parse(payload.toString('utf8')) as unknown
    if (!Array.isArray(pairs) || !pairs.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every(Number.isInteger))) return undefined
    return new Set(expand(pairs as Array<[number, number]>))
  } catch {
    return undefined
  }
}

/** Every code point of `pairs`. */
function* expand(pairs: ReadonlyArray<readonly [number, number]>): Generator<number> {
  for (const [first, last] of pairs) for (let point = first; point <= last; point++) yield point
}
