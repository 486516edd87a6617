// The seeded manuscript: one fault per rule, each reported at its exact place with its rule id, by run() and by the CLI.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../src/check/rules/index.js'
import {toJson} from '../../src/report/reporter.js'
import {runBook} from '../helpers/manuscript.js'

const root = path.resolve(import.meta.dirname, '../..')
const fixture = path.join(root, 'test/fixtures/check-seeded')
const manuscript = path.join(fixture, 'manuscript')

interface Expected {
  file: string
  line: number
  column: number
  severity: 'error' | 'warning'
  ruleId: string
}

const expected = JSON.parse(readFileSync(path.join(fixture, 'expected.json'), 'utf8')) as Expected[]

/** The messages of a JSON report in the fixture's form: file names relative to the manuscript. */
function places(messages: ReturnType<typeof toJson>['messages']): Expected[] {
  return messages.map(({file, line, column, severity, ruleId}) => ({file: path.basename(file), line, column, severity, ruleId: ruleId ?? ''}))
}

describe('the seeded manuscript', () => {
  it('seeds exactly one fault for every rule', () => {
    expect(expected.map((entry) => entry.ruleId).sort()).toEqual(rules.map((rule) => rule.id).sort())
  })

  it('reports each fault at its place with its rule id, and exits 1', async () => {
    const result = await runBook(manuscript)
    expect(places(toJson(result.files, manuscript).messages)).toEqual(expected)
    expect(result.code).toBe(1)
  })

  it('does the same through the CLI, in the human report and the JSON report', () => {
    // test/setup/compile.ts compiles lib/ first; the CLI is the compiled one, as users run it.
    const out = mkdtempSync(path.join(tmpdir(), 'colophon-seeded-'))
    const result = spawnSync(process.execPath, [path.join(root, 'bin/colophon.js'), 'check', '-m', manuscript, '-o', out, '--report', 'json', '--no-cache'], {
      cwd: fixture,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'}
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    for (const entry of expected) {
      const prefix = `manuscript/${entry.file}:${entry.line}:${entry.column}  ${entry.severity}  `
      expect(lines.find((line) => line.startsWith(prefix) && line.endsWith(`  ${entry.ruleId}`)), prefix + entry.ruleId).toBeDefined()
    }

    const errors = expected.filter((entry) => entry.severity === 'error').length
    const warnings = expected.length - errors
    expect(lines.at(-1)).toBe(`✖ ${errors} errors, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`)
    const report = JSON.parse(readFileSync(path.join(out, 'colophon-report.json'), 'utf8')) as ReturnType<typeof toJson>
    expect(places(report.messages)).toEqual(expected)
    expect({errors: report.errors, warnings: report.warnings}).toEqual({errors, warnings})
  })
})
