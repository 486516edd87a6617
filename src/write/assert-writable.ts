// Checks that the output folder can take the outputs before any rendering work is spent.
import {randomBytes} from 'node:crypto'
import {constants} from 'node:fs'
import {access, mkdir, open, rm, statfs} from 'node:fs/promises'
import path from 'node:path'
import type {Book} from '../book.js'
import {StageError} from '../stage-error.js'

/**
 * Create `folder` if needed and make sure it can take `needed` bytes: it is a folder, it is
 * writable (a probe file is written and synced, which also catches read-only mounts, where
 * permission bits say nothing for root), and its file system has the space.
 *
 * @param folder - Output folder.
 * @param needed - Bytes the outputs will take, estimated; 0 to skip the space check.
 * @throws {StageError} Naming the folder when it cannot be written.
 */
export async function assertWritable(folder: string, needed = 0): Promise<void> {
  const fail = (why: string): StageError => new StageError('write', `Cannot write to output folder \`${folder}\`: ${why}`)
  const probe = path.join(folder, `.colophon-probe.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await mkdir(folder, {recursive: true})
    await access(folder, constants.W_OK)
    const handle = await open(probe, 'wx', 0o644)
    try {
      await handle.writeFile('colophon')
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw fail((error as NodeJS.ErrnoException).code ?? (error as Error).message)
  } finally {
    await rm(probe, {force: true}).catch(() => undefined)
  }

  if (needed <= 0) return
  const stats = await statfs(folder)
  const free = stats.bavail * stats.bsize
  if (free < needed) throw fail(`only ${mb(free)} MB free, the outputs need about ${mb(needed)} MB`)
}

/**
 * A generous estimate of the bytes the outputs need: each format carries every image and the text
 * (twice, for markup), plus 4 MB for fonts and packaging; two copies exist while a temporary file
 * is renamed over the previous output.
 *
 * @param book - The checked book.
 * @param formats - Formats to render.
 * @returns Bytes.
 */
export function outputEstimate(book: Pick<Book, 'assets' | 'chapters'>, formats: readonly string[]): number {
  let assets = 0
  for (const asset of book.assets.values()) assets += asset.bytes.length
  let text = 0
  for (const chapter of book.chapters) text += String(chapter.file.value ?? '').length
  return formats.length * (assets + 2 * text + 4 * 1024 * 1024)
}

/** Bytes as MB with one decimal. */
function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}
