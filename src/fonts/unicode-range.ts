// Reads CSS `unicode-range` values ("U+0100-02BA,U+1E00-1E9F") and tests code points against them.

/** A parsed `unicode-range`: inclusive `[first, last]` code point pairs. */
export type UnicodeRange = ReadonlyArray<readonly [number, number]>

/**
 * Parse a `unicode-range` value as Fontsource writes it in `unicode.json` (CSS Fonts 4 §4.5):
 * single code points and `first-last` ranges, comma-separated. Wildcards (`U+4??`) are not used there.
 *
 * @param value - The descriptor's value.
 * @returns The ranges, in the order given.
 */
export function parseUnicodeRange(value: string): UnicodeRange {
  return value.split(',').map((part) => {
    const [first = '', last = first] = part.trim().replace(/^U\+/i, '').split('-')
    return [Number.parseInt(first, 16), Number.parseInt(last, 16)] as const
  })
}

/**
 * Whether `range` covers `codePoint`.
 *
 * @param range - A parsed range.
 * @param codePoint - The code point.
 * @returns `true` when one of the pairs holds it.
 */
export function inRange(range: UnicodeRange, codePoint: number): boolean {
  return range.some(([first, last]) => codePoint >= first && codePoint <= last)
}
