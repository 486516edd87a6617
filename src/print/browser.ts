// Starts one headless Chrome for a build and makes sure it ends: on success, on failure and on Ctrl-C.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import puppeteer, {type Browser} from 'puppeteer'
import type {Context} from '../context.js'
import {StageError} from '../stage-error.js'
import {findChrome} from './find-chrome.js'

/** Flags for a quiet, offline, throw-away browser profile (issue 7: no network of its own). */
const baseArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage'
]

/**
 * Run `work` with a fresh browser in a fresh temporary profile; the browser is closed and the
 * profile removed however `work` ends, and an abort of `context.options.signal` closes it at once.
 *
 * @param context - Run context (logger, abort signal).
 * @param work - What to do with the browser.
 * @returns What `work` returns.
 */
export async function withBrowser<T>(context: Context, work: (browser: Browser) => Promise<T>): Promise<T> {
  const {signal} = context.options
  signal?.throwIfAborted()
  const executablePath = findChrome()
  const args = [...baseArgs]
  // Chrome refuses to start its sandbox as root; only then is it switched off.
  if (process.getuid?.() === 0) {
    args.push('--no-sandbox')
    context.logger.debug('running as root: starting Chrome with --no-sandbox')
  }

  const userDataDir = await mkdtemp(path.join(tmpdir(), 'colophon-chrome-'))
  let browser: Browser | undefined
  const onAbort = (): void => void browser?.process()?.kill('SIGKILL')
  try {
    context.logger.debug(`starting ${executablePath}`)
    try {
      browser = await puppeteer.launch({
        executablePath,
        userDataDir,
        args,
        headless: true,
        // The CLI owns the signals: it aborts `signal`, which ends the browser here.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: 60_000
      })
    } catch (error) {
      throw new StageError('print pdf', `Chrome (\`${executablePath}\`) did not start: ${firstLine(error)}`)
    }

    signal?.addEventListener('abort', onAbort, {once: true})
    signal?.throwIfAborted()
    return await work(browser)
  } finally {
    signal?.removeEventListener('abort', onAbort)
    await closeBrowser(browser)
    await rm(userDataDir, {recursive: true, force: true, maxRetries: 3})
  }
}

/** Close politely, then make sure: a browser that hangs on close is killed, never left behind. */
async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return
  const child = browser.process()
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    browser.close().catch(() => {}),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 5000)
    })
  ])
  clearTimeout(timer)
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}

/**
 * The first line of an error's message.
 *
 * @param error - Anything thrown.
 * @returns One line.
 */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}
