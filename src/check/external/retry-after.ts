// Reads an HTTP `Retry-After` header (RFC 9110 §10.2.3): a number of seconds or an HTTP date.

/**
 * How long `Retry-After` asks to wait.
 *
 * @param value - The header, if any.
 * @param now - Current time in milliseconds, for the date form.
 * @returns Milliseconds to wait (0 for a date in the past), or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  // An HTTP date has a day and month name (`Sun, 06 Nov 1994 08:49:37 GMT`); `Date.parse('-5')` would read a year.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}
