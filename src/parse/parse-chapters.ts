// Stage 2, parse, at speed: chapters come from the per-chapter cache when unchanged, and big books parse on worker threads too.
import {availableParallelism, loadavg} from 'node:os'
import {setImmediate as yieldToEvents} from 'node:timers/promises'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import {VFile} from 'vfile'
import {chapterKey, decodeRecord, encodeRecord, openChapterCache, type ChapterCache} from '../cache/chapter-cache.js'
import type {Source} from '../load/load-manuscript.js'
import {setSourceBytes, sourceBytesOf} from '../load/read-text.js'
import type {Logger} from '../report/logger.js'
import {chapterSlugs} from './parse-book.js'
import {includeDependencies} from './code-includes.js'
import type {ParsedChapter} from './parse-chapter.js'

/** Options of {@link parseChapters}. */
export interface ParseChaptersOptions {
  /** Real path of the manuscript folder. */
  root: string
  /** Real path of the folder mdBook includes may read from (`project-root`); default `root`. */
  includeRoot?: string | undefined
  /** Values of `{{ book.name }}` (`book.yaml`'s `variables`). */
  variables?: Readonly<Record<string, string>> | undefined
  /** Cache folder; without one every chapter is parsed. */
  cacheDir?: string | undefined
  /** Worker threads to add; default `COLOPHON_PARSE_WORKERS`, else the idle cores (see {@link idleCores}) for books above {@link workerThreshold}. */
  workers?: number | undefined
  /** For a debug line saying what came from where. */
  logger?: Logger | undefined
}

/**
 * Below this much Markdown to parse (UTF-16 units, ~300k words), workers cost more than they save.
 * A worker needs ~0.25 s to load unified before its first chapter, every tree it returns is copied
 * to the main thread, and parsing is allocation-bound: on the 2-vCPU machine of
 * `docs/benchmarks.md`, two parses side by side each ran 1.75× slower than one alone (a pure
 * arithmetic loop ran 1.0×), so a worker made the M book (1 MB) ~25 % slower and the L book (6 MB)
 * ~7 % faster, with a lower peak RSS because each heap holds less garbage.
 */
export const workerThreshold = 2_000_000

const marker = 'colophon-parse-worker'
if (!isMainThread && workerData === marker) serveWorker()

/** `parseChapter`, loaded on demand. */
type Parse = typeof import('./parse-chapter.js').parseChapter

/** What every chapter's parse is given besides its file: where includes read and the variables. */
interface ParseOptions {
  includeRoot: string
  variables: Readonly<Record<string, string>>
}

/** One chapter to parse. */
interface Job {
  index: number
  slug: string
  key: string
  file: VFile
}

/**
 * Parse every source, using the cache and worker threads where they help.
 *
 * @param sources - Loaded chapters in reading order.
 * @param options - Manuscript root, cache folder and worker count.
 * @returns One parse result per source, in the same order, their messages already on the files.
 */
export async function parseChapters(sources: readonly Source[], options: ParseChaptersOptions): Promise<ParsedChapter[]> {
  const slugs = chapterSlugs(sources)
  const cache = options.cacheDir === undefined ? undefined : openChapterCache(options.cacheDir, options.root)
  const includeRoot = options.includeRoot ?? options.root
  const parseOptions = {includeRoot, variables: options.variables ?? {}}
  const results: ParsedChapter[] = []
  const misses: Job[] = []
  for (const [index, source] of sources.entries()) {
    const slug = slugs[index] ?? ''
    const key = cache ? chapterKey(sourceBytesOf(source.file), slug, `${JSON.stringify(parseOptions)}\0${includeDependencies(source.file, includeRoot)}`) : ''
    const payload = cache?.read(slug, key)
    const hit = payload ? decodeRecord(source.file, payload) : undefined
    if (hit) results[index] = hit
    else misses.push({index, slug, key, file: source.file})
  }

  if (misses.length === 0) {
    options.logger?.debug(`parse: all ${sources.length} chapters from the cache`)
    return results
  }

  // Loaded only when something is parsed: unified and its plugins take ~0.1 s to load.
  const {parseChapter} = await import('./parse-chapter.js')
  const size = misses.reduce((total, job) => total + String(job.file.value).length, 0)
  // An explicit count (option or `COLOPHON_PARSE_WORKERS`) is used as given; otherwise only big books get workers.
  const forced = options.workers ?? envWorkers()
  const wanted = forced ?? (size >= workerThreshold ? idleCores() : 0)
  // Under a TypeScript test runner this module is not JavaScript a worker could load.
  const workers = import.meta.url.endsWith('.js') ? Math.max(0, Math.min(wanted, misses.length - 1)) : 0
  // Largest first, so no thread is left with one long chapter at the end.
  const queue = [...misses].sort((a, b) => String(b.file.value).length - String(a.file.value).length)
  await Promise.all([
    ...Array.from({length: workers}, () => runWorker(queue, parseOptions, (job, payload) => (results[job.index] = accept(job, payload, cache)))),
    parseHere(queue, results, cache, parseChapter, parseOptions)
  ])
  // Jobs a failed worker handed back after the main thread had finished.
  await parseHere(queue, results, cache, parseChapter, parseOptions)
  options.logger?.debug(`parse: ${sources.length - misses.length} of ${sources.length} chapters from the cache, ${misses.length} parsed (${workers} worker threads)`)
  return results
}

/** Parse jobs on the main thread until the queue is empty, letting worker results in between chapters. */
async function parseHere(queue: Job[], results: ParsedChapter[], cache: ChapterCache | undefined, parseChapter: Parse, parseOptions: ParseOptions): Promise<void> {
  for (let job = queue.shift(); job; job = queue.shift()) {
    const before = job.file.messages.length
    const parsed = parseChapter(job.file, job.slug, parseOptions)
    results[job.index] = parsed
    if (cache) cache.write(job.slug, job.key, encodeRecord(job.file, parsed, before))
    if (queue.length > 0) await yieldToEvents()
  }
}

/** Store a worker's payload and turn it into the chapter's parse result. */
function accept(job: Job, payload: Uint8Array, cache: ChapterCache | undefined): ParsedChapter {
  cache?.write(job.slug, job.key, payload)
  const parsed = decodeRecord(job.file, payload)
  if (!parsed) throw new Error(`parse worker returned an unreadable result for \`${job.file.path}\``)
  return parsed
}

/**
 * Run one worker thread over the queue; when the worker cannot start or fails, its job goes back
 * on the queue and the main thread parses it.
 */
async function runWorker(queue: Job[], parseOptions: ParseOptions, done: (job: Job, payload: Uint8Array) => void): Promise<void> {
  if (queue.length === 0) return
  const worker = new Worker(new URL(import.meta.url), {workerData: marker})
  let current: Job | undefined
  try {
    await new Promise<void>((resolve, reject) => {
      const next = (): void => {
        current = queue.shift()
        if (!current) return resolve()
        // The bytes go too: messages give byte offsets counted in the file as read.
        worker.postMessage({path: current.file.path, value: String(current.file.value), slug: current.slug, bytes: sourceBytesOf(current.file), parseOptions})
      }

      worker.on('message', (payload: Uint8Array) => {
        try {
          if (current) done(current, payload)
        } catch (error) {
          return reject(error)
        }

        next()
      })
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`parse worker exited with code ${code}`)))
      next()
    })
  } catch {
    if (current) queue.unshift(current)
  } finally {
    await worker.terminate()
  }
}

/**
 * Worker threads worth adding besides the main thread: the cores the 1-minute load average leaves
 * idle: a worker on a core that is already busy only adds its start-up and copying.
 *
 * @returns A whole number, at most one fewer than the cores.
 */
export function idleCores(): number {
  const cores = availableParallelism()
  return Math.max(0, Math.min(cores - 1, Math.floor(cores - (loadavg()[0] ?? 0))))
}

/** `COLOPHON_PARSE_WORKERS`, when set to a whole number. */
function envWorkers(): number | undefined {
  const value = process.env['COLOPHON_PARSE_WORKERS']
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined
}

/** Inside a worker: parse each chapter sent and send back its serialised record, transferring the bytes. */
function serveWorker(): void {
  const loading = import('./parse-chapter.js')
  parentPort?.on('message', async (job: {path: string; value: string; slug: string; bytes: Uint8Array; parseOptions: ParseOptions}) => {
    const {parseChapter} = await loading
    const file = new VFile({path: job.path, value: job.value})
    setSourceBytes(file, job.bytes)
    const payload = encodeRecord(file, parseChapter(file, job.slug, job.parseOptions), 0)
    // A fresh buffer owns its memory and can be moved rather than copied; a pooled slice cannot.
    const bytes = payload.byteOffset === 0 && payload.byteLength === payload.buffer.byteLength ? payload : new Uint8Array(payload)
    // `v8.serialize` never returns shared memory, so the buffer is a plain, transferable ArrayBuffer.
    parentPort?.postMessage(bytes, [bytes.buffer as ArrayBuffer])
  })
}
