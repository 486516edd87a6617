// Describes the machine a benchmark ran on: CPU, cores, memory, load, and the versions of Node, Chrome and Pandoc.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import os from 'node:os'

/** Chrome the benchmark and Colophon use: `PUPPETEER_EXECUTABLE_PATH`, `CHROME_PATH`, else the system Chromium. */
export const chromePath = process.env.PUPPETEER_EXECUTABLE_PATH || process.env.CHROME_PATH || '/usr/bin/chromium'

/**
 * First line of `command --version`, or `undefined` when it does not run.
 *
 * @param {string} command - Executable.
 * @returns {string | undefined} The version line.
 */
export function versionOf(command) {
  if (command.startsWith('/') && !existsSync(command)) return undefined
  const result = spawnSync(command, ['--version'], {encoding: 'utf8'})
  if (result.status !== 0 || !result.stdout) return undefined
  return result.stdout.split('\n')[0].trim()
}

/**
 * The machine as a few Markdown list items.
 *
 * @returns {{lines: string[], pandoc: string | undefined}} Description lines and Pandoc's version (absent when not installed).
 */
export function describeMachine() {
  const cpus = os.cpus()
  const pandoc = versionOf('pandoc')
  const lines = [
    `CPU: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} logical cores (os.availableParallelism ${os.availableParallelism()})`,
    `Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB; load average at start ${os.loadavg().map((load) => load.toFixed(2)).join(', ')}`,
    `OS: ${os.type()} ${os.release()} ${os.arch()}`,
    `Node ${process.version}; Chrome: ${versionOf(chromePath) ?? `not found at ${chromePath}`}; Pandoc: ${pandoc ?? 'not installed (skipped)'}`
  ]
  return {lines, pandoc}
}
