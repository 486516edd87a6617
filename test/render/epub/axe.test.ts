// axe-core (WCAG 2.x A and AA) in real Chrome on every XHTML document of every EPUB fixture: 0 violations, nothing fetched.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {axeDocuments, chromeMissing, launchChrome, type Chrome} from './helpers/axe-in-chrome.js'
import {run} from '../../../src/pipeline.js'
import {createLogger} from '../../../src/report/logger.js'
import {buildFixture, copyManuscript, epubFixtures, projectRoot, samplePages, type BuiltEpub} from './helpers/build-fixture.js'
import {readPackage} from './helpers/read-package.js'
import {requireTool} from './helpers/tool-gate.js'
import {unzipToFolder} from './helpers/unzip.js'

const missing = chromeMissing()
const axeVersion = (JSON.parse(readFileSync(new URL('../../../node_modules/axe-core/package.json', import.meta.url), 'utf8')) as {version: string}).version
let chrome: Chrome | undefined

beforeAll(async () => {
  if (!missing) chrome = await launchChrome()
})

afterAll(async () => {
  await chrome?.close()
})

/** Every XHTML document in the manifest, as paths relative to the unzipped folder. */
function xhtmlDocuments(folder: string): string[] {
  const opf = readPackage(readFileSync(path.join(folder, 'OEBPS/package.opf'), 'utf8'))
  return opf
    .items()
    .filter((item) => item['media-type'] === 'application/xhtml+xml')
    .map((item) => `OEBPS/${item['href']}`)
}

async function check(name: string, built: Pick<BuiltEpub, 'bytes'>): Promise<void> {
  const folder = unzipToFolder(built.bytes)
  const documents = xhtmlDocuments(folder)
  const {violations, blocked} = await axeDocuments((chrome as Chrome).browser, folder, documents)
  console.info(`${name}: axe-core ${axeVersion}, ${documents.length} documents, ${violations.length} violations, ${blocked.length} blocked requests`)
  expect(documents.length).toBeGreaterThan(3)
  expect(violations).toEqual([])
  expect(blocked).toEqual([])
}

describe('axe-core in Chrome', () => {
  for (const name of epubFixtures) {
    test(`${name}: no WCAG A/AA violations in any document`, async (context) => {
      requireTool(missing, context.skip)
      await check(name, await buildFixture(name))
    })
  }

  test('epub-features with page-break markers and a page list: no violations', async (context) => {
    requireTool(missing, context.skip)
    await check('epub-features (page list)', await buildFixture('epub-features', {pages: samplePages}))
  })

  test('the example book: no violations', async (context) => {
    const example = path.join(projectRoot, 'manuscript')
    if (!existsSync(path.join(example, 'book.yaml'))) context.skip('no example book in manuscript/ yet')
    requireTool(missing, context.skip)
    const manuscript = copyManuscript(example)
    const result = await run({manuscript, out: path.join(path.dirname(manuscript), 'dist'), formats: ['epub']}, createLogger({progress: false, write: () => {}}))
    expect(result.code, result.failure).toBe(0)
    await check('example book', {bytes: readFileSync(result.outputs[0] ?? '')})
  })
})
