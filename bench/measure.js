// Times one whole process: wall time, peak RSS of its largest process (GNU time) and the sampled peak PSS of its whole process tree.
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : undefined
const sampleEvery = 100

/** Whether peak RSS of the largest process comes from GNU time (else only the tree sampler). */
export const hasGnuTime = Boolean(gnuTime)

/**
 * Run `command` with `args` to completion and measure it.
 *
 * @param {string} command - Executable.
 * @param {string[]} args - Arguments.
 * @param {{cwd?: string, env?: NodeJS.ProcessEnv}} [options] - Where and with what environment.
 * @returns {Promise<{ms: number, code: number, maxRssKiB?: number, treePssKiB: number, chrome: boolean, stderr: string, stdout: string}>}
 *   Wall time, exit code, largest single-process peak RSS (GNU time, includes Chrome's processes), the tree's summed PSS
 *   peak sampled every 100 ms (Linux /proc), whether a Chrome process appeared, and the output.
 */
export function measure(command, args, options = {}) {
  const rssFile = path.join(tmpdir(), `colophon-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`)
  const [file, argv] = gnuTime ? [gnuTime, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args]
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(file, argv, {cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const tree = {peak: 0, chrome: false}
    const timer = setInterval(() => sampleTree(child.pid, tree), sampleEvery)
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - start
      clearInterval(timer)
      let maxRssKiB
      if (gnuTime) {
        const text = existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : ''
        rmSync(rssFile, {force: true})
        // GNU time writes "Command exited with non-zero status N" before the figure on failure.
        const figure = text.trim().split('\n').at(-1)
        maxRssKiB = figure && /^\d+$/.test(figure) ? Number(figure) : undefined
      }

      resolve({ms, code: code ?? 1, maxRssKiB, treePssKiB: tree.peak, chrome: tree.chrome, stdout, stderr})
    })
  })
}

/** Sum the proportional resident memory of every descendant of `root` (not `root`, which is GNU time or the child itself). */
function sampleTree(root, tree) {
  if (process.platform !== 'linux' || root === undefined) return
  const parents = new Map()
  const names = new Map()
  let entries
  try {
    entries = readdirSync('/proc')
  } catch {
    return
  }

  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const close = stat.lastIndexOf(')')
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close))
      parents.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]))
    } catch {
      // The process ended between listing and reading.
    }
  }

  const inTree = new Set([root])
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, parent] of parents) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid)
        grew = true
      }
    }
  }

  let sum = 0
  for (const pid of inTree) {
    if (pid === root && gnuTime) continue
    if (/chrom/i.test(names.get(pid) ?? '')) tree.chrome = true
    try {
      // Proportional set size: pages Chrome's processes share are counted once over the tree, not once per process.
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))
      sum += match ? Number(match[1]) : 0
    } catch {
      // Gone already.
    }
  }

  tree.peak = Math.max(tree.peak, sum)
}
