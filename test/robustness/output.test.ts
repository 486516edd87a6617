// Nothing lost: atomic writes, one build per output folder, and unwritable, read-only or full folders fail before rendering.
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {hostname} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeAtomic} from '../../src/write/write-atomic.js'
import {requireTool} from '../render/epub/helpers/tool-gate.js'
import {leftovers, noTmpfsReason, previousOutputs, project, repo, runBook, snapshot, tmpfsRunner} from './harness.js'

/** A PDF-only build that fails in the print stage: `CHROME_PATH` names no browser, and a set path never falls back. */
const noChrome = {CHROME_PATH: '/nonexistent/chrome'}

describe('atomic writes', () => {
  it('leaves the previous outputs byte for byte after a failed build, and no temporary file', async () => {
    const {manuscript, out} = project()
    const before = previousOutputs(out)
    process.env['CHROME_PATH'] = noChrome.CHROME_PATH
    try {
      const result = await runBook(manuscript, {out, formats: ['pdf']})
      expect(result.code).toBe(2)
      expect(result.failure).toBe('print pdf: CHROME_PATH is `/nonexistent/chrome`, which is not an executable file')
    } finally {
      delete process.env['CHROME_PATH']
    }

    expect(snapshot(out)).toEqual(before)
    expect(leftovers(out)).toEqual([])
  })

  it('removes its temporary file when the rename fails, and leaves the target as it was', async () => {
    const {out} = project()
    const target = path.join(out, 'book.epub')
    // The target is a non-empty folder: the write succeeds, the rename over it cannot.
    mkdirSync(target, {recursive: true})
    writeFileSync(path.join(target, 'keep.txt'), 'kept')
    await expect(writeAtomic(target, 'new bytes')).rejects.toMatchObject({code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST/)})
    expect(snapshot(out)).toEqual({'book.epub/keep.txt': expect.any(String)})
    expect(leftovers(out)).toEqual([])
  })
})

describe('one build per output folder', () => {
  it('fails clearly while another live build holds the lock, touching nothing', async () => {
    const {manuscript, out} = project()
    const before = previousOutputs(out)
    const holder = spawn('sleep', ['60'])
    writeFileSync(path.join(out, '.colophon.lock'), JSON.stringify({pid: holder.pid, host: hostname()}) + '\n')
    const locked = snapshot(out)
    try {
      const result = await runBook(manuscript, {out, formats: ['pdf']})
      expect(result.code).toBe(2)
      expect(result.failure).toBe(
        `write: Another build (pid ${holder.pid}) is writing to \`${out}\`; wait for it to finish, or delete \`${path.join(out, '.colophon.lock')}\` if it is not running`
      )
      expect(snapshot(out)).toEqual(locked)
    } finally {
      holder.kill()
    }

    expect(Object.keys(before).every((name) => snapshot(out)[name] === before[name])).toBe(true)
  })

  it('takes over a stale lock whose process is gone, and releases it', async () => {
    const {manuscript, out} = project()
    const before = previousOutputs(out)
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
    writeFileSync(path.join(out, '.colophon.lock'), JSON.stringify({pid: Number(gone.stdout), host: hostname()}) + '\n')
    process.env['CHROME_PATH'] = noChrome.CHROME_PATH
    try {
      const result = await runBook(manuscript, {out, formats: ['pdf']})
      // It got past the lock to the print stage, which fails for want of a browser.
      expect(result.failure).toMatch(/^print pdf: CHROME_PATH/)
    } finally {
      delete process.env['CHROME_PATH']
    }

    expect(snapshot(out)).toEqual(before)
    expect(leftovers(out)).toEqual([])
  })
})

describe('output folders that cannot take the outputs', () => {
  it('names the folder when the output path is a file', async () => {
    const {dir, manuscript} = project()
    const out = path.join(dir, 'dist')
    writeFileSync(out, 'not a folder')
    const result = await runBook(manuscript, {out, formats: ['pdf']})
    expect(result.code).toBe(2)
    expect(result.failure).toBe(`write: Cannot write to output folder \`${out}\`: EEXIST`)
    expect(readFileSync(out, 'utf8')).toBe('not a folder')
  })

  /**
   * Build inside a private mount namespace whose `dist/` is a tiny tmpfs, prepared by `setup`
   * (shell, `$OUT` is the folder); prints the outputs' hashes from inside, since the mount ends with it.
   */
  function buildOnTmpfs(size: string, setup: string): {code: number | null; stderr: string; files: string[]} {
    const {manuscript, out} = project()
    mkdirSync(out)
    const script = [
      `mount -t tmpfs -o size=${size} tmpfs "$OUT"`,
      'printf "previous epub" > "$OUT/a-small-book.epub"',
      'printf "%%PDF previous" > "$OUT/a-small-book.pdf"',
      setup,
      `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(repo, 'bin', 'colophon.js'))} build --format pdf --manuscript "$MS" --out "$OUT"`,
      'code=$?',
      'cd "$OUT" && find . -type f | sort | xargs -r sha256sum >&2',
      'exit $code'
    ].join('\n')
    const [command, ...args] = tmpfsRunner!
    const run = spawnSync(command!, [...args, 'sh', '-c', script], {env: {...process.env, OUT: out, MS: manuscript, NO_COLOR: '1'}, encoding: 'utf8'})
    const files = run.stderr.split('\n').filter((line) => /^[\da-f]{64} {2}\.\//.test(line))
    return {code: run.status, stderr: run.stderr, files}
  }

  const previous = [
    `${sha('previous epub')}  ./a-small-book.epub`,
    `${sha('%PDF previous')}  ./a-small-book.pdf`
  ]

  it('names a read-only output folder before rendering, previous outputs intact', ({skip}) => {
    if (!requireTool(noTmpfsReason, skip)) return
    const result = buildOnTmpfs('256k', 'mount -o remount,ro "$OUT"')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/colophon: write: Cannot write to output folder `[^`]+\/dist`: EROFS\n/)
    expect(result.files.sort()).toEqual(previous.sort())
  })

  it('names a full output folder before rendering, previous outputs intact', ({skip}) => {
    if (!requireTool(noTmpfsReason, skip)) return
    const result = buildOnTmpfs('64k', 'dd if=/dev/zero of="$OUT/filler" bs=4k 2>/dev/null; true')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/colophon: write: Cannot write to output folder `[^`]+\/dist`: (ENOSPC|only \d+\.\d MB free, the outputs need about \d+\.\d MB)\n/)
    expect(result.files.filter((line) => !line.endsWith('./filler')).sort()).toEqual(previous.sort())
  })

  it('refuses a folder with a little space but not enough for the outputs', ({skip}) => {
    if (!requireTool(noTmpfsReason, skip)) return
    const result = buildOnTmpfs('1m', 'true')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/colophon: write: Cannot write to output folder `[^`]+\/dist`: only 1\.0 MB free, the outputs need about 4\.0 MB\n/)
    expect(result.files.sort()).toEqual(previous.sort())
  })
})

function sha(text: string): string {
  return spawnSync('sha256sum', {input: text, encoding: 'utf8'}).stdout.slice(0, 64)
}

