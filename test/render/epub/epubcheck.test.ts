// EPUBCheck 5.3 on every EPUB fixture, on a build with a page list, and on the example book: 0 fatals, 0 errors, 0 warnings.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {run} from '../../../src/pipeline.js'
import {createLogger} from '../../../src/report/logger.js'
import {chromeMissing} from './helpers/axe-in-chrome.js'
import {buildFixture, copyFixture, copyManuscript, epubFixtures, projectRoot, samplePages} from './helpers/build-fixture.js'
import {describeMessages, epubcheck, epubcheckMissing, summaryLine} from './helpers/epubcheck.js'
import {requireTool} from './helpers/tool-gate.js'
import {entryText} from './helpers/unzip.js'

const missing = epubcheckMissing()

describe('EPUBCheck 5.3', () => {
  for (const name of epubFixtures) {
    test(`${name} passes with no messages`, async (context) => {
      requireTool(missing, context.skip)
      const built = await buildFixture(name)
      const report = epubcheck(built.file)
      console.info(`${name}: ${summaryLine(report)}`)
      expect(report.version).toMatch(/^5\.3\./)
      expect(describeMessages(report)).toEqual([])
      expect([report.fatals, report.errors, report.warnings]).toEqual([0, 0, 0])
    })
  }

  test('epub-features with a page list (as when the PDF is printed in the same run) passes', async (context) => {
    requireTool(missing, context.skip)
    const built = await buildFixture('epub-features', {pages: samplePages})
    const report = epubcheck(built.file)
    console.info(`epub-features (page list): ${summaryLine(report)}`)
    expect(describeMessages(report)).toEqual([])
    expect([report.fatals, report.errors, report.warnings]).toEqual([0, 0, 0])
  })

  test('epub-features built with its PDF in one run: the real page map gives a valid page list', async (context) => {
    requireTool(missing, context.skip)
    requireTool(chromeMissing(), context.skip)
    const manuscript = copyFixture('epub-features')
    const out = path.join(path.dirname(manuscript), 'dist')
    const result = await run({manuscript, out, formats: ['epub', 'pdf']}, createLogger({progress: false, write: () => {}}))
    expect(result.code, result.failure).toBe(0)
    const epub = result.outputs.find((output) => output.endsWith('.epub')) ?? ''
    expect(entryText(readFileSync(epub), 'OEBPS/nav.xhtml')).toContain('epub:type="page-list"')
    const report = epubcheck(epub)
    console.info(`epub-features (with PDF): ${summaryLine(report)}`)
    expect(describeMessages(report)).toEqual([])
    expect([report.fatals, report.errors, report.warnings]).toEqual([0, 0, 0])
  })

  test('the example book passes', async (context) => {
    const example = path.join(projectRoot, 'manuscript')
    if (!existsSync(path.join(example, 'book.yaml'))) context.skip('no example book in manuscript/ yet')
    requireTool(missing, context.skip)
    // Built from a copy, like the fixtures, so the test never writes next to the real manuscript.
    const manuscript = copyManuscript(example)
    const out = path.join(path.dirname(manuscript), 'dist')
    const result = await run({manuscript, out, formats: ['epub']}, createLogger({progress: false, write: () => {}}))
    expect(result.code, result.failure).toBe(0)
    const report = epubcheck(result.outputs[0] ?? '')
    console.info(`example book: ${summaryLine(report)}`)
    expect(describeMessages(report)).toEqual([])
    expect([report.fatals, report.errors, report.warnings]).toEqual([0, 0, 0])
  })
})
