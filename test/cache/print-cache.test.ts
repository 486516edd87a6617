// Tests for skipping Chrome: the PDF is printed again only when what it is printed from, or the file on disk, changed.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Asset, Book} from '../../src/book.js'
import {printUnlessCurrent} from '../../src/cache/print-cache.js'
import type {Context} from '../../src/context.js'
import {createLogger} from '../../src/report/logger.js'

/** A book with just what the print cache reads, a context with a cache folder, and a printer that counts its calls. */
function setUp(cacheDir: string | undefined = undefined) {
  const dir = mkdtempSync(path.join(tmpdir(), 'colophon-print-cache-'))
  const image: Asset = {path: path.join(dir, 'map.svg'), href: 'map.svg', mediaType: 'image/svg+xml', bytes: new TextEncoder().encode('<svg/>')}
  const book = {root: dir, config: {title: 'A Book'}, assets: new Map([['map.svg', image]])} as unknown as Book
  const context: Context = {
    options: {manuscript: dir, out: dir, formats: ['pdf'], cacheDir: cacheDir ?? path.join(dir, '.colophon-cache')},
    logger: createLogger({progress: false, write: () => {}}),
    epoch: 0
  }
  const target = path.join(dir, 'book.pdf')
  let calls = 0
  const build = async (html: string) => {
    const printed = await printUnlessCurrent(html, book, context, target, async () => {
      calls++
      return {bytes: new TextEncoder().encode(`%PDF ${html} ${calls}`), pages: [{page: '1', chapter: 'c01', block: 0}]}
    })
    writeFileSync(target, printed.bytes)
    return printed
  }

  return {book, context, image, target, build, calls: () => calls}
}

describe('print cache', () => {
  it('prints once, then reuses the PDF on disk with its page map', async () => {
    const {build, calls} = setUp()
    const first = await build('<p>one</p>')
    const second = await build('<p>one</p>')
    expect(calls()).toBe(1)
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true)
    expect(second.pages).toEqual(first.pages)
  })

  it('prints again when the HTML, an image, the metadata or the PDF on disk changed', async () => {
    const {build, calls, image, book, target} = setUp()
    await build('<p>one</p>')
    await build('<p>two</p>')
    expect(calls()).toBe(2)
    image.bytes = new TextEncoder().encode('<svg><rect/></svg>')
    await build('<p>two</p>')
    expect(calls()).toBe(3)
    ;(book.config as {title: string}).title = 'Another Title'
    await build('<p>two</p>')
    expect(calls()).toBe(4)
    writeFileSync(target, 'edited by hand')
    await build('<p>two</p>')
    expect(calls()).toBe(5)
  })

  it('always prints without a cache folder', async () => {
    const {build, calls, context} = setUp()
    context.options.cacheDir = undefined
    await build('<p>one</p>')
    await build('<p>one</p>')
    expect(calls()).toBe(2)
  })
})
