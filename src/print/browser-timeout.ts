// How long Chrome may take: 60 s by default, `COLOPHON_BROWSER_TIMEOUT` for slow machines and for tests.
import type {Logger} from '../report/logger.js'

/** The time limit when `COLOPHON_BROWSER_TIMEOUT` is unset or unusable, in milliseconds. */
export const defaultBrowserTimeout = 60_000

/**
 * The base time limit for Chrome, in milliseconds: how long it may take to start, and the part of
 * the print limit that does not grow with the book. `COLOPHON_BROWSER_TIMEOUT` overrides the
 * default; it comes from the environment only, never from the manuscript, so a book cannot make
 * the build wait longer than its builder allowed.
 *
 * @param logger - Where an unusable value is noted (debug), since ignoring it silently would puzzle.
 * @param env - Environment to read; defaults to this process.
 * @returns A whole number of milliseconds above 0.
 */
export function browserTimeout(logger: Pick<Logger, 'debug'>, env: NodeJS.ProcessEnv = process.env): number {
  const value = env['COLOPHON_BROWSER_TIMEOUT']
  if (value === undefined || value === '') return defaultBrowserTimeout
  // Whole milliseconds only: `0` would mean "no limit" to puppeteer, the opposite of a limit.
  if (/^\d+$/.test(value.trim()) && Number(value) > 0 && Number.isSafeInteger(Number(value))) return Number(value)
  logger.debug(`COLOPHON_BROWSER_TIMEOUT is \`${value}\`, not a whole number of milliseconds above 0; using ${defaultBrowserTimeout}`)
  return defaultBrowserTimeout
}
