// Tests for the per-chapter cache of rendered EPUB documents: only the documents that would change render again, and the EPUB is the same as without a cache.
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

const rendered: string[] = []
vi.mock('../../src/render/epub/chapter-document.js', async (original) => {
  const actual = await original<typeof import('../../src/render/epub/chapter-document.js')>()
  return {
    ...actual,
    chapterDocument: (...args: Parameters<typeof actual.chapterDocument>) => {
      rendered.push(args[0].slug)
      return actual.chapterDocument(...args)
    }
  }
})

const yaml = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-next.md\n    - 03-last.md\n')
const files = {
  'book.yaml': yaml,
  '01-start.md': '# Start\n\nThe first chapter, with a note.[^1] It sends you to [the next](02-next.md#a-section).\n\n[^1]: The note.\n',
  '02-next.md': '# Next\n\n## A section\n\nSee [the start](01-start.md) — “quoted” text.\n',
  '03-last.md': '# Last\n\nThe end.\n'
}

/** Build the EPUB with or without a cache; what rendered, and the EPUB's bytes. */
async function build(manuscript: string, cacheDir: string | undefined): Promise<{rendered: string[]; epub: Buffer}> {
  rendered.length = 0
  const out = path.join(manuscript, '..', `${path.basename(manuscript)}-${cacheDir ? 'cached' : 'fresh'}`)
  rmSync(out, {recursive: true, force: true})
  const result = await runBook(manuscript, {cacheDir, formats: ['epub'], out})
  expect(result.code).toBe(0)
  const [file] = result.outputs
  return {rendered: [...rendered].sort(), epub: readFileSync(file ?? '')}
}

describe('rendered document cache', () => {
  it('renders every document once, then only those whose chapter changed, and writes the EPUB a build without a cache writes', async () => {
    const manuscript = writeManuscript(files)
    const cacheDir = `${manuscript}-cache`
    const first = await build(manuscript, cacheDir)
    expect(first.rendered).toEqual(expect.arrayContaining(['c01-start', 'c02-next', 'c03-last']))
    const again = await build(manuscript, cacheDir)
    expect(again.rendered).toEqual([])
    expect(again.epub.equals(first.epub)).toBe(true)

    // A sentence more in one chapter: only its document renders again.
    writeFileSync(path.join(manuscript, '03-last.md'), `${files['03-last.md']}\nA sentence more.\n`)
    const edited = await build(manuscript, cacheDir)
    expect(edited.rendered).toEqual(['c03-last'])
    expect(edited.epub.equals((await build(manuscript, undefined)).epub)).toBe(true)
  })

  it('renders every document again when the ids change, since links into other documents may change with them', async () => {
    const manuscript = writeManuscript(files)
    const cacheDir = `${manuscript}-cache`
    await build(manuscript, cacheDir)
    // A heading more in 02-next: the book's ids change, and a link in any document may point at one.
    writeFileSync(path.join(manuscript, '02-next.md'), files['02-next.md'].replace('## A section', '## A section\n\n## Another'))
    const edited = await build(manuscript, cacheDir)
    expect(edited.rendered).toEqual(expect.arrayContaining(['c01-start', 'c02-next', 'c03-last']))
    expect(edited.epub.equals((await build(manuscript, undefined)).epub)).toBe(true)
  })

  it('survives a damaged entry, rendering that document again', async () => {
    const manuscript = writeManuscript(files)
    const cacheDir = `${manuscript}-cache`
    const first = await build(manuscript, cacheDir)
    const [folder] = readdirSync(cacheDir).filter((name) => !name.includes('.'))
    const entry = path.join(cacheDir, folder ?? '', 'epub', 'c02-next.bin')
    writeFileSync(entry, readFileSync(entry).subarray(0, 50))
    const damaged = await build(manuscript, cacheDir)
    expect(damaged.rendered).toEqual(['c02-next'])
    expect(damaged.epub.equals(first.epub)).toBe(true)
  })
})
