// Percent-decodes a URL part as the author meant it, leaving a malformed escape (`100%`) as written.

/**
 * `decodeURIComponent` that never throws: `%E5%9C%B0` becomes `地`, a lone `%` stays as it is.
 *
 * @param value - A URL, path or fragment, possibly percent-encoded.
 * @returns The decoded text, or `value` unchanged when it is not valid percent-encoding.
 */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
