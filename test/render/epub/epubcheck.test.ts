// EPUBCheck 5.3 on every EPUB fixture, on a build with a page list, and on the example book: 0 fatals, 0 errors, 0 warnings.
import {existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {run} from '../../../src/pipeline.js'
import {createLogger} from '../../../src/report/logger.js'
import {buildFixture, copyManuscript, epubFixtures, projectRoot, samplePages} from './helpers/build-fixture.js'
import {describeMessages, epubcheck, epubcheckMissing, summaryLine} from './helpers/epubcheck.js'
import {requireTool} from './helpers/tool-gate.js'

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
