// Decides an image's media type from its bytes, never from its file name, and reads its size in pixels.

/** What the bytes of an image say about it. */
export interface ImageInfo {
  /** Media type: `image/png`, `image/jpeg`, `image/gif`, `image/webp` or `image/svg+xml`. */
  mediaType: string
  width?: number | undefined
  height?: number | undefined
}

/**
 * Sniff `bytes`.
 *
 * @param bytes - The file's contents.
 * @returns The type and size, or `undefined` for anything that is not an EPUB core image type.
 */
export function sniffImage(bytes: Uint8Array): ImageInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const ascii = (start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end))
  if (bytes.length >= 24 && ascii(1, 4) === 'PNG' && bytes[0] === 0x89 && ascii(12, 16) === 'IHDR') {
    return {mediaType: 'image/png', width: view.getUint32(16), height: view.getUint32(20)}
  }

  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return {mediaType: 'image/jpeg', ...jpegSize(bytes, view)}
  }

  if (bytes.length >= 10 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) {
    return {mediaType: 'image/gif', width: view.getUint16(6, true), height: view.getUint16(8, true)}
  }

  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return {mediaType: 'image/webp'}

  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '')
  // A DOCTYPE may carry an internal subset (`[ <!ENTITY …> ]`): still SVG, so that inspect-svg can refuse it by name.
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>\s*)*<svg[\s>]/i.test(head)) {
    return {mediaType: 'image/svg+xml', ...svgSize(head)}
  }

  return undefined
}

/** Walk JPEG segments to the start-of-frame marker that holds the size. */
function jpegSize(bytes: Uint8Array, view: DataView): {width?: number; height?: number} {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return {}
    const marker = bytes[offset + 1] ?? 0
    const length = view.getUint16(offset + 2)
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {height: view.getUint16(offset + 5), width: view.getUint16(offset + 7)}
    }

    offset += 2 + length
  }

  return {}
}

/** Read `width`/`height` or the `viewBox` of the root `svg` element. */
function svgSize(head: string): {width?: number; height?: number} {
  const tag = /<svg[^>]*>/i.exec(head)?.[0] ?? ''
  const number = (name: string): number | undefined => {
    const value = new RegExp(`\\s${name}="([\\d.]+)(px)?"`).exec(tag)?.[1]
    return value === undefined ? undefined : Number(value)
  }

  const viewBox = /viewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(tag)
  return {width: number('width') ?? Number(viewBox?.[1]), height: number('height') ?? Number(viewBox?.[2])}
}
