// Writes an output so a reader never sees half a file: a temporary file in the same folder, then a rename.
import {randomBytes} from 'node:crypto'
import {open, rename, rm} from 'node:fs/promises'
import path from 'node:path'

/**
 * Write `bytes` to `target` atomically.
 *
 * The temporary file sits beside the target so the rename never crosses file systems; on any
 * failure it is removed and the previous `target` is left as it was.
 *
 * @param target - Final path.
 * @param bytes - Contents.
 */
export async function writeAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    const handle = await open(temporary, 'wx', 0o644)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }

    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
