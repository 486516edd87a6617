// Test helper: reads an EPUB's entries with fflate, and writes them out for the browser.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {strFromU8, unzipSync} from 'fflate'

/**
 * The EPUB's files by path.
 *
 * @param bytes - The EPUB.
 * @returns Path → bytes.
 */
export function entries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes)
}

/**
 * One entry as UTF-8 text.
 *
 * @param bytes - The EPUB.
 * @param name - The entry's path.
 * @returns Its text.
 */
export function entryText(bytes: Uint8Array, name: string): string {
  const entry = entries(bytes)[name]
  if (!entry) throw new Error(`No entry ${name} in the EPUB`)
  return strFromU8(entry)
}

/**
 * Unzip into a new temporary folder.
 *
 * @param bytes - The EPUB.
 * @returns The folder.
 */
export function unzipToFolder(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'colophon-unzip-'))
  for (const [name, data] of Object.entries(entries(bytes))) {
    // Entry names come from our own writer, but stay inside the folder whatever they say.
    const target = path.join(dir, name)
    if (!target.startsWith(dir + path.sep)) throw new Error(`Entry ${name} escapes the folder`)
    mkdirSync(path.dirname(target), {recursive: true})
    writeFileSync(target, data)
  }

  return dir
}
