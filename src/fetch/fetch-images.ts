// `colophon fetch-images`: downloads every remote image of the chapters and the cover into the manuscript and lists each URL with its file.
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Element} from 'hast'
import {visit} from 'unist-util-visit'
import {stringify} from 'yaml'
import {loadManuscript} from '../load/load-manuscript.js'
import {readRemoteImages, remoteImagesFile, remoteImagesFolder} from '../load/remote-images.js'
import {download, type DownloadOptions} from '../net/download.js'
import {parseChapters} from '../parse/parse-chapters.js'
import {inspectImage} from '../transform/inspect-image.js'
import {sniffImage} from '../transform/sniff-image.js'

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

/** Limits of a real run: one image at a time, 20 MiB, 30 s, 5 redirects, public addresses only. */
export const defaultFetchOptions: DownloadOptions = {
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  timeoutMs: 30_000,
  userAgent: `Colophon/${version} (fetch-images)`,
  publicOnly: true
}

/** What the command did, as lines to print, and its exit code. */
export interface FetchResult {
  /** `place  URL → file`, `place  error  Cannot download …`, then notes. */
  lines: string[]
  /** 0 every image is in the manuscript; 1 some could not be downloaded; 2 no readable book. */
  code: number
}

const extensions: Record<string, string> = {'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg'}

/**
 * Download the remote images of the book in `folder`, one request at a time, each once. The
 * chapters are never edited: the list `images/remote/sources.yaml` tells the build which file
 * stands for which URL. An image already listed whose file exists is not downloaded again.
 *
 * @param folder - The manuscript folder (with `book.yaml`).
 * @param options - Download limits; tests allow loopback addresses, the CLI never does.
 * @returns Lines to print and the exit code.
 */
export async function fetchImages(folder: string, options: DownloadOptions = defaultFetchOptions): Promise<FetchResult> {
  const loaded = loadManuscript(folder)
  if (!loaded.config) {
    const reasons = loaded.configFile.messages.map((message) => `${shown(loaded.configFile.path)}:${message.line ?? 1}:${message.column ?? 1}  error  ${message.reason}`)
    return {lines: reasons.length > 0 ? reasons : [`Cannot read a book in \`${folder}\``], code: 2}
  }

  const wanted = new Map<string, string>() // URL → where it is first used
  const cover = loaded.config.cover
  if (cover !== undefined && /^https?:\/\//i.test(cover)) wanted.set(cover, `${shown(loaded.configFile.path)}: cover`)
  const parsed = await parseChapters(loaded.sources, {root: loaded.root, workers: 0})
  for (const [index, result] of parsed.entries()) {
    const file = loaded.sources[index]!.file
    visit(result.hast, 'element', (node: Element) => {
      const src = node.tagName === 'img' ? String(node.properties['src'] ?? '') : ''
      const start = node.position?.start
      if (/^https?:\/\//i.test(src) && !wanted.has(src)) wanted.set(src, `${shown(file.path)}:${start?.line ?? 1}:${start?.column ?? 1}`)
    })
  }

  const listed = readRemoteImages(loaded.root, loaded.configFile)
  const lines: string[] = []
  let failed = 0
  for (const [url, place] of wanted) {
    const known = listed.get(url)
    if (known !== undefined && existsSync(path.join(loaded.root, known))) {
      lines.push(`${place}  ${url} → ${known} (already downloaded)`)
      continue
    }

    const result = await fetchOne(loaded.root, url, options)
    if ('reason' in result) {
      failed++
      lines.push(`${place}  error  Cannot download image \`${url}\`: ${result.reason}`)
    } else {
      listed.set(url, result.file)
      lines.push(`${place}  ${url} → ${result.file}`)
    }
  }

  if (wanted.size === 0) return {lines: ['No remote images in this book.'], code: 0}
  if (listed.size === 0) return {lines: [...lines, 'Nothing downloaded; the build leaves these images out until their files are in the manuscript.'], code: 1}
  writeList(loaded.root, listed)
  if (failed > 0) lines.push(`${failed} of ${wanted.size} ${wanted.size === 1 ? 'image' : 'images'} not downloaded; the build leaves them out until their files are in the manuscript.`)
  lines.push(
    `Listed in ${remoteImagesFile}; the chapters are unchanged. Each URL is recorded as its image's source, but a credit still needs a creator and a licence from you: add them to the image's title (\`Credit: Creator, Licence\`) or to \`image-credits\` in book.yaml (\`images: [${remoteImagesFolder}/**]\`).`
  )
  return {lines, code: failed > 0 ? 1 : 0}
}

/** Download, check and save one image. */
async function fetchOne(root: string, url: string, options: DownloadOptions): Promise<{file: string} | {reason: string}> {
  const answer = await download(url, options)
  if (!answer.ok) return {reason: answer.reason}
  // The type comes from the bytes, never from the URL or the server's Content-Type.
  const info = sniffImage(answer.bytes)
  if (!info) return {reason: 'it is not PNG, JPEG, GIF, WebP or SVG'}
  const file = remoteName(url, extensions[info.mediaType] ?? 'bin')
  // The same checks the build makes, SVG safety included, so nothing unsafe lands in the manuscript.
  const problem = inspectImage(file, answer.bytes, info)
  if (problem) return {reason: problem.reason}
  mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
  writeFileSync(path.join(root, file), answer.bytes)
  return {file}
}

/**
 * Where `url` is saved, relative to the manuscript: `images/remote/<host>/<name>-<hash>.<ext>`,
 * the name from the URL's last segment (letters, digits, `-` and `_`), the hash the first 8 hex
 * digits of the URL's SHA-256, so the same URL always lands in the same file and two URLs never
 * share one.
 *
 * @param url - The image's URL.
 * @param extension - From the type its bytes show.
 * @returns The path, `/`-separated.
 */
export function remoteName(url: string, extension: string): string {
  const parsed = new URL(url)
  const host = (parsed.hostname + (parsed.port ? `_${parsed.port}` : '')).toLowerCase().replace(/[^a-z0-9._-]/g, '_')
  const last = decodeURIComponentSafe(parsed.pathname.split('/').filter(Boolean).at(-1) ?? '')
  const stem = last.replace(/\.[a-z0-9]{1,5}$/i, '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'image'
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8)
  return `${remoteImagesFolder}/${host}/${stem}-${hash}.${extension}`
}

/** The list, sorted by URL and with no date in it, so the same downloads write the same bytes. */
function writeList(root: string, listed: Map<string, string>): void {
  const sorted = Object.fromEntries([...listed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const text = `# Written by \`colophon fetch-images\`: each remote image URL of the chapters and the file the build uses for it.\n${stringify(sorted)}`
  mkdirSync(path.join(root, remoteImagesFolder), {recursive: true})
  writeFileSync(path.join(root, remoteImagesFile), text)
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** A path as the person typed it, relative to where they stand. */
function shown(file: string | undefined): string {
  return path.relative(process.cwd(), file ?? '') || '.'
}
