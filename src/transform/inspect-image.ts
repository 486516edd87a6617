// Refuses images that are too big, truncated or corrupt, or (for SVG) unsafe, with a message naming the file.
import {crc32} from 'node:zlib'
import type {ImageInfo} from './sniff-image.js'
import {inspectSvg} from './inspect-svg.js'

/** Largest image file, in bytes: far beyond any book's figure, small enough to keep a build's memory bounded. */
export const maxImageBytes = 50 * 1024 * 1024

/** Largest raster image, in pixels (100 megapixels, 10 000 × 10 000): decoding one takes about 400 MB. */
export const maxImagePixels = 100_000_000

/** Why an image cannot go into the book. */
export interface ImageProblem {
  /** `image/too-large`, `image/corrupt` or `security/svg-unsafe`. */
  ruleId: string
  /** The message, naming the file. */
  reason: string
}

/**
 * Check an image's bytes after its type was sniffed.
 *
 * @param href - The image's path in the manuscript, for the message.
 * @param bytes - Its bytes.
 * @param info - What {@link sniffImage} read from them.
 * @returns The problem, or `undefined` when the image may go into the book.
 */
export function inspectImage(href: string, bytes: Uint8Array, info: ImageInfo): ImageProblem | undefined {
  if (bytes.length > maxImageBytes) {
    return {ruleId: 'image/too-large', reason: `Image \`${href}\` is ${mib(bytes.length)} MB, more than the ${mib(maxImageBytes)} MB limit; make it smaller`}
  }

  if (info.mediaType === 'image/svg+xml') {
    const problem = inspectSvg(new TextDecoder().decode(bytes))
    return problem ? {ruleId: 'security/svg-unsafe', reason: `SVG image \`${href}\` ${problem}; books cannot run scripts or load anything from outside`} : undefined
  }

  const {width = 0, height = 0} = info
  if (width * height > maxImagePixels) {
    return {ruleId: 'image/too-large', reason: `Image \`${href}\` is ${width} × ${height} pixels, more than the ${maxImagePixels / 1e6} megapixel limit; scale it down`}
  }

  const damage = info.mediaType === 'image/png' ? pngDamage(bytes) : info.mediaType === 'image/jpeg' ? jpegDamage(bytes, info) : otherDamage(bytes, info)
  if (damage) return {ruleId: 'image/corrupt', reason: `Image \`${href}\` is truncated or corrupt (${damage}); export it again`}
  if ((info.mediaType === 'image/png' || info.mediaType === 'image/gif') && (width === 0 || height === 0)) {
    return {ruleId: 'image/corrupt', reason: `Image \`${href}\` has no size in its header; export it again`}
  }

  return undefined
}

/** Walk the PNG chunks (PNG spec §5.3): each must fit in the file with a correct CRC, ending with `IEND`. */
function pngDamage(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let offset = 8
  let sawData = false
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    const end = offset + 12 + length
    if (end > bytes.length) return `chunk \`${type}\` at byte ${offset} runs past the end of the file`
    if (crc32(bytes.subarray(offset + 4, end - 4)) !== view.getUint32(end - 4)) return `chunk \`${type}\` at byte ${offset} has a wrong checksum`
    if (type === 'IDAT') sawData = true
    if (type === 'IEND') return sawData ? undefined : 'no image data'
    offset = end
  }

  return `the file ends at byte ${bytes.length} before its \`IEND\` chunk`
}

/** Walk the JPEG segments to the scan; the compressed data must end with the EOI marker. */
function jpegDamage(bytes: Uint8Array, info: ImageInfo): string | undefined {
  if (info.width === undefined) return 'no frame header'
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let offset = 2
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return `no segment marker at byte ${offset}`
    const marker = bytes[offset + 1] ?? 0
    const end = offset + 2 + view.getUint16(offset + 2)
    if (end > bytes.length) return `segment at byte ${offset} runs past the end of the file`
    if (marker === 0xda) {
      // Cameras and editors often pad after EOI, so look for it anywhere after the scan starts.
      for (let index = bytes.length - 2; index >= end; index--) if (bytes[index] === 0xff && bytes[index + 1] === 0xd9) return undefined
      return `the file ends at byte ${bytes.length} without its end-of-image marker`
    }

    offset = end
  }

  return `the file ends at byte ${bytes.length} before the image data`
}

/** GIF ends with its trailer byte; WebP's RIFF header gives its length. */
function otherDamage(bytes: Uint8Array, info: ImageInfo): string | undefined {
  if (info.mediaType === 'image/gif' && bytes.at(-1) !== 0x3b) return 'no GIF trailer at the end'
  if (info.mediaType === 'image/webp') {
    const declared = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true) + 8
    if (declared > bytes.length) return `its header gives ${declared} bytes but the file has ${bytes.length}`
  }

  return undefined
}

/** Bytes as MB with one decimal. */
function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)
}
