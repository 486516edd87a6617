// Resolves every image to a file inside the manuscript, reads it once and sniffs its type from the bytes.
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Element} from 'hast'
import {visit} from 'unist-util-visit'
import type {Asset, Book, Chapter, ImageRecord} from '../book.js'
import {placeOf} from '../config/parse-yaml.js'
import {resolveInside} from '../load/resolve-inside.js'
import {addMessage} from '../report/message.js'
import {inspectImage, maxImageBytes, type ImageProblem} from './inspect-image.js'
import {sniffImage} from './sniff-image.js'

/**
 * Resolve the images of every chapter (and the cover) into `book.assets`, rewriting each `src`
 * to the asset's path relative to the manuscript; record each in `book.images` for the rules.
 *
 * @param book - The book.
 */
export function resolveImages(book: Book): void {
  for (const chapter of book.chapters) {
    if (chapter.generated) continue
    const dir = chapterDir(book, chapter)
    visit(chapter.hast, 'element', (node: Element) => {
      if (node.tagName !== 'img') return
      const src = String(node.properties['src'] ?? '')
      const record: ImageRecord = {chapter, node, src}
      if (/^https?:\/\//i.test(src)) record.url = src
      book.images.push(record)
      const local = book.remoteImages.get(src)
      // A downloaded remote image: its file, from the manuscript folder, goes through every check a local one does.
      const result = local === undefined ? loadAsset(book, dir, src) : loadAsset(book, book.root, local)
      // Unsafe, corrupt or too large: reported here with the file's name; the image stays out of the book.
      if ('detail' in result && result.detail) addMessage(chapter.file, result.detail.reason, {ruleId: result.detail.ruleId, place: node.position})
      else if ('problem' in result) record.problem = result.problem
      else {
        record.asset = result
        node.properties['src'] = result.href
      }
    })
  }

  resolveCover(book)
}

/** The cover goes through the same checks as any image; a problem is reported at `cover` in `book.yaml`. */
function resolveCover(book: Book): void {
  const cover = book.config.cover
  if (cover === undefined) return
  const local = book.remoteImages.get(cover)
  const result = loadAsset(book, book.root, local ?? cover)
  if (!('problem' in result)) return
  const reasons = {
    outside: ['image/outside-manuscript', `Cover \`${cover}\` is outside the manuscript folder; move it inside`],
    remote: ['image/outside-manuscript', `Cover \`${cover}\` is not a file of the manuscript; run \`colophon fetch-images\` or download it into the manuscript folder`],
    missing: ['image/missing', `Cannot find cover \`${cover}\``],
    unsupported: ['image/unsupported-type', `Cover \`${cover}\` is not PNG, JPEG, GIF, WebP or SVG; convert it`]
  } as const
  const [ruleId, reason] = result.detail ? [result.detail.ruleId, result.detail.reason] : reasons[result.problem]
  addMessage(book.configFile, reason, {ruleId, place: book.configYaml ? placeOf(book.configYaml, ['cover']) : undefined})
}

/**
 * Load the image at `src` (relative to `dir`) as an asset of `book`, once.
 *
 * @param book - The book whose assets cache it.
 * @param dir - Folder the reference is relative to.
 * @param src - The reference as written.
 * @returns The asset, what is wrong with the reference, or why the file cannot go into the book.
 */
export function loadAsset(
  book: Book,
  dir: string,
  src: string
): Asset | {problem: NonNullable<ImageRecord['problem']>; detail?: ImageProblem} {
  if (src === '' || /^[a-z][a-z\d+.-]*:/i.test(src) || src.startsWith('//')) return {problem: 'remote'}
  let decoded: string
  try {
    decoded = decodeURIComponent(src.split(/[?#]/)[0] ?? '')
  } catch {
    return {problem: 'missing'}
  }

  const resolved = resolveInside(book.root, dir, decoded)
  if (!resolved.ok) return {problem: resolved.reason}
  const known = book.assets.get(resolved.href)
  if (known) return known
  let bytes: Uint8Array
  try {
    // Look at the size before reading, so a huge file is refused without loading it.
    const size = statSync(resolved.path).size
    if (size > maxImageBytes) {
      const reason = `Image \`${resolved.href}\` is larger than ${maxImageBytes / 1024 / 1024} MB; make it smaller`
      return {problem: 'unsupported', detail: {ruleId: 'image/too-large', reason}}
    }

    bytes = readFileSync(resolved.path)
  } catch {
    return {problem: 'missing'}
  }

  const info = sniffImage(bytes)
  if (!info) return {problem: 'unsupported'}
  const detail = inspectImage(resolved.href, bytes, info)
  if (detail) return {problem: 'unsupported', detail}
  const asset: Asset = {path: resolved.path, href: resolved.href, bytes, ...info}
  book.assets.set(asset.href, asset)
  return asset
}

/** The chapter's folder, for references relative to it. */
export function chapterDir(book: Book, chapter: Chapter): string {
  return path.dirname(path.join(book.root, chapter.name))
}
