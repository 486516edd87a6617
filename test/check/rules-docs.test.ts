// The rule list is the single source: every rule has a source file, a test and a section in docs/rules.md, and the table there is generated.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../src/check/rules/index.js'
import {rulesTable, tableMarkers} from '../../src/check/rules-table.js'

const root = path.resolve(import.meta.dirname, '../..')
const docsPath = path.join(root, 'docs/rules.md')

describe('docs/rules.md', () => {
  const docs = readFileSync(docsPath, 'utf8')

  it('has the table generated from the rule list (UPDATE_DOCS=1 rewrites it)', () => {
    const start = docs.indexOf(tableMarkers.start)
    const end = docs.indexOf(tableMarkers.end)
    expect(start, 'table markers').toBeGreaterThan(-1)
    expect(end).toBeGreaterThan(start)
    const table = rulesTable(rules)
    const current = docs.slice(start + tableMarkers.start.length, end).trim()
    if (process.env['UPDATE_DOCS'] && current !== table) {
      writeFileSync(docsPath, `${docs.slice(0, start + tableMarkers.start.length)}\n${table}\n${docs.slice(end)}`)
      return
    }

    expect(current).toBe(table)
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
