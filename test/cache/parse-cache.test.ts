// Tests for the per-chapter parse cache: only changed chapters are parsed again, messages survive, and the cache may be deleted.
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeEach, describe, expect, it, vi} from 'vitest'
import {messagesOf, minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

const parsed: string[] = []
vi.mock('../../src/parse/parse-chapter.js', async (original) => {
  const actual = await original<typeof import('../../src/parse/parse-chapter.js')>()
  return {
    ...actual,
    parseChapter: (...args: Parameters<typeof actual.parseChapter>) => {
      parsed.push(path.basename(args[0].path))
      return actual.parseChapter(...args)
    }
  }
})

const yaml = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-next.md\n')
const start = '# Start\n\nThe first chapter, with a note.[^1]\n\n[^1]: The note.\n'
const next = '# Next\n\nSee [the start](01-start.md).\n'

/** A manuscript with two chapters and a cache folder beside it. */
function setUp(): {manuscript: string; cacheDir: string} {
  const manuscript = writeManuscript({'book.yaml': yaml, '01-start.md': start, '02-next.md': next})
  return {manuscript, cacheDir: path.join(manuscript, '..', path.basename(manuscript) + '-cache')}
}

/** The hast of every chapter as JSON, to compare a cached build with a fresh one. */
async function build(manuscript: string, cacheDir: string | undefined) {
  parsed.length = 0
  const result = await runBook(manuscript, {cacheDir})
  return {result, parsed: [...parsed].sort(), trees: JSON.stringify(result.book?.chapters.map((chapter) => [chapter.hast, chapter.mdast]))}
}

describe('parse cache', () => {
  beforeEach(() => {
    parsed.length = 0
  })

  it('parses every chapter once, then none while nothing changes, with the same trees', async () => {
    const {manuscript, cacheDir} = setUp()
    const first = await build(manuscript, cacheDir)
    expect(first.parsed).toEqual(['01-start.md', '02-next.md'])
    const second = await build(manuscript, cacheDir)
    expect(second.parsed).toEqual([])
    expect(second.trees).toBe(first.trees)
    expect(second.result.code).toBe(0)
  })

  it('parses again only the chapter whose text changed', async () => {
    const {manuscript, cacheDir} = setUp()
    await build(manuscript, cacheDir)
    writeFileSync(path.join(manuscript, '02-next.md'), next + '\nA new paragraph.\n')
    const edited = await build(manuscript, cacheDir)
    expect(edited.parsed).toEqual(['02-next.md'])
    expect(edited.trees).toContain('A new paragraph.')
    expect(edited.trees).toBe((await build(manuscript, undefined)).trees)
  })

  it('keys on the bytes, so new line ends alone (same decoded text) parse again', async () => {
    const {manuscript, cacheDir} = setUp()
    await build(manuscript, cacheDir)
    writeFileSync(path.join(manuscript, '02-next.md'), next.replace(/\n/g, '\r\n'))
    expect((await build(manuscript, cacheDir)).parsed).toEqual(['02-next.md'])
  })

  it('replays the messages parsing gave, at the same places', async () => {
    const {manuscript, cacheDir} = setUp()
    writeFileSync(path.join(manuscript, '02-next.md'), '---\ntitel: x\n---\n# Next\n')
    const fresh = messagesOf((await build(manuscript, cacheDir)).result)
    const cached = await build(manuscript, cacheDir)
    expect(cached.parsed).toEqual([])
    expect(fresh.length).toBeGreaterThan(0)
    expect(messagesOf(cached.result)).toEqual(fresh)
  })

  it('is safe to delete, and survives a damaged entry', async () => {
    const {manuscript, cacheDir} = setUp()
    const first = await build(manuscript, cacheDir)
    expect(readFileSync(path.join(cacheDir, '.gitignore'), 'utf8')).toContain('*')
    rmSync(cacheDir, {recursive: true})
    const rebuilt = await build(manuscript, cacheDir)
    expect(rebuilt.parsed).toEqual(['01-start.md', '02-next.md'])
    expect(rebuilt.trees).toBe(first.trees)

    const [folder] = readdirSync(cacheDir).filter((name) => name.startsWith(path.basename(manuscript)))
    const entries = path.join(cacheDir, folder ?? '', 'parse')
    for (const entry of readdirSync(entries)) writeFileSync(path.join(entries, entry), 'not a cache entry')
    const damaged = await build(manuscript, cacheDir)
    expect(damaged.parsed).toEqual(['01-start.md', '02-next.md'])
    expect(damaged.trees).toBe(first.trees)
  })

  it('builds the same EPUB bytes from the cache as without it', async () => {
    const {manuscript, cacheDir} = setUp()
    const epub = async (out: string, cache: string | undefined) => {
      const result = await runBook(manuscript, {cacheDir: cache, formats: ['epub'], out: path.join(manuscript, '..', out)})
      expect(result.outputs).toHaveLength(1)
      return readFileSync(result.outputs[0] ?? '')
    }

    const fresh = await epub(`${path.basename(manuscript)}-fresh`, undefined)
    await epub(`${path.basename(manuscript)}-first`, cacheDir)
    parsed.length = 0
    const cached = await epub(`${path.basename(manuscript)}-cached`, cacheDir)
    expect(parsed).toEqual([])
    expect(cached.equals(fresh)).toBe(true)
  })

  it('writes nothing without a cache folder', async () => {
    const {manuscript, cacheDir} = setUp()
    await build(manuscript, undefined)
    expect((await build(manuscript, undefined)).parsed).toEqual(['01-start.md', '02-next.md'])
    expect(existsSync(cacheDir)).toBe(false)
  })
})

describe('chapterKey', () => {
  it('changes with the text and with the slug, and only with them', async () => {
    const {chapterKey} = await import('../../src/cache/chapter-cache.js')
    const key = chapterKey('# A\n', 'c01-a')
    expect(chapterKey('# A\n', 'c01-a')).toBe(key)
    expect(chapterKey('# A \n', 'c01-a')).not.toBe(key)
    expect(chapterKey('# A\n', 'c02-a')).not.toBe(key)
  })
})
