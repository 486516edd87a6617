// The rule list is the single source: every rule has a source file, a test and a section in docs/rules.md, and the table there is generated.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../src/check/rules/index.js'
import {diagnostics} from '../../src/check/diagnostics.js'
import {diagnosticsMarkers, diagnosticsTable, rulesTable, tableMarkers} from '../../src/check/rules-table.js'

const root = path.resolve(import.meta.dirname, '../..')
const docsPath = path.join(root, 'docs/rules.md')

const readmePath = path.join(root, 'README.md')

/** The text between `markers` in `file`; with UPDATE_DOCS set, a differing text is rewritten to `expected`. */
function generated(file: string, markers: {start: string; end: string}, expected: string): string {
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf(markers.start)
  const end = text.indexOf(markers.end)
  expect(start, `${markers.start} in ${file}`).toBeGreaterThan(-1)
  expect(end).toBeGreaterThan(start)
  const current = text.slice(start + markers.start.length, end).trim()
  if (process.env['UPDATE_DOCS'] && current !== expected) {
    writeFileSync(file, `${text.slice(0, start + markers.start.length)}\n${expected}\n${text.slice(end)}`)
    return expected
  }

  return current
}

describe('docs/rules.md and README.md (UPDATE_DOCS=1 rewrites their generated tables)', () => {
  const docs = readFileSync(docsPath, 'utf8')

  it('have the rule table generated from the rule list', () => {
    expect(generated(docsPath, tableMarkers, rulesTable(rules))).toBe(rulesTable(rules))
    expect(generated(readmePath, tableMarkers, rulesTable(rules, 'docs/rules.md'))).toBe(rulesTable(rules, 'docs/rules.md'))
  })

  it('have the table of the other message ids generated from their list', () => {
    expect(generated(docsPath, diagnosticsMarkers, diagnosticsTable(diagnostics))).toBe(diagnosticsTable(diagnostics))
    expect(generated(readmePath, diagnosticsMarkers, diagnosticsTable(diagnostics))).toBe(diagnosticsTable(diagnostics))
  })

  it('has a section per rule with its default severity, an example fault and the fix, and none for rules that do not exist', () => {
    const headings = [...docs.matchAll(/^## (\S+\/\S+)$/gm)].map((match) => match[1])
    expect(headings).toEqual(rules.map((rule) => rule.id))
    for (const rule of rules) {
      const section = docs.slice(docs.indexOf(`## ${rule.id}\n`)).split(/\n## /)[0] ?? ''
      expect(section, rule.id).toContain(`Default: \`${rule.severity}\``)
      expect(section, rule.id).toMatch(/\*\*Fault\*\*/)
      expect(section, rule.id).toMatch(/\*\*Fix\*\*/)
    }
  })
})

describe('rule ids', () => {
  it.each(rules.map((rule) => [rule.id]))('%s is its source file and its test', (id) => {
    expect(existsSync(path.join(root, `src/check/rules/${id}.ts`))).toBe(true)
    expect(existsSync(path.join(root, `test/check/rules/${id}.test.ts`))).toBe(true)
  })
})

describe('message ids', () => {
  it('every id the source reports is a rule or a listed diagnostic, and every listed one is reported', () => {
    const reported = new Set<string>()
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, {withFileTypes: true})) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (entry.name.endsWith('.ts')) {
          for (const match of readFileSync(full, 'utf8').matchAll(/(?:ruleId: |Rule = )'([a-z-]+\/[a-z-]+)'/g)) reported.add(match[1] ?? '')
        }
      }
    }

    walk(path.join(root, 'src'))
    const known = new Set([...rules.map((rule) => rule.id), ...diagnostics.map((item) => item.id)])
    expect([...reported].filter((id) => !known.has(id)), 'ids reported but not documented').toEqual([])
    expect(diagnostics.map((item) => item.id).filter((id) => !reported.has(id)), 'ids documented but never reported').toEqual([])
    expect(new Set(diagnostics.map((item) => item.id)).size).toBe(diagnostics.length)
  })
})
