// Makes the print document self-contained: images and the book font as `data:` URLs, so Chrome loads nothing.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Asset} from '../../book.js'

const require = createRequire(import.meta.url)

/** Literata, the open font the EPUB embeds too, in the four faces the book uses. */
const faces = [
  {weight: 400, style: 'normal'},
  {weight: 400, style: 'italic'},
  {weight: 700, style: 'normal'},
  {weight: 700, style: 'italic'}
] as const

let fontCss: string | undefined

/**
 * A `data:` URL of an asset's bytes.
 *
 * @param asset - The image.
 * @returns The URL.
 */
export function dataUrl(asset: Pick<Asset, 'bytes' | 'mediaType'>): string {
  return `data:${asset.mediaType};base64,${Buffer.from(asset.bytes).toString('base64')}`
}

/**
 * `@font-face` rules for Literata (from `@fontsource/literata`), read once per process.
 *
 * @returns CSS text.
 */
export function fontFaces(): string {
  fontCss ??= faces
    .map(({weight, style}) => {
      const file = require.resolve(`@fontsource/literata/files/literata-latin-${weight}-${style}.woff2`)
      const url = dataUrl({bytes: readFileSync(file), mediaType: 'font/woff2'})
      return `@font-face { font-family: Literata; font-style: ${style}; font-weight: ${weight}; font-display: block; src: url("${url}") format("woff2"); }`
    })
    .join('\n')
  return fontCss
}
