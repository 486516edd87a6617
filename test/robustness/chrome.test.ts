// Real builds as child processes: Ctrl-C and SIGTERM at several stages, Chrome missing, crashing or hanging, concurrent builds.
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {leftovers, previousOutputs, processesMatching, project, temporary, runCli, snapshot, type CliResult} from './harness.js'

/** A project with previous outputs, and a private TMPDIR so this build's Chrome can be found by its profile path. */
function setup(): {manuscript: string; out: string; tmp: string; before: Record<string, string>} {
  const {dir, manuscript, out} = project()
  const tmp = path.join(dir, 'tmp')
  mkdirSync(tmp)
  return {manuscript, out, tmp, before: previousOutputs(out)}
}

/** Wait until no process mentions `marker` (Chrome's helpers may take a moment to follow their parent). */
async function noProcessesLeft(marker: string): Promise<number[]> {
  for (let attempt = 0; attempt < 50 && processesMatching(marker).length > 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 100))
  return processesMatching(marker)
}

/** How many page targets the build's Chrome has, read from its DevTools port (0 before it listens). */
async function pageTargets(tmp: string): Promise<number> {
  try {
    const profile = readdirSync(tmp).find((name) => name.startsWith('colophon-chrome-'))
    const port = readFileSync(path.join(tmp, profile ?? '-', 'DevToolsActivePort'), 'utf8').split('\n')[0]
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{type: string}>
    return targets.filter((target) => target.type === 'page').length
  } catch {
    return 0
  }
}

/** Command lines of the Chrome processes whose arguments mention `marker`, by pid. */
function processesOf(marker: string): string[] {
  return spawnSync('ps', ['-eo', 'pid=,args='], {encoding: 'utf8'})
    .stdout.split('\n')
    .filter((line) => /chrom/i.test(line) && line.includes(marker))
}

/** Pids of Chrome's main process for the profile under `marker`: helpers carry `--type=`, the browser does not. */
function browserMain(marker: string): number[] {
  return processesOf(marker)
    .filter((line) => !line.includes('--type='))
    .map((line) => Number(/^\s*(\d+)/.exec(line)?.[1]))
}

/**
 * Once the build says it starts Chrome, wait until Colophon's own page exists (a second page
 * target besides Chrome's first tab: it is loading or printing), then send `signal` to the
 * browser's main process, and call `afterwards` with the pids signalled.
 */
function signalOnceLoading(
  tmp: string,
  signal: NodeJS.Signals,
  afterwards?: (pids: number[]) => void
): {onStderr: (child: unknown, text: string) => void; pids: () => number[]} {
  let sent: number[] = []
  let polling = false
  const poll = async (): Promise<void> => {
    if ((await pageTargets(tmp)) >= 2) {
      sent = browserMain(tmp)
      for (const pid of sent) process.kill(pid, signal)
      if (sent.length > 0) afterwards?.(sent)
    }

    if (sent.length === 0) setTimeout(() => void poll(), 10)
  }

  return {
    onStderr(_child, text) {
      if (polling || !/starting .*chrom/i.test(text)) return
      polling = true
      void poll()
    },
    pids: () => sent
  }
}

function build(manuscript: string, out: string, tmp: string, options: Parameters<typeof runCli>[1] = {}): Promise<CliResult> {
  return runCli(['build', '--verbose', '--manuscript', manuscript, '--out', out], {...options, env: {TMPDIR: tmp, ...options.env}})
}

describe('interrupted builds', () => {
  const points: Array<{after: RegExp; signal: NodeJS.Signals; code: number; where: string}> = [
    {after: /^ {2}parse +\d+ ms$/m, signal: 'SIGINT', code: 130, where: 'after parsing'},
    {after: /^ {2}check +\d+ ms$/m, signal: 'SIGTERM', code: 143, where: 'after checking'},
    {after: /^ {2}render html +\d+ ms$/m, signal: 'SIGINT', code: 130, where: 'while Chrome starts'},
    {after: /starting .*chrom/i, signal: 'SIGTERM', code: 143, where: 'while Chrome prints'}
  ]

  for (const point of points) {
    it(`${point.signal} ${point.where}: exit ${point.code}, previous outputs intact, no temporary file, no Chrome left`, async () => {
      const {manuscript, out, tmp, before} = setup()
      let sent = false
      const result = await build(manuscript, out, tmp, {
        onStderr(child, text) {
          if (!sent && point.after.test(text)) {
            sent = true
            child.kill(point.signal)
          }
        }
      })
      expect(sent).toBe(true)
      expect(result.code).toBe(point.code)
      expect(result.stderr).toContain('colophon: Interrupted; previous outputs left as they were\n')
      expect(snapshot(out)).toEqual(before)
      expect(leftovers(out)).toEqual([])
      expect(await noProcessesLeft(tmp)).toEqual([])
    })
  }
})

describe('Chrome failures', () => {
  it('reports a missing browser in one line, still writes the EPUB, and leaves the previous PDF', async () => {
    const {manuscript, out, tmp, before} = setup()
    const result = await build(manuscript, out, tmp, {env: {CHROME_PATH: '/nonexistent/chrome'}})
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n').filter((line) => line.startsWith('colophon: print pdf'))).toEqual([
      'colophon: print pdf: CHROME_PATH is `/nonexistent/chrome`, which is not an executable file'
    ])
    const after = snapshot(out)
    expect(after['a-small-book.pdf']).toBe(before['a-small-book.pdf'])
    expect(after['a-small-book.epub']).not.toBe(before['a-small-book.epub'])
    expect(readFileSync(path.join(out, 'a-small-book.epub')).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')
    expect(leftovers(out)).toEqual([])
  })

  it('reports Chrome crashing mid-build at once, naming the stage and the signal, with no orphan', {timeout: 30_000}, async () => {
    const {manuscript, out, tmp, before} = setup()
    // Kill the browser's main process as a crash would.
    const signalled = signalOnceLoading(tmp, 'SIGKILL')
    const result = await build(manuscript, out, tmp, {onStderr: signalled.onStderr})
    expect(signalled.pids().length).toBeGreaterThan(0)
    expect(result.code).toBe(2)
    // The browser's disconnection ends the print at once, naming how Chrome ended, not the print timeout.
    expect(result.stderr).toMatch(/^colophon: print pdf: Chrome exited while printing \(signal SIGKILL\)$/m)
    // The EPUB does not need the browser, so it is written; the previous PDF stays.
    const after = snapshot(out)
    expect(after['a-small-book.pdf']).toBe(before['a-small-book.pdf'])
    expect(after['a-small-book.epub']).not.toBe(before['a-small-book.epub'])
    expect(leftovers(out)).toEqual([])
    expect(await noProcessesLeft(tmp)).toEqual([])
  })

  it('times out Chrome hanging while it prints, with the limit in the message, the EPUB written and no orphan', {timeout: 90_000}, async () => {
    const {manuscript, out, tmp, before} = setup()
    // Freeze the browser: it keeps its connection but never answers, as a wedged Chrome does.
    const signalled = signalOnceLoading(tmp, 'SIGSTOP')
    // Long enough for Chrome to start on a busy machine; the hang itself then costs this much.
    const result = await build(manuscript, out, tmp, {env: {COLOPHON_BROWSER_TIMEOUT: '8000'}, onStderr: signalled.onStderr})
    expect(signalled.pids().length).toBeGreaterThan(0)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^colophon: print pdf: Chrome did not finish within \d+(\.\d)? s \(the limit grows with the book's size\)$/m)
    const after = snapshot(out)
    expect(after['a-small-book.pdf']).toBe(before['a-small-book.pdf'])
    expect(after['a-small-book.epub']).not.toBe(before['a-small-book.epub'])
    expect(leftovers(out)).toEqual([])
    // A stopped process still dies of SIGKILL: Colophon's clean-up must not leave it frozen.
    expect(await noProcessesLeft(tmp)).toEqual([])
  })

  it('times out a browser that never answers, with a clear error and no orphan', {timeout: 30_000}, async () => {
    const {manuscript, out, tmp, before} = setup()
    const fakeDir = temporary('colophon-fake-chrome-')
    const fake = path.join(fakeDir, 'chrome')
    // Starts, says nothing, never exits: what a wedged browser looks like to puppeteer.
    writeFileSync(fake, '#!/bin/sh\nwhile :; do sleep 1; done\n')
    chmodSync(fake, 0o755)
    // A short limit, so the test waits seconds rather than the default minute.
    const result = await build(manuscript, out, tmp, {env: {CHROME_PATH: fake, COLOPHON_BROWSER_TIMEOUT: '3000'}})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(new RegExp(`^colophon: print pdf: Chrome \\(\`${fake}\`\\) did not start: .*[Tt]imed out after 3000 ms.*$`, 'm'))
    // The EPUB does not need the browser, so it is written; the previous PDF stays.
    const after = snapshot(out)
    expect(after['a-small-book.pdf']).toBe(before['a-small-book.pdf'])
    expect(after['a-small-book.epub']).not.toBe(before['a-small-book.epub'])
    expect(leftovers(out)).toEqual([])
    expect(await noProcessesLeft(fakeDir)).toEqual([])
  })
})

describe('concurrent builds', () => {
  it('a second build into the same folder fails clearly; the first writes a whole PDF', async () => {
    const {manuscript, out, tmp} = setup()
    let second: Promise<CliResult> | undefined
    // The first build holds the lock from before rendering; its Chrome is frozen while the second
    // runs, so the first cannot finish first however busy the machine is, and goes on afterwards.
    const frozen = signalOnceLoading(tmp, 'SIGSTOP', (pids) => {
      second = build(manuscript, out, path.join(tmp, '..'))
      void second.finally(() => {
        for (const pid of pids) process.kill(pid, 'SIGCONT')
      })
    })
    const first = await build(manuscript, out, tmp, {onStderr: frozen.onStderr})
    const other = await second
    expect(first.code).toBe(0)
    expect(other?.code).toBe(2)
    expect(other?.stderr).toMatch(new RegExp(`^colophon: write: Another build \\(pid \\d+\\) is writing to \`${out}\`; wait for it to finish, or delete .+ if it is not running$`, 'm'))
    // One whole EPUB and one whole PDF, from the first build alone.
    expect(Object.keys(snapshot(out))).toEqual(['a-small-book.epub', 'a-small-book.pdf'])
    expect(readFileSync(path.join(out, 'a-small-book.epub')).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')
    const pdf = readFileSync(path.join(out, 'a-small-book.pdf'), 'latin1')
    expect(pdf.startsWith('%PDF-')).toBe(true)
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(leftovers(out)).toEqual([])
    expect(await noProcessesLeft(tmp)).toEqual([])
  })
})
