// What every stage receives besides the book: the options of this run, the logger and the clock.
import type {Logger} from './report/logger.js'

/** Output formats Colophon renders. */
export type Format = 'epub' | 'pdf'

/** Options of one build or check run, from the CLI (never from the manuscript). */
export interface BuildOptions {
  /** Manuscript folder. */
  manuscript: string
  /** Output folder for the built books. */
  out: string
  /** Formats to render; empty for `colophon check`. */
  formats: Format[]
  /** Check external links over the network. */
  external?: boolean
  /** Never use the network; external links are reported as unchecked. */
  offline?: boolean
  /** Folder for the per-chapter and link caches. */
  cacheDir?: string
  /** Reports as JSON to this file, besides the human report. */
  reportJson?: string | undefined
  /** Cancels the run (Ctrl-C). */
  signal?: AbortSignal
}

/** The context passed to every stage. */
export interface Context {
  /** Options of this run. */
  options: BuildOptions
  /** Progress and debug output. */
  logger: Logger
  /**
   * Time of the build in seconds since the epoch, from `SOURCE_DATE_EPOCH` or the book's date;
   * never the clock, so two builds give the same bytes.
   */
  epoch: number
}

/**
 * The build time: `SOURCE_DATE_EPOCH` when set, else midnight UTC of the book's date.
 *
 * @param date - The book's `date` (`YYYY-MM-DD`).
 * @param env - Environment to read `SOURCE_DATE_EPOCH` from.
 * @returns Seconds since the epoch.
 */
export function buildEpoch(date: string, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env['SOURCE_DATE_EPOCH']
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv)
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 1000)
}
