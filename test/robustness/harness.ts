// Test harness for hostile inputs: manuscripts, output snapshots, the CLI as a child process, a loopback server, a canary.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {crc32, deflateSync} from 'node:zlib'
import type {RunResult} from '../../src/pipeline.js'
import {afterAll} from 'vitest'
import {minimalBookYaml, runBook} from '../helpers/manuscript.js'

export {minimalBookYaml, runBook}

/** The repository root, for `bin/colophon.js`. */
export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Folders this file's tests made, removed when they are done. */
const made: string[] = []
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
})

/** A new temporary folder, removed after the test file. */
export function temporary(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A chapter that passes every check. */
export const goodChapter = '# Start\n\nThe first chapter.\n'

/**
 * A new project folder: `manuscript/` with `files` (a valid `book.yaml` and chapter unless given), and `dist/`.
 *
 * @param files - Paths relative to the manuscript and their contents.
 * @returns The project folder, its manuscript and its output folder.
 */
export function project(files: Record<string, string | Uint8Array> = {}): {dir: string; manuscript: string; out: string} {
  const dir = temporary('colophon-hostile-')
  const manuscript = path.join(dir, 'manuscript')
  const all = {'book.yaml': minimalBookYaml, '01-start.md': goodChapter, ...files}
  for (const [name, contents] of Object.entries(all)) {
    const target = path.join(manuscript, name)
    mkdirSync(path.dirname(target), {recursive: true})
    writeFileSync(target, contents)
  }

  return {dir, manuscript, out: path.join(dir, 'dist')}
}

/** Every message of a run as `file ruleId line:column`, like the helpers' `messagesOf`. */
export function messages(result: RunResult): string[] {
  return result.files.flatMap((file) => file.messages.map((message) => `${path.basename(file.path ?? '')} ${message.ruleId} ${message.line}:${message.column}`))
}

/** Every message's text, for asserting wording. */
export function reasons(result: RunResult): string[] {
  return result.files.flatMap((file) => file.messages.map((message) => message.reason))
}

/**
 * Every file below `folder` (dot files included) with the SHA-256 of its bytes.
 *
 * @param folder - Folder to snapshot; a missing folder is empty.
 * @returns Relative path → hash, sorted by path.
 */
export function snapshot(folder: string): Record<string, string> {
  const result: Record<string, string> = {}
  const walk = (dir: string): void => {
    let entries
    try {
      entries = readdirSync(dir, {withFileTypes: true})
    } catch {
      return
    }

    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else result[path.relative(folder, full)] = createHash('sha256').update(readFileSync(full)).digest('hex')
    }
  }

  walk(folder)
  return result
}

/** Files left behind that only a half-done write makes: temporaries, probes, locks. */
export function leftovers(folder: string): string[] {
  return Object.keys(snapshot(folder)).filter((name) => /\.tmp$|\.colophon\.lock|\.stale$/.test(name))
}

/** Put "previous good outputs" into `out`, so a test can assert they survive byte for byte. */
export function previousOutputs(out: string, base = 'a-small-book'): Record<string, string> {
  mkdirSync(out, {recursive: true})
  writeFileSync(path.join(out, `${base}.epub`), 'previous epub ' + 'x'.repeat(1000))
  writeFileSync(path.join(out, `${base}.pdf`), '%PDF-1.7 previous pdf ' + 'y'.repeat(1000))
  return snapshot(out)
}

/** Result of {@link runCli}. */
export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Run `node bin/colophon.js …args` (compiled `lib/`: the tests' global setup compiles it first).
 *
 * @param args - CLI arguments.
 * @param options - Working folder, environment additions, and a hook called with the child and each stderr chunk.
 * @returns Exit code, signal and output.
 */
export function runCli(
  args: string[],
  options: {cwd?: string; env?: NodeJS.ProcessEnv; prefix?: string[]; onStderr?: (child: ChildProcess, text: string) => void} = {}
): Promise<CliResult> {
  const command = [...(options.prefix ?? []), process.execPath, path.join(repo, 'bin', 'colophon.js'), ...args]
  const child = spawn(command[0] ?? '', command.slice(1), {cwd: options.cwd ?? repo, env: {...process.env, NO_COLOR: '1', ...options.env}})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
    options.onStderr?.(child, stderr)
  })
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({code, signal, stdout, stderr})))
}

/** A loopback HTTP server that counts every request it sees. */
export async function loopback(): Promise<{url: string; requests: string[]; close: () => Promise<void>}> {
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '')
    response.writeHead(200, {'content-type': 'image/png'}).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve()))}
}

/** A file outside any project whose unique content must never appear in an output. */
export function canary(): {path: string; secret: string} {
  const dir = temporary('colophon-canary-')
  const secret = `CANARY-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`
  const file = path.join(dir, 'canary.txt')
  writeFileSync(file, secret + '\n')
  return {path: file, secret}
}

/** Pids of processes whose command line contains `needle` (for "no Chrome left behind"). */
export function processesMatching(needle: string): number[] {
  const found = spawnSync('pgrep', ['-f', '--', needle], {encoding: 'utf8'})
  return found.stdout.split('\n').filter(Boolean).map(Number).filter((pid) => pid !== process.pid)
}

/**
 * How this machine lets a test mount a private tmpfs: `unshare -m` as root, or through
 * passwordless `sudo` (hosted CI runners); `undefined` when neither works.
 */
export const tmpfsRunner: string[] | undefined = (() => {
  const probe = 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d" && umount "$d" && rmdir "$d"'
  for (const runner of [['unshare', '-m'], ['sudo', '-n', '--preserve-env', 'unshare', '-m']]) {
    if (spawnSync(runner[0]!, [...runner.slice(1), 'sh', '-c', probe]).status === 0) return runner
  }

  return undefined
})()

/** Why the tmpfs tests cannot run here, for `requireTool` (which fails, not skips, under `CI=true`). */
export const noTmpfsReason = tmpfsRunner ? undefined : 'cannot mount a private tmpfs: needs root or passwordless sudo, and unshare'

/**
 * A real PNG of `width` × `height` RGBA pixels (all transparent), every CRC correct.
 *
 * @param width - Pixels.
 * @param height - Pixels.
 * @param idat - Override the compressed data (a tiny stream when the header claims a huge size).
 * @returns The file's bytes.
 */
export function png(width = 1, height = 1, idat?: Uint8Array): Buffer {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }

  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const rows = idat ?? deflateSync(Buffer.alloc((width * 4 + 1) * height))
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', rows), chunk('IEND', new Uint8Array())])
}
