// Ctrl-C while Chrome prints: the run ends as interrupted, writes nothing and leaves no browser behind.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/pipeline.js'
import type {Logger} from '../../src/report/logger.js'
import {noChromeReason} from './chrome-available.js'

const manuscript = fileURLToPath(new URL('../fixtures/pdf-book/manuscript', import.meta.url))

/** Processes whose parent is this one (Chrome is started as a child of the test process). */
function children(): string[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid)], {encoding: 'utf8'}).split('\n').filter(Boolean)
  } catch {
    return [] // pgrep exits 1 when nothing matches
  }
}

describe.skipIf(noChromeReason())('aborting the print', () => {
  // Every 50 ms across Chrome's start (~0.3 s) and into printing: puppeteer's launch() can stay
  // pending for good when aborted just as Chrome answers, and it does not wait for what it kills.
  it.each([0, 50, 100, 150, 200, 250, 300, 350, 400, 600])('after %i ms of printing: exit 130, no PDF, no Chrome left', {timeout: 30_000}, async (delay) => {
    const out = mkdtempSync(path.join(tmpdir(), 'colophon-abort-'))
    const controller = new AbortController()
    const logger: Logger = {
      async stage(name, work) {
        if (name === 'print pdf') setTimeout(() => controller.abort(), delay)
        return work()
      },
      debug() {},
      info() {}
    }
    const result = await run({manuscript, out, formats: ['pdf'], signal: controller.signal}, logger)
    expect(controller.signal.aborted).toBe(true)
    expect(result.code).toBe(130)
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
    expect(children()).toEqual([])
  })
})
