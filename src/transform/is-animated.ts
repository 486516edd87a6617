// Tells whether an image moves (animated GIF, APNG, animated WebP, SVG animation), for the EPUB's hazard and conformance claims.

/**
 * Whether the image animates: more than one GIF frame, a PNG `acTL` chunk (APNG), a WebP
 * with the animation flag or an `ANIM` chunk, or SVG animation elements or CSS animations.
 *
 * An animated image may flash or move without a way to pause it (WCAG 2.3.1, 2.2.2), so a book
 * with one cannot say it has no hazards, nor claim WCAG conformance on Colophon's word.
 *
 * @param bytes - The image's bytes.
 * @param mediaType - Its type, sniffed from the bytes.
 * @returns `true` when it animates.
 */
export function isAnimated(bytes: Uint8Array, mediaType: string): boolean {
  switch (mediaType) {
    case 'image/gif':
      return gifFrames(bytes) > 1
    case 'image/png':
      return pngHasChunk(bytes, 'acTL')
    case 'image/webp':
      return webpAnimated(bytes)
    case 'image/svg+xml': {
      const text = new TextDecoder().decode(bytes)
      return /<(?:[\w-]+:)?(?:animate|animateMotion|animateTransform|set)\b/.test(text) || /@keyframes|\banimation(?:-name)?\s*:/.test(text)
    }

    default:
      return false
  }
}

/** Image descriptors in a GIF (GIF89a spec §20), walking blocks so that data bytes are never mistaken for one. */
function gifFrames(bytes: Uint8Array): number {
  const packed = bytes[10] ?? 0
  let offset = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0)
  let frames = 0
  const skipSubBlocks = (): void => {
    while (offset < bytes.length && bytes[offset] !== 0) offset += (bytes[offset] ?? 0) + 1
    offset++
  }

  while (offset < bytes.length) {
    const introducer = bytes[offset]
    if (introducer === 0x2c) {
      frames++
      const local = bytes[offset + 9] ?? 0
      offset += 10 + (local & 0x80 ? 3 * 2 ** ((local & 0x07) + 1) : 0) + 1 // descriptor, colour table, LZW code size
      skipSubBlocks()
    } else if (introducer === 0x21) {
      offset += 2
      skipSubBlocks()
    } else {
      break // 0x3b, the trailer, or damage (reported elsewhere)
    }
  }

  return frames
}

/** Whether a PNG has chunk `type` before its image data. */
function pngHasChunk(bytes: Uint8Array, type: string): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const name = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    if (name === type) return true
    if (name === 'IDAT') return false
    offset += 12 + view.getUint32(offset)
  }

  return false
}

/** WebP: the `VP8X` animation flag or an `ANIM` chunk (RIFF chunks after the 12-byte header). */
function webpAnimated(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const name = String.fromCharCode(...bytes.subarray(offset, offset + 4))
    if (name === 'ANIM') return true
    if (name === 'VP8X' && ((bytes[offset + 8] ?? 0) & 0x02) !== 0) return true
    const size = view.getUint32(offset + 4, true)
    offset += 8 + size + (size % 2)
  }

  return false
}
