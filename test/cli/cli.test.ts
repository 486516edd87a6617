// Tests for the `colophon` command as a real child process: exit codes, help, version and the report formats.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {minimalBookYaml, writeManuscript} from '../helpers/manuscript.js'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/colophon.js')

function colophon(args: string[]): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('colophon CLI', () => {
  it('prints its version from package.json and exits 0', () => {
    const {version} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    const result = colophon(['--version'])
    expect(result.code).toBe(0)
    expect(result.stdout.trim()).toBe(version)
  })

  it('prints help for build and exits 0', () => {
    const result = colophon(['build', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/--manuscript <dir>/)
    expect(result.stdout).toMatch(/--format <list>/)
  })

  it('fetch-images: refuses a link-local image address before connecting, exits 1, and exits 2 without a book', () => {
    // An IP literal is refused before any socket opens, so this sends nothing anywhere.
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '# Start\n\n![Metadata](http://169.254.169.254/latest/x.png)\n'})
    const result = colophon(['fetch-images', '-m', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/01-start\.md:3:1  error  Cannot download image `http:\/\/169\.254\.169\.254\/latest\/x\.png`: it points at this machine or a private network \(`169\.254\.169\.254`\)/)
    expect(existsSync(path.join(dir, 'images'))).toBe(false)
    expect(colophon(['fetch-images', '-m', path.join(dir, 'nowhere')]).code).toBe(2)
  })

  it('exits 2 on an unknown option', () => {
    const result = colophon(['build', '--frmat', 'epub'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/unknown option '--frmat'/)
  })

  it('exits 2 on an unknown format', () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '# Start\n'})
    const result = colophon(['build', '-m', dir, '--format', 'docx'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/unknown format `docx`/)
  })

  it('exits 2 on a --max-warnings that is not a whole number, rather than allowing any number of warnings', () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '# Start\n\nSee [here](#start).\n'})
    for (const value of ['abc', '-1', '1.5']) {
      const result = colophon(['check', '-m', dir, '--no-cache', '--max-warnings', value])
      expect(result.code, value).toBe(2)
      expect(result.stderr).toContain(`\`--max-warnings\` takes a whole number of warnings (such as 0), not \`${value}\``)
    }

    // The same book: one warning (link text "here"), so 0 fails it and 1 lets it pass.
    expect(colophon(['check', '-m', dir, '--no-cache', '--max-warnings', '0']).code).toBe(1)
    expect(colophon(['check', '-m', dir, '--no-cache', '--max-warnings', '1']).code).toBe(0)
  })

  it('exits 2 with one line naming a manuscript folder that does not exist, not a stack trace', () => {
    const missing = path.join(writeManuscript({}), 'no-such-book')
    const result = colophon(['check', '-m', missing])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`Cannot find the manuscript folder \`${missing}\`; pass the folder that holds \`book.yaml\` with \`--manuscript\`  config/read`)
    expect(result.stderr).not.toMatch(/internal error|    at /)
  })

  it('exits 2 with file:line:column for a broken book.yaml', () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml.replace('language:', 'langauge:'), '01-start.md': '# Start\n'})
    const result = colophon(['check', '-m', dir])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${path.relative(process.cwd(), path.join(dir, 'book.yaml'))}:2:1  error  Unknown key \`langauge\``)
    expect(result.stderr).toMatch(/config\/unknown-key/)
  })

  it('exits 1 when the book has errors, and reports every one in one run', () => {
    const links = Array.from({length: 10}, (_, index) => `- [Part ${index}](#missing-${index})`).join('\n')
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': `# Start\n\n${links}\n`})
    const result = colophon(['check', '-m', dir])
    expect(result.code).toBe(1)
    expect(result.stderr.match(/link\/anchor-missing/g)).toHaveLength(10)
    expect(result.stderr).toMatch(/10 errors, 0 warnings/)
  })

  it('exits 0 on a clean book and writes the JSON report on request', () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '# Start\n\nText.\n'})
    const out = path.join(dir, 'out')
    const result = colophon(['check', '-m', dir, '-o', out, '--report', 'json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(readFileSync(path.join(out, 'colophon-report.json'), 'utf8')) as {errors: number; messages: unknown[]}
    expect(report).toEqual({messages: [], errors: 0, warnings: 0})
    expect(existsSync(path.join(out, 'a-small-book.epub'))).toBe(false)
  })
})

describe('colophon schema', () => {
  it('prints the JSON Schema of book.yaml, and the format docs name every key', () => {
    const result = colophon(['schema'])
    expect(result.code).toBe(0)
    const schema = JSON.parse(result.stdout) as {properties: Record<string, {description?: string}>; required: string[]}
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'language', 'identifier', 'date', 'chapters']))
    const docs = readFileSync(path.join(root, 'docs/manuscript-format.md'), 'utf8')
    for (const [key, property] of Object.entries(schema.properties)) {
      expect(property.description, key).toBeTruthy()
      expect(docs, `docs/manuscript-format.md documents \`${key}\``).toContain(`| \`${key}\` |`)
    }
  })
})
