// Tests for parsing on worker threads (compiled code only): the same EPUB bytes and messages as parsing on the main thread.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
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

/** The compiled pipeline: workers only start from compiled JavaScript, not under the TypeScript test runner. */
type Pipeline = typeof import('../../src/pipeline.js')
type Logging = typeof import('../../src/report/logger.js')

/** Every message of a check run with `workers` parse threads, with all of its place. */
async function messages(manuscript: string, workers: number): Promise<unknown[]> {
  const {run} = (await import(path.join(root, 'lib/pipeline.js'))) as Pipeline
  const {createLogger} = (await import(path.join(root, 'lib/report/logger.js'))) as Logging
  const debug: string[] = []
  const logger = createLogger({progress: false, verbose: true, write: (line: string) => debug.push(line)})
  const saved = process.env['COLOPHON_PARSE_WORKERS']
  process.env['COLOPHON_PARSE_WORKERS'] = String(workers)
  try {
    const result = await run({manuscript, out: path.join(manuscript, '..', 'dist'), formats: []}, logger)
    expect(debug.join('\n')).toContain(`(${workers} worker threads)`)
    return result.files.flatMap((file) =>
      file.messages.map((message) => ({
        file: path.basename(file.path),
        ruleId: message.ruleId,
        reason: message.reason,
        line: message.line,
        column: message.column,
        place: message.place,
        fatal: message.fatal
      }))
    )
  } finally {
    if (saved === undefined) delete process.env['COLOPHON_PARSE_WORKERS']
    else process.env['COLOPHON_PARSE_WORKERS'] = saved
  }
}

describe('parse worker threads and BOM + CRLF chapters', () => {
  it('give every message the same line, column and offsets as the main thread', async () => {
    const crlf = (text: string): string => '\uFEFF' + text.replace(/\n/g, '\r\n')
    const yaml = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-deep.md\n    - 03-plain.md\n')
    const manuscript = writeManuscript({
      'book.yaml': yaml,
      // Front matter with an unknown key, raw HTML the sanitiser removes, a missing image: parse and check messages.
      '01-start.md': crlf('---\ntitel: Start\n---\n\n# Start\n\nText <span onclick="x()">raw</span> and ![a map](mpa.svg).\n\n<div><script>x()</script></div>\n'),
      // Nesting too deep to parse: a message that counts byte offsets in the file as read.
      '02-deep.md': crlf(`# Deep\n\nText.\n\n${'>'.repeat(200)} quote\n`),
      '03-plain.md': '# Plain\n\nText.\n'
    })
    // With two workers each takes one of the two largest chapters before the main thread starts on
    // the smallest, so both BOM + CRLF chapters are parsed on a worker thread.
    const main = await messages(manuscript, 0)
    const threaded = await messages(manuscript, 2)
    expect(main.map((message) => (message as {ruleId: string}).ruleId)).toEqual(
      expect.arrayContaining(['config/unknown-key', 'security/html-removed', 'parse/too-deep', 'image/missing'])
    )
    expect(threaded).toEqual(main)
  })
})
