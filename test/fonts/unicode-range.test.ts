// Parsing Fontsource's unicode-range values and testing code points against them.
import {describe, expect, test} from 'vitest'
import {inRange, parseUnicodeRange} from '../../src/fonts/unicode-range.js'

describe('unicode-range', () => {
  const greek = parseUnicodeRange('U+0370-0377,U+037A-037F,U+038C')

  test('reads ranges and single code points', () => {
    expect(greek).toEqual([[0x370, 0x377], [0x37a, 0x37f], [0x38c, 0x38c]])
  })

  test.each([
    [0x370, true],
    [0x377, true],
    [0x378, false],
    [0x38c, true],
    [0x61, false]
  ])('code point %i is inside: %s', (codePoint, inside) => {
    expect(inRange(greek, codePoint)).toBe(inside)
  })
})
