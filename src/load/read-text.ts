// Reads a text file as strict UTF-8: a byte-order mark is dropped, invalid bytes are an error with their offset.

/** Result of {@link decodeText}. */
export type Decoded = {ok: true; text: string} | {ok: false; offset: number}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

/**
 * Decode `bytes` as UTF-8.
 *
 * @param bytes - File contents.
 * @returns The text without a byte-order mark and with `\r\n` and `\r` as `\n`, or the offset of the first bad byte.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  try {
    // `ignoreBOM: false` makes the decoder strip a leading BOM.
    return {ok: true, text: decoder.decode(bytes).replace(/\r\n?/g, '\n')}
  } catch {
    return {ok: false, offset: firstInvalidByte(bytes)}
  }
}

/** Find the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (length === 0) return index
    const sequence = bytes.subarray(index, index + length)
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(sequence)
    } catch {
      return index
    }

    index += length
  }

  return index
}
