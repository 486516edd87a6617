// A Chrome whose start was aborted is gone (exited and reaped) once chromeGone returns; another build's Chrome is left alone.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import puppeteer from 'puppeteer'
import {describe, expect, it} from 'vitest'
import {chromeGone} from '../../src/print/chrome-gone.js'
import {findChrome} from '../../src/print/find-chrome.js'
import {noChromeReason} from './chrome-available.js'

/** Processes whose parent is this one, zombies included (as `pgrep -P` lists them). */
function children(): string[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid)], {encoding: 'utf8'}).split('\n').filter(Boolean)
  } catch {
    return []
  }
}

const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']

describe.skipIf(noChromeReason())('chromeGone', () => {
  it('waits out a Chrome killed mid-start, at every point of its start', {timeout: 60_000}, async () => {
    // puppeteer kills a browser whose launch is aborted without waiting for it: depending on the
    // moment, it is still running, exiting or an unreaped zombie when launch() rejects.
    for (const delay of [50, 100, 150, 200, 250, 300, 400]) {
      const dir = mkdtempSync(path.join(tmpdir(), 'colophon-kids-'))
      const abort = new AbortController()
      setTimeout(() => abort.abort(), delay)
      const launching = puppeteer.launch({executablePath: findChrome(), userDataDir: dir, args, signal: abort.signal}).then(
        // Started before the abort: killed outright, which chromeGone must also wait out.
        (browser) => void browser.process()?.kill('SIGKILL'),
        () => {} // aborted before it answered
      )
      // Aborted just as Chrome answers, launch() can stay pending for good (why withBrowser does
      // not wait for it after a Ctrl-C): go on without it after a while.
      await Promise.race([launching, new Promise((resolve) => setTimeout(resolve, delay + 2000))])
      await chromeGone(dir, 0)
      expect({delay, children: children()}).toEqual({delay, children: []})
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('leaves a Chrome with another profile running', {timeout: 30_000}, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'colophon-kids-'))
    const browser = await puppeteer.launch({executablePath: findChrome(), userDataDir: dir, args})
    try {
      const started = Date.now()
      await chromeGone(path.join(dir, 'another-profile'))
      expect(Date.now() - started).toBeLessThan(500)
      expect(browser.connected).toBe(true)
      expect(children()).toHaveLength(1)
    } finally {
      await browser.close()
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
