// Waits until the Chrome of one build is gone, with its helpers, for the paths where puppeteer does not wait.
import {readFileSync, readdirSync} from 'node:fs'

/** How long to wait in all before giving up (a process stuck in the kernel cannot be hurried). */
const patience = 5000

/**
 * Wait until no process runs with the Chrome profile `userDataDir` and no Chrome child of this
 * process is left unreaped (Linux, from `/proc`; elsewhere it returns at once), killing those
 * still running after `killAfter` ms.
 *
 * puppeteer kills a browser whose launch failed or was aborted but does not wait for it to exit,
 * so a Ctrl-C during Chrome's start could end the build while Chrome was still dying, or not yet
 * reaped; and after a crash, helpers of the dead browser can linger, holding the pipes to its
 * output open. Node reaps its children while this awaits, so the wait ends when they are really
 * gone. Another build's Chrome is never killed: only ours has our profile.
 *
 * @param userDataDir - The profile folder our Chrome was started with.
 * @param killAfter - Milliseconds before one still running is killed (0 after a Ctrl-C).
 */
export async function chromeGone(userDataDir: string, killAfter = 1000): Promise<void> {
  const started = Date.now()
  for (;;) {
    const {ours, dying} = chromeProcesses(userDataDir)
    if (ours.length === 0 && dying === 0) return
    if (Date.now() - started >= killAfter) {
      for (const pid of ours) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // Gone meanwhile.
        }
      }
    }

    if (Date.now() - started > patience) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/**
 * Chrome's processes for `userDataDir`: the pids of every process whose command line names that
 * profile or a folder in it (the browser, its helpers and crashpad, whoever their parent is now), and how many Chrome children
 * of this process are exiting or exited but not reaped yet (they keep their name in
 * `/proc/PID/stat` but lose their command line). Nothing where there is no `/proc`.
 */
function chromeProcesses(userDataDir: string): {ours: number[]; dying: number} {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return {ours: [], dying: 0}
  }

  const ours: number[] = []
  let dying = 0
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      // `pid (comm) state ppid …`; comm may hold spaces and parentheses, so split at the last `)`.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const close = stat.lastIndexOf(')')
      const name = stat.slice(stat.indexOf('(') + 1, close)
      const [state, ppid] = stat.slice(close + 2).split(' ')
      // Exiting processes lose their command line before they become zombies.
      const args = state === 'Z' ? [] : readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean)
      // The browser and its helpers name the profile; crashpad names a folder inside it.
      if (args.some((arg) => arg.endsWith(`=${userDataDir}`) || arg.includes(`${userDataDir}/`))) ours.push(Number(entry))
      else if (args.length === 0 && Number(ppid) === process.pid && /chrom/i.test(name)) dying++
    } catch {
      // The process ended while we looked.
    }
  }

  return {ours, dying}
}
