// The report of a check: human lines grouped by file, colours only on request, JSON, severities from book.yaml, --max-warnings.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatHuman} from '../../src/report/reporter.js'
import {minimalBookYaml, writeManuscript} from '../helpers/manuscript.js'
import {ruleMessages, runCase} from './rule-table.js'

const root = path.resolve(import.meta.dirname, '../..')
const twoChapters = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-tools.md\n')
const vague = '# Start\n\nThe guide is [here](02-tools.md).\n\nThe rest is [here](02-tools.md) too.\n'

/** Run the compiled CLI (the global setup, test/setup/compile.ts, compiles lib/ first) without a terminal, and without a cache in the temp folder. */
function colophon(args: string[], env: NodeJS.ProcessEnv = {}): {code: number | null; stderr: string} {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/colophon.js'), ...args, '--no-cache'], {encoding: 'utf8', env: {...process.env, ...env}})
  return {code: result.status, stderr: result.stderr}
}

describe('the human report', () => {
  it('groups messages by file in book order, sorted by place, with a summary', async () => {
    const result = await runCase({
      'book.yaml': twoChapters,
      '01-start.md': '# Start\n\n![](b.svg)\n\nSee [x](#nowhere).\n',
      '02-tools.md': '# Tools\n\n> “Unsourced.”\n'
    })
    const report = formatHuman(result.files, {cwd: path.dirname(result.files[0]?.path ?? '')})
    expect(report.split('\n')).toEqual([
      '01-start.md:3:1  error  Cannot find image `b.svg`  image/missing',
      expect.stringMatching(/^01-start\.md:3:1 {2}error {2}Image `b.svg` has no alt text; .+ {2}image\/alt-missing$/),
      '01-start.md:5:5  error  Cannot find heading for `#nowhere` in this chapter  link/anchor-missing',
      '02-tools.md:3:1  error  Quotation has no source; end it with a paragraph `— Source, year`  attribution/quote-source',
      '',
      '✖ 4 errors, 0 warnings',
      ''
    ])
    expect(report).not.toContain('\u001B[')
    expect(formatHuman(result.files, {color: true})).toContain('\u001B[31merror\u001B[39m')
  })

  it('has no colours when stderr is not a terminal', () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '# Start\n\n> “Unsourced.”\n'})
    const result = colophon(['check', '-m', dir], {NO_COLOR: ''})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/error {2}Quotation has no source/)
    expect(result.stderr).not.toContain('\u001B[')
  })
})

describe('severities from book.yaml', () => {
  it('turns a rule down to a warning, or off', async () => {
    const files = {'01-start.md': '# Start\n\n> “Unsourced.”\n'}
    const warned = await runCase({...files, 'book.yaml': `${minimalBookYaml}checks:\n  attribution/quote-source: warn\n`})
    expect(ruleMessages(warned, 'attribution/quote-source').map((message) => message.severity)).toEqual(['warn'])
    expect(warned.code).toBe(0)
    const off = await runCase({...files, 'book.yaml': `${minimalBookYaml}checks:\n  attribution/quote-source: 'off'\n`})
    expect(ruleMessages(off, 'attribution/quote-source')).toEqual([])
  })

  it('makes an unknown rule id a config error at its key, with a suggestion (exit 2)', async () => {
    const result = await runCase({'book.yaml': `${minimalBookYaml}checks:\n  link/extrenal: warn\n`})
    expect(ruleMessages(result, 'config/unknown-rule')).toEqual([
      {at: 'book.yaml 13:3', severity: 'error', reason: 'Unknown rule `link/extrenal` in `checks`; did you mean `link/external`?'}
    ])
    expect(result.code).toBe(2)
  })
})

describe('--max-warnings', () => {
  const dir = writeManuscript({'book.yaml': twoChapters, '01-start.md': vague, '02-tools.md': '# Tools\n'})

  it.each([
    [[], 0],
    [['--max-warnings', '2'], 0],
    [['--max-warnings', '1'], 1],
    [['--max-warnings', '0'], 1]
  ])('with %j exits %i on a book with two warnings', (flags, code) => {
    const result = colophon(['check', '-m', dir, ...flags])
    expect(result.stderr).toMatch(/0 errors, 2 warnings/)
    expect(result.code).toBe(code)
  })
})
