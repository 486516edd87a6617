// Progress output: stage names and times on a terminal, silence in CI, debug lines on request.

/** Writes progress and debug lines to stderr. */
export interface Logger {
  /** Run `work` as a named stage, reporting its time on a terminal. */
  stage<T>(name: string, work: () => T | Promise<T>): Promise<T>
  /** A line shown with `--verbose` (or `DEBUG=colophon`). */
  debug(text: string): void
  /** A line always shown (not a diagnostic: those go through the reporter). */
  info(text: string): void
}

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  /** Show stage times; defaults to whether stderr is a terminal and `CI` is unset. */
  progress?: boolean
  /** Show debug lines. */
  verbose?: boolean
  /** Where to write; defaults to `process.stderr`. */
  write?: (text: string) => void
}

/**
 * Create a logger.
 *
 * @param options - Where and what to show.
 * @returns The logger.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const write = options.write ?? ((text: string) => process.stderr.write(text))
  const progress = options.progress ?? (Boolean(process.stderr.isTTY) && !process.env['CI'])
  const verbose = options.verbose ?? /\bcolophon\b/.test(process.env['DEBUG'] ?? '')

  return {
    async stage(name, work) {
      const start = performance.now()
      try {
        return await work()
      } finally {
        if (progress || verbose) write(`  ${name.padEnd(12)} ${Math.round(performance.now() - start)} ms\n`)
      }
    },
    debug(text) {
      if (verbose) write(`colophon: ${text}\n`)
    },
    info(text) {
      write(`${text}\n`)
    }
  }
}
