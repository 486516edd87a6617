// withBrowser when Chrome goes away under `work`: a crash fails at once naming the signal, an abort stays an abort; no Chrome or profile left.
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Browser} from 'puppeteer'
import type {Context} from '../../src/context.js'
import {withBrowser} from '../../src/print/browser.js'
import {StageError} from '../../src/stage-error.js'
import {noChromeReason} from './chrome-available.js'

/** Processes whose parent is this one (Chrome is started as a child of the test process). */
function children(): string[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid)], {encoding: 'utf8'}).split('\n').filter(Boolean)
  } catch {
    return [] // pgrep exits 1 when nothing matches
  }
}

function context(signal?: AbortSignal): Context {
  return {
    options: {manuscript: '.', out: '.', formats: ['pdf'], ...(signal ? {signal} : {})},
    logger: {stage: async (_name, work) => work(), debug() {}, info() {}},
    epoch: 0
  }
}

/** The temporary profile the browser was started with. */
function profileOf(browser: Browser): string {
  const arg = browser.process()?.spawnargs.find((item) => item.startsWith('--user-data-dir='))
  return arg?.slice('--user-data-dir='.length) ?? ''
}

describe.skipIf(noChromeReason())('withBrowser when Chrome goes away', () => {
  it('fails at once with a print pdf error naming the signal when Chrome is killed mid-work', {timeout: 30_000}, async () => {
    let profile = ''
    const start = performance.now()
    const outcome = withBrowser(context(), async (browser) => {
      profile = profileOf(browser)
      await browser.newPage()
      browser.process()?.kill('SIGKILL')
      // A call that would wait for its own (long) time limit: the crash must not wait for it.
      return new Promise<never>(() => {})
    })
    const error: unknown = await outcome.catch((error: unknown) => error)
    expect(error).toBeInstanceOf(StageError)
    expect((error as StageError).stage).toBe('print pdf')
    expect((error as StageError).message).toBe('Chrome exited while printing (signal SIGKILL)')
    expect(performance.now() - start).toBeLessThan(15_000)
    expect(profile).not.toBe('')
    expect(existsSync(profile)).toBe(false)
    expect(children()).toEqual([])
  })

  it('reports the crash, not the protocol error, when work notices first', {timeout: 30_000}, async () => {
    const error: unknown = await withBrowser(context(), async (browser) => {
      const page = await browser.newPage()
      browser.process()?.kill('SIGKILL')
      await page.pdf({timeout: 20_000})
    }).catch((error: unknown) => error)
    expect((error as Error).message).toBe('Chrome exited while printing (signal SIGKILL)')
    expect(children()).toEqual([])
  })

  it('keeps an abort an abort, even when work waits on nothing that will answer', {timeout: 30_000}, async () => {
    const controller = new AbortController()
    let profile = ''
    const error: unknown = await withBrowser(context(controller.signal), async (browser) => {
      profile = profileOf(browser)
      controller.abort()
      return new Promise<never>(() => {})
    }).catch((error: unknown) => error)
    expect(error).not.toBeInstanceOf(StageError)
    expect(error).toBe(controller.signal.reason)
    expect(existsSync(profile)).toBe(false)
    expect(children()).toEqual([])
  })

  it('closing the browser itself after work is no crash', {timeout: 30_000}, async () => {
    await expect(withBrowser(context(), async (browser) => (await browser.version()).length > 0)).resolves.toBe(true)
    expect(children()).toEqual([])
  })
})
