// COLOPHON_BROWSER_TIMEOUT: whole milliseconds above 0 override the 60 s base limit; anything else is noted and ignored.
import {describe, expect, it} from 'vitest'
import {browserTimeout, defaultBrowserTimeout} from '../../src/print/browser-timeout.js'

function read(value: string | undefined): {timeout: number; debug: string[]} {
  const debug: string[] = []
  const timeout = browserTimeout({debug: (text) => debug.push(text)}, value === undefined ? {} : {COLOPHON_BROWSER_TIMEOUT: value})
  return {timeout, debug}
}

describe('browserTimeout', () => {
  it('is 60 s when unset or empty, silently', () => {
    expect(defaultBrowserTimeout).toBe(60_000)
    expect(read(undefined)).toEqual({timeout: 60_000, debug: []})
    expect(read('')).toEqual({timeout: 60_000, debug: []})
  })

  it('takes whole milliseconds above 0', () => {
    expect(read('3000')).toEqual({timeout: 3000, debug: []})
    expect(read(' 120000 ')).toEqual({timeout: 120_000, debug: []})
  })

  it.each(['0', '-5', '1.5', '3s', 'abc', '1e4', '99999999999999999999'])('ignores `%s` with a debug line', (value) => {
    const {timeout, debug} = read(value)
    expect(timeout).toBe(60_000)
    expect(debug).toEqual([`COLOPHON_BROWSER_TIMEOUT is \`${value}\`, not a whole number of milliseconds above 0; using 60000`])
  })
})
