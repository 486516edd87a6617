// Reads a text file as strict UTF-8: a byte-order mark is dropped, invalid bytes are an error with their offset.

import type {VFile} from 'vfile'

/** Each file's bytes as read, kept off `file.data` so they never reach the parse cache or worker threads. */
const sourceBytes = new WeakMap<VFile, Uint8Array>()

/**
 * Remember the bytes `file` was decoded from.
 *
 * @param file - The file.
 * @param bytes - Its bytes as read.
 */
export function setSourceBytes(file: VFile, bytes: Uint8Array): void {
  sourceBytes.set(file, bytes)
}

/**
 * The bytes `file` was decoded from, or its text as UTF-8 when they are not known here (a worker thread).
 *
 * @param file - The file.
 * @returns Bytes to count offsets in.
 */
export function sourceBytesOf(file: VFile): Uint8Array {
  return sourceBytes.get(file) ?? new TextEncoder().encode(String(file.value))
}

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

/**
 * The offset in the file's bytes of `line:column` of its decoded text, where `\r\n`, `\r` and `\n`
 * each end a line and a byte-order mark comes first.
 *
 * @param bytes - The file as read.
 * @param line - 1-based line in the decoded text.
 * @param column - 1-based column (UTF-16 units) in that line.
 * @returns Byte offset from the start of the file.
 */
export function byteOffsetAt(bytes: Uint8Array, line: number, column: number): number {
  let offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  for (let current = 1; current < line && offset < bytes.length; offset++) {
    if (bytes[offset] === 0x0a) current++
    else if (bytes[offset] === 0x0d) {
      current++
      if (bytes[offset + 1] === 0x0a) offset++
    }
  }

  let end = offset
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++
  const text = new TextDecoder().decode(bytes.subarray(offset, end))
  return offset + Buffer.byteLength(text.slice(0, column - 1))
}

/**
 * The line and column of byte `offset` (the first bad byte of a file that is not UTF-8), counting
 * the valid text before it; `\r\n`, `\r` and `\n` each end a line.
 *
 * @param bytes - The file as read.
 * @param offset - Byte offset.
 * @returns The point, its `offset` the byte offset.
 */
export function pointAtByte(bytes: Uint8Array, offset: number): {line: number; column: number; offset: number} {
  let line = 1
  let start = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a || (bytes[index] === 0x0d && bytes[index + 1] !== 0x0a)) {
      line++
      start = index + 1
    }
  }

  const before = new TextDecoder().decode(bytes.subarray(start, offset)).replace(/^\uFEFF/, '')
  return {line, column: before.length + 1, offset}
}
