// The example book in manuscript/ passes every rule with no error and no warning (issue 3), whatever EPUBCheck or Chrome are installed.
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../src/check/rules/index.js'
import {messagesOf, runBook} from '../helpers/manuscript.js'

const manuscript = path.resolve(import.meta.dirname, '../../manuscript')

describe('the example book', () => {
  it('passes every rule with 0 errors and 0 warnings', async () => {
    const result = await runBook(manuscript, {cacheDir: undefined})
    expect(messagesOf(result)).toEqual([])
    expect(result.code).toBe(0)
  })

  it('is checked by every rule, none of them turned off', async () => {
    const result = await runBook(manuscript, {cacheDir: undefined})
    const checks = result.book?.config.checks ?? {}
    for (const rule of rules) expect(checks[rule.id] ?? rule.severity, rule.id).not.toBe('off')
  })
})
