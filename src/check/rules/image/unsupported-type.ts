// Rule `image/unsupported-type`: an image whose bytes are not PNG, JPEG, GIF, WebP or SVG (EPUB 3.3 core media types).
import {readFileSync} from 'node:fs'
import {resolveInside} from '../../../load/resolve-inside.js'
import {chapterDir} from '../../../transform/resolve-images.js'
import type {Rule} from '../../rule.js'
import {droppedImage} from '../../../transform/drop-dangling.js'

/** `image/unsupported-type` */
export const unsupportedType: Rule = {
  id: 'image/unsupported-type',
  description: 'Every image is PNG, JPEG, GIF, WebP or SVG, judged from its bytes, not its file name.',
  severity: 'error',
  check(book, report) {
    for (const image of book.images) {
      if (image.chapter.generated || image.problem !== 'unsupported') continue
      const what = describe(book.root, chapterDir(book, image.chapter), image.src)
      report(
        image.chapter.file,
        `Image \`${image.src}\` is ${what}, not PNG, JPEG, GIF, WebP or SVG; convert it`,
        image.node.position,
        {outcome: droppedImage}
      )
    }
  }
}

/** Formats people often try, by their first bytes. */
const signatures: Array<[string, (bytes: Uint8Array, ascii: string) => boolean]> = [
  ['a TIFF file', (_bytes, ascii) => ascii.startsWith('II*\0') || ascii.startsWith('MM\0*')],
  ['a BMP file', (_bytes, ascii) => ascii.startsWith('BM')],
  ['a PDF file', (_bytes, ascii) => ascii.startsWith('%PDF')],
  ['a HEIC file', (_bytes, ascii) => /^....ftyp(heic|heix|mif1)/s.test(ascii)],
  ['an AVIF file', (_bytes, ascii) => /^....ftypavi[fs]/s.test(ascii)],
  ['an ICO file', (bytes) => bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0],
  ['a Photoshop file', (_bytes, ascii) => ascii.startsWith('8BPS')],
  ['empty', (bytes) => bytes.length === 0]
]

/** What the file's bytes look like, for the message. */
function describe(root: string, dir: string, src: string): string {
  let bytes: Uint8Array
  try {
    const resolved = resolveInside(root, dir, decodeURIComponent(src.split(/[?#]/)[0] ?? ''))
    if (!resolved.ok) return 'not an image'
    bytes = readFileSync(resolved.path)
  } catch {
    return 'not an image'
  }

  const ascii = String.fromCharCode(...bytes.subarray(0, 16))
  const known = signatures.find(([, test]) => test(bytes, ascii))
  if (known) return known[0]
  return /^[\t\n\r\x20-\x7e]*$/.test(ascii) ? 'text, not an image' : 'not an image'
}
