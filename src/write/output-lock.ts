// One build at a time per output folder: an exclusive lock file holding the builder's pid, stale locks taken over.
import {readFile, rename, rm, writeFile, link, unlink} from 'node:fs/promises'
import {hostname} from 'node:os'
import path from 'node:path'
import {StageError} from '../stage-error.js'

/** Name of the lock file inside the output folder. */
export const lockName = '.colophon.lock'

/** Who holds a lock, as written in the lock file. */
interface Holder {
  pid: number
  host: string
}

/**
 * Take the output folder's lock, so a second build into the same folder fails clearly instead of
 * interleaving its files with ours. A lock whose process is gone (same host, pid not running) is
 * stale and taken over; a lock from another host is respected, since its pid cannot be checked.
 *
 * @param folder - Output folder; it must exist.
 * @returns A function that releases the lock (safe to call twice).
 * @throws {StageError} When another build holds the lock, or the folder cannot take the lock file.
 */
export async function acquireOutputLock(folder: string): Promise<() => Promise<void>> {
  const lock = path.join(folder, lockName)
  const me: Holder = {pid: process.pid, host: hostname()}
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, JSON.stringify(me) + '\n', {flag: 'wx', mode: 0o644})
      let released = false
      return async () => {
        if (released) return
        released = true
        await rm(lock, {force: true})
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EEXIST') throw new StageError('write', `Cannot write to output folder \`${folder}\`: ${code ?? (error as Error).message}`)
    }

    const holder = await readHolder(lock)
    if (holder && (holder.host !== me.host || isRunning(holder.pid))) {
      throw new StageError(
        'write',
        `Another build (pid ${holder.pid}) is writing to \`${folder}\`; wait for it to finish, or delete \`${lock}\` if it is not running`
      )
    }

    await takeOver(lock, holder)
  }

  throw new StageError('write', `Another build is writing to \`${folder}\`; wait for it to finish`)
}

/** Move a stale lock aside; if another process replaced it meanwhile, put theirs back and let the retry fail. */
async function takeOver(lock: string, stale: Holder | undefined): Promise<void> {
  const aside = `${lock}.${process.pid}.stale`
  try {
    await rename(lock, aside)
  } catch {
    return // Someone else moved it first; the retry sees what is there now.
  }

  const moved = await readHolder(aside)
  if (moved && stale && moved.pid !== stale.pid) await link(aside, lock).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
}

/** The lock's holder, or `undefined` when the file is gone or unreadable (a crash while writing it). */
async function readHolder(lock: string): Promise<Holder | undefined> {
  try {
    const data = JSON.parse(await readFile(lock, 'utf8')) as Partial<Holder>
    return typeof data.pid === 'number' && typeof data.host === 'string' ? {pid: data.pid, host: data.host} : undefined
  } catch {
    return undefined
  }
}

/** Whether a process with `pid` exists (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
