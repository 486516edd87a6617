// Same manuscript, same bytes: builds under other time zones, paths, file times and processes give one sha256.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {run} from '../../../src/pipeline.js'
import {createLogger} from '../../../src/report/logger.js'
import {copyManuscript, projectRoot} from './helpers/build-fixture.js'

const epoch = '1790000000'

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Give every file under `dir` another modification time, so a writer that read them would differ. */
function touchAll(dir: string, time: Date): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) touchAll(file, time)
    utimesSync(file, time, time)
  }
}

/** Build in this process through `run()`, as the other EPUB tests do. */
async function buildHere(manuscript: string, sourceDateEpoch: string): Promise<Uint8Array> {
  const saved = process.env['SOURCE_DATE_EPOCH']
  process.env['SOURCE_DATE_EPOCH'] = sourceDateEpoch
  try {
    const out = path.join(path.dirname(manuscript), 'dist')
    const result = await run({manuscript, out, formats: ['epub'], cacheDir: path.join(path.dirname(manuscript), 'cache')}, createLogger({progress: false, write: () => {}}))
    expect(result.code, result.failure).toBe(0)
    return readFileSync(result.outputs[0] ?? '')
  } finally {
    if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH']
    else process.env['SOURCE_DATE_EPOCH'] = saved
  }
}

/** Build with the CLI in a child process, under its own time zone. */
function buildInChild(manuscript: string, timeZone: string, sourceDateEpoch: string): Uint8Array {
  const out = path.join(path.dirname(manuscript), 'dist')
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'bin/colophon.js'), 'build', '--format', 'epub', '--no-cache', '--manuscript', manuscript, '--out', out],
    {cwd: path.dirname(manuscript), encoding: 'utf8', env: {...process.env, TZ: timeZone, SOURCE_DATE_EPOCH: sourceDateEpoch}}
  )
  expect(result.status, result.stderr).toBe(0)
  const epub = readdirSync(out).find((name) => name.endsWith('.epub'))
  return readFileSync(path.join(out, epub ?? 'missing.epub'))
}

/** The manuscripts compared: every EPUB fixture (the Japanese one has Unicode file names) and the example book. */
const books = [
  ...(['epub-features', 'epub-rtl', 'epub-cjk'] as const).map((name) => ({name, source: path.join(projectRoot, 'test/fixtures', name, 'manuscript')})),
  {name: 'example book', source: path.join(projectRoot, 'manuscript')}
]

describe('byte-identical rebuilds', () => {
  for (const {name, source} of books) {
    test(`${name}: another TZ, path, file times and process give the same sha256`, async () => {
      expect(existsSync(path.join(source, 'book.yaml')), `no ${source}`).toBe(true)
      const savedTimeZone = process.env['TZ']
      process.env['TZ'] = 'America/Los_Angeles'
      let first: Uint8Array
      try {
        first = await buildHere(copyManuscript(source), epoch)
      } finally {
        if (savedTimeZone === undefined) delete process.env['TZ']
        else process.env['TZ'] = savedTimeZone
      }

      // A second copy somewhere else: deeper, with a space and a non-ASCII letter in its path, newer file times.
      const parent = path.join(mkdtempSync(path.join(tmpdir(), 'colophon-repro-')), 'Über andere', 'deeper')
      mkdirSync(parent, {recursive: true})
      const second = copyManuscript(source, parent)
      touchAll(second, new Date('2031-03-30T01:30:00Z'))
      const again = buildInChild(second, 'Pacific/Kiritimati', epoch)
      expect(sha256(again)).toBe(sha256(first))
    }, 60_000)
  }

  test('the build time does reach the bytes (so the comparison above can fail)', () => {
    const rtl = path.join(projectRoot, 'test/fixtures/epub-rtl/manuscript')
    const other = buildInChild(copyManuscript(rtl), 'UTC', String(Number(epoch) + 86_400))
    const same = buildInChild(copyManuscript(rtl), 'UTC', epoch)
    expect(sha256(other)).not.toBe(sha256(same))
  })
})
