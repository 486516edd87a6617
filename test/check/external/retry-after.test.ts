// Tests for reading `Retry-After`: seconds, HTTP dates, and values that say nothing.
import {describe, expect, it} from 'vitest'
import {parseRetryAfter} from '../../../src/check/external/retry-after.js'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-01T12:00:00Z')
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['Sun, 01 Nov 2026 12:00:30 GMT', 30_000],
    ['Sun, 01 Nov 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    [null, undefined]
  ])('reads %j as %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected)
  })
})
