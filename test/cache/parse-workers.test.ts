// Tests for parsing on worker threads (compiled CLI only): the same EPUB bytes and messages as parsing on the main thread.
import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {minimalBookYaml, writeManuscript} from '../helpers/manuscript.js'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/colophon.js')

/** Build `manuscript` as EPUB with `workers` parse threads; the EPUB's bytes and the report on stderr. */
function build(manuscript: string, workers: number, out: string, cache: string[] = ['--no-cache']): {epub: Buffer; stderr: string} {
  const result = spawnSync(process.execPath, [bin, 'build', '--verbose', '--format', 'epub', '--manuscript', manuscript, '--out', out, ...cache], {
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', COLOPHON_PARSE_WORKERS: String(workers)}
  })
  expect(result.status, result.stderr).toBe(0)
  expect(result.stderr).toContain(`(${workers} worker threads)`)
  const report = result.stderr.split('\n').filter((line) => /warning|error/.test(line))
  return {epub: readFileSync(path.join(out, 'a-small-book.epub')), stderr: report.join('\n')}
}

beforeAll(() => {
  // Workers load the compiled module; make sure lib/ matches src/.
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'inherit'})
})

describe('parse worker threads', () => {
  it('give the same EPUB and the same messages as the main thread, and fill the cache', () => {
    const names = ['01-start.md', '02-next.md', '03-last.md']
    const files: Record<string, string> = {'book.yaml': minimalBookYaml.replace('    - 01-start.md\n', names.map((name) => `    - ${name}\n`).join(''))}
    for (const [index, name] of names.entries()) {
      files[name] = `# Chapter ${index + 1}\n\nText with a note.[^1] <span onclick="x()">Raw</span>\n\n[^1]: A note.\n`
    }

    const manuscript = writeManuscript(files)
    const out = (name: string): string => path.join(manuscript, '..', `${path.basename(manuscript)}-${name}`)
    const main = build(manuscript, 0, out('main'))
    const threaded = build(manuscript, 1, out('threaded'))
    expect(main.stderr).toMatch(/warning/)
    expect(threaded.stderr).toBe(main.stderr)
    expect(threaded.epub.equals(main.epub)).toBe(true)

    const cache = ['--cache-dir', out('cache')]
    build(manuscript, 1, out('first'), cache)
    const result = spawnSync(process.execPath, [bin, 'build', '--verbose', '--format', 'epub', '--manuscript', manuscript, '--out', out('cached'), ...cache], {encoding: 'utf8'})
    expect(result.stderr).toContain('all 3 chapters from the cache')
    expect(result.stderr.split('\n').filter((line) => /warning|error/.test(line)).join('\n')).toBe(main.stderr)
    expect(readFileSync(path.join(out('cached'), 'a-small-book.epub')).equals(main.epub)).toBe(true)
  })
})
