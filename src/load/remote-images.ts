// Reads the list of remote images that `colophon fetch-images` downloaded: each URL and the manuscript file that stands for it.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {parse} from 'yaml'
import {addMessage} from '../report/message.js'

/** Where downloaded images go, relative to the manuscript folder: `<host>/<name>-<hash>.<ext>` below it. */
export const remoteImagesFolder = 'images/remote'

/** The list of downloads, relative to the manuscript folder: a YAML map of URL to file. */
export const remoteImagesFile = `${remoteImagesFolder}/sources.yaml`

/**
 * The remote images the manuscript has downloaded copies of, read without the network: the build
 * uses each file in place of its URL, so the chapters keep the URLs their author wrote.
 *
 * @param root - The manuscript folder.
 * @param configFile - `book.yaml`, where a broken list is reported.
 * @returns URL → file relative to the manuscript (`/`-separated); empty without a list.
 */
export function readRemoteImages(root: string, configFile: VFile): Map<string, string> {
  const file = path.join(root, remoteImagesFile)
  const map = new Map<string, string>()
  if (!existsSync(file)) return map
  let data: unknown
  try {
    data = parse(readFileSync(file, 'utf8'))
  } catch {
    data = undefined
  }

  const entries = data === null ? [] : typeof data === 'object' && !Array.isArray(data) ? Object.entries(data as object) : undefined
  if (!entries || entries.some(([url, value]) => !/^https?:\/\//i.test(url) || typeof value !== 'string')) {
    addMessage(configFile, `\`${remoteImagesFile}\` is not a map of image URL to file; run \`colophon fetch-images\` again`, {ruleId: 'config/invalid'})
    return map
  }

  for (const [url, value] of entries) map.set(url, value as string)
  return map
}
