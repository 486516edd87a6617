// Keeps link outcomes on disk between runs, each valid for an age limit, so a rebuild does not hit the network again.
import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {writeAtomic} from '../../write/write-atomic.js'
import {maxAgeOf, type CacheAges, type LinkOutcome} from './outcome.js'

/** One cached outcome with the time it was found. */
interface Entry extends LinkOutcome {
  checkedAt: number
}

/** The cache file's contents. */
interface CacheData {
  version: 1
  links: Record<string, Entry>
}

/** Outcomes by URL, read from and written back to one JSON file. */
export class LinkCache {
  private constructor(
    private readonly file: string | undefined,
    private readonly data: CacheData
  ) {}

  /**
   * Read the cache; a missing or unreadable file is an empty cache.
   *
   * @param file - JSON file, or `undefined` for a cache that only lives in memory.
   * @returns The cache.
   */
  static async open(file: string | undefined): Promise<LinkCache> {
    let data: CacheData = {version: 1, links: {}}
    if (file) {
      try {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheData>
        if (parsed.version === 1 && parsed.links && typeof parsed.links === 'object') data = {version: 1, links: parsed.links}
      } catch {
        // No cache yet, or a damaged one: check everything again.
      }
    }

    return new LinkCache(file, data)
  }

  /**
   * The cached outcome of `url`, if it is young enough.
   *
   * @param url - The URL.
   * @param ages - Age limits.
   * @param now - Current time in milliseconds.
   * @returns The outcome, or `undefined`.
   */
  get(url: string, ages: CacheAges, now: number): LinkOutcome | undefined {
    const entry = this.data.links[url]
    if (!entry) return undefined
    const age = now - entry.checkedAt
    if (age < 0 || age >= maxAgeOf(entry, ages)) return undefined
    const {checkedAt: _checkedAt, ...outcome} = entry
    return outcome
  }

  /**
   * Remember `outcome` for `url` (outcomes that must not be cached are dropped).
   *
   * @param url - The URL.
   * @param outcome - What the check found.
   * @param ages - Age limits.
   * @param now - Current time in milliseconds.
   */
  set(url: string, outcome: LinkOutcome, ages: CacheAges, now: number): void {
    if (maxAgeOf(outcome, ages) > 0) this.data.links[url] = {...outcome, checkedAt: now}
  }

  /** Write the cache back, atomically; expired entries are dropped. */
  async save(ages: CacheAges, now: number): Promise<void> {
    if (!this.file) return
    const links: Record<string, Entry> = {}
    for (const url of Object.keys(this.data.links).sort()) {
      const entry = this.data.links[url]
      if (entry && now - entry.checkedAt < maxAgeOf(entry, ages)) links[url] = entry
    }

    await mkdir(path.dirname(this.file), {recursive: true})
    await writeAtomic(this.file, JSON.stringify({version: 1, links}, null, 2) + '\n')
  }
}
