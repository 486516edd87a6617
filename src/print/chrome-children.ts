// Waits for the Chrome processes this process started to be gone, for the paths where puppeteer does not wait.
import {readFileSync, readdirSync} from 'node:fs'

/** How long to wait for a Chrome being killed before killing it again and giving up. */
const patience = 5000

/**
 * Wait until no Chrome child of this process runs with the profile `userDataDir`, and none is left
 * unreaped (Linux, from `/proc`; elsewhere it returns at once), killing one still running after
 * `killAfter` ms.
 *
 * puppeteer kills a browser whose launch failed or was aborted but does not wait for it to exit,
 * so a Ctrl-C during Chrome's start could end the build while Chrome was still dying, or not yet
 * reaped. Node reaps its children while this awaits, so the wait ends when they are really gone.
 * Another build's Chrome in the same process is never killed: only ours has our profile.
 *
 * @param userDataDir - The profile folder our Chrome was started with.
 * @param killAfter - Milliseconds before one still running is killed (0 after a Ctrl-C).
 */
export async function chromeChildrenGone(userDataDir: string, killAfter = 1000): Promise<void> {
  const started = Date.now()
  let killed = false
  for (;;) {
    const {ours, dying} = chromeChildren(userDataDir)
    if (ours.length === 0 && dying === 0) return
    if (!killed && Date.now() - started >= killAfter) {
      killed = true
      for (const pid of ours) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // Gone meanwhile, or a zombie awaiting its reaping.
        }
      }
    }

    if (Date.now() - started > patience) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/**
 * This process's Chrome children: the pids of those running with `userDataDir`, and how many are
 * exiting or exited but not reaped yet (they keep their name in `/proc/PID/stat` but lose their
 * command line). Nothing where there is no `/proc`.
 */
function chromeChildren(userDataDir: string): {ours: number[]; dying: number} {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return {ours: [], dying: 0}
  }

  const ours: number[] = []
  let dying = 0
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // `pid (comm) state ppid …`; comm may hold spaces and parentheses, so split at the last `)`.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const close = stat.lastIndexOf(')')
      const name = stat.slice(stat.indexOf('(') + 1, close)
      const [state, ppid] = stat.slice(close + 2).split(' ')
      if (Number(ppid) !== process.pid || !/chrom/i.test(name)) continue
      // Exiting processes lose their command line before they become zombies: wait for those too.
      const args = state === 'Z' ? [] : readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean)
      if (args.length === 0) dying++
      else if (args.includes(`--user-data-dir=${userDataDir}`)) ours.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }

  return {ours, dying}
}
