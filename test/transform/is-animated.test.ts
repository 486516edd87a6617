// Tests that animated GIF, APNG, WebP and SVG images are told from still ones by their bytes.
import {crc32} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {isAnimated} from '../../src/transform/is-animated.js'

/** A 1×1 GIF89a with `frames` image descriptors; a frame's data holds 0x2c bytes, which must not count. */
function gif(frames: number): Uint8Array {
  const header = [...Buffer.from('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255]
  const control = [0x21, 0xf9, 4, 0, 10, 0, 0, 0] // graphic control extension, as animations have
  const frame = [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 3, 0x2c, 0x2c, 0x01, 0]
  return Uint8Array.from([...header, ...Array.from({length: frames}, () => [...control, ...frame]).flat(), 0x3b])
}

function chunk(type: string, data: number[]): number[] {
  const body = Buffer.from([...Buffer.from(type), ...data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return [...length, ...body, ...crc]
}

/** A PNG, with an `acTL` chunk (APNG) when asked. */
function png(animated: boolean): Uint8Array {
  const ihdr = chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
  const actl = animated ? chunk('acTL', [0, 0, 0, 2, 0, 0, 0, 0]) : []
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr, ...actl, ...chunk('IDAT', [0x78, 0x9c, 0, 0]), ...chunk('IEND', [])])
}

/** A WebP with a `VP8X` chunk whose flags say animation or not. */
function webp(animated: boolean): Uint8Array {
  const vp8x = [...Buffer.from('VP8X'), 10, 0, 0, 0, animated ? 0x02 : 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
  const size = Buffer.alloc(4)
  size.writeUInt32LE(4 + vp8x.length)
  return Uint8Array.from([...Buffer.from('RIFF'), ...size, ...Buffer.from('WEBP'), ...vp8x])
}

const svg = (body: string): Uint8Array => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`)

describe('isAnimated', () => {
  it('counts GIF frames by walking its blocks', () => {
    expect(isAnimated(gif(1), 'image/gif')).toBe(false)
    expect(isAnimated(gif(2), 'image/gif')).toBe(true)
  })

  it('finds the APNG animation chunk', () => {
    expect(isAnimated(png(false), 'image/png')).toBe(false)
    expect(isAnimated(png(true), 'image/png')).toBe(true)
  })

  it('reads the WebP animation flag', () => {
    expect(isAnimated(webp(false), 'image/webp')).toBe(false)
    expect(isAnimated(webp(true), 'image/webp')).toBe(true)
  })

  it('finds SVG animation elements and CSS animations', () => {
    expect(isAnimated(svg('<circle r="4"><title>Still</title></circle>'), 'image/svg+xml')).toBe(false)
    expect(isAnimated(svg('<circle r="4"><animate attributeName="r" values="4;2;4" dur="1s" repeatCount="indefinite"/></circle>'), 'image/svg+xml')).toBe(true)
    expect(isAnimated(svg('<style>circle { animation: pulse 1s infinite }</style><circle r="4"/>'), 'image/svg+xml')).toBe(true)
    expect(isAnimated(svg('<set attributeName="fill" to="red" begin="1s"/>'), 'image/svg+xml')).toBe(true)
  })
})
