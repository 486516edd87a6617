// Starts one headless Chrome for a build and makes sure it ends: on success, on failure and on Ctrl-C.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {ChildProcess} from 'node:child_process'
import puppeteer, {type Browser} from 'puppeteer'
import type {Context} from '../context.js'
import {StageError} from '../stage-error.js'
import {browserTimeout} from './browser-timeout.js'
import {chromeGone} from './chrome-gone.js'
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

/** How long to wait, once Chrome's connection is gone, for its exit code or signal to name in the error. */
const exitWait = 2000

/**
 * Run `work` with a fresh browser in a fresh temporary profile; the browser is closed and the
 * profile removed however `work` ends, and an abort of `context.options.signal` closes it at once.
 * If Chrome exits or drops its connection while `work` runs (a crash, the OOM killer), the run
 * fails at once with a `print pdf` error naming the exit code or signal, instead of waiting for
 * `work`'s own time limit. Starting may take `COLOPHON_BROWSER_TIMEOUT` ms (default 60 s).
 *
 * @param context - Run context (logger, abort signal).
 * @param work - What to do with the browser.
 * @param callTimeout - How long one call to Chrome may take, in ms (puppeteer's `protocolTimeout`,
 *   180 s by default, which a long book's single `page.pdf` can exceed).
 * @returns What `work` returns.
 */
export async function withBrowser<T>(context: Context, work: (browser: Browser) => Promise<T>, callTimeout = 180_000): Promise<T> {
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
  // Set before we close the browser ourselves, so that disconnection is not taken for a crash.
  let closing = false
  const onAbort = (): void => void browser?.process()?.kill('SIGKILL')
  // Aborted when starting fails: puppeteer would otherwise leave a browser that never answered
  // running for 5 s more, waiting for it to exit by itself. A Ctrl-C while starting ends it too.
  const launchAbort = new AbortController()
  try {
    context.logger.debug(`starting ${executablePath}`)
    try {
      const launching = puppeteer.launch({
        executablePath,
        userDataDir,
        args,
        headless: true,
        // The CLI owns the signals: it aborts `signal`, which ends the browser here.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: browserTimeout(context.logger),
        protocolTimeout: callTimeout,
        signal: signal ? AbortSignal.any([signal, launchAbort.signal]) : launchAbort.signal
      })
      // Aborted at the moment Chrome answers, puppeteer's launch() can stay pending for good; a
      // Ctrl-C must not wait for it. A browser it still returns after that is killed at once.
      void launching.then((late) => signal?.aborted && late.process()?.kill('SIGKILL'), () => {})
      browser = await untilAborted(launching, signal)
    } catch (error) {
      launchAbort.abort()
      if (signal?.aborted) throw signal.reason
      throw new StageError('print pdf', `Chrome (\`${executablePath}\`) did not start: ${firstLine(error)}`)
    }

    signal?.addEventListener('abort', onAbort, {once: true})
    signal?.throwIfAborted()
    const lost = watchExit(browser, () => closing, signal)
    try {
      return await Promise.race([work(browser), lost.failure])
    } catch (error) {
      // `work` often hears of the crash first, as a protocol error on the call it was making:
      // the exit is the cause worth reporting. An abort keeps its own error (the interrupted path).
      const exited = lost.exited()
      if (exited && !signal?.aborted) throw await exited
      throw error
    }
  } finally {
    closing = true
    signal?.removeEventListener('abort', onAbort)
    await closeBrowser(browser)
    // puppeteer does not wait for a browser it killed while starting: make sure it is gone.
    await chromeGone(userDataDir, signal?.aborted ? 0 : 1000)
    await rm(userDataDir, {recursive: true, force: true, maxRetries: 3})
  }
}

/** `promise`, or a rejection with the abort's reason as soon as `signal` aborts. */
async function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  let onAbort: (() => void) | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_resolve, reject) => {
        onAbort = () => reject(signal.reason)
        if (signal.aborted) onAbort()
        else signal.addEventListener('abort', onAbort, {once: true})
      })
    ])
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort)
  }
}

/**
 * Watch for the browser going away. `failure` rejects when it does while `work` runs (and never
 * settles otherwise): with the abort's reason after an abort, so the run ends as interrupted even
 * if `work` is waiting on something that never answers, else with a `print pdf` error naming the
 * exit; `exited` gives that error's promise once known. Our own close (`closing()`) is no failure.
 */
function watchExit(
  browser: Browser,
  closing: () => boolean,
  signal: AbortSignal | undefined
): {failure: Promise<never>; exited: () => Promise<StageError> | undefined} {
  let exited: Promise<StageError> | undefined
  const failure = new Promise<never>((_resolve, reject) => {
    const onDisconnected = (): void => {
      if (closing() || exited) return
      if (signal?.aborted) {
        reject(signal.reason)
        return
      }

      exited = exitError(browser.process())
      void exited.then(reject)
    }

    browser.once('disconnected', onDisconnected)
    // It may have gone between launching and listening.
    if (!browser.connected) onDisconnected()
  })
  // Nobody may be listening any more when it rejects (the race was already won by `work`).
  failure.catch(() => {})
  return {failure, exited: () => exited}
}

/** The error for a browser that went away: its exit code or signal, once the process reports it. */
async function exitError(child: ChildProcess | null): Promise<StageError> {
  if (child && child.exitCode === null && child.signalCode === null) {
    // The connection closes a moment before the process is reaped; wait a little for the cause.
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      new Promise((resolve) => child.once('exit', resolve)),
      new Promise((resolve) => {
        timer = setTimeout(resolve, exitWait)
      })
    ])
    clearTimeout(timer)
  }

  const how = child?.signalCode ? ` (signal ${child.signalCode})` : typeof child?.exitCode === 'number' ? ` (exit code ${child.exitCode})` : ''
  const what = child?.exitCode === null && child.signalCode === null ? 'closed its connection' : 'exited'
  return new StageError('print pdf', `Chrome ${what} while printing${how}`)
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

  // Helpers of a browser that crashed can outlive it holding its output pipes open, which would
  // keep this process running after the build is done; nothing more is read from them.
  for (const stream of child?.stdio ?? []) stream?.destroy()
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
