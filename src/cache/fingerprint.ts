// The build's fingerprint: Colophon's version, its own code and the installed dependencies, so any upgrade or edit invalidates the cache.
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Bump when the layout of cache entries changes. */
export const cacheFormat = 2

let memo: string | undefined

/**
 * Hash of everything besides the manuscript that a cached result depends on: the cache format,
 * `package.json` (Colophon's version and its exact dependency versions), the installed dependency
 * tree (`node_modules/.package-lock.json`, when npm wrote one) and the bytes of Colophon's own
 * modules (every `.js`/`.ts` file beside this one's parent folder) and of `templates/`, so a rebuilt or edited
 * Colophon never reuses what an older one cached. Computed once per process (a few milliseconds).
 *
 * @returns A hex SHA-256.
 */
export function fingerprint(): string {
  if (memo !== undefined) return memo
  const hash = createHash('sha256').update(`colophon-cache-${cacheFormat}\0`)
  const code = path.dirname(path.dirname(fileURLToPath(import.meta.url))) // lib/ (or src/ under tests)
  const root = path.dirname(code)
  for (const file of [
    path.join(root, 'package.json'),
    path.join(root, 'node_modules', '.package-lock.json'),
    // Installed as a dependency: npm's record sits in the node_modules folder that holds Colophon.
    path.join(root, '..', '.package-lock.json')
  ]) {
    hash.update(`${path.relative(root, file)}\0`)
    if (existsSync(file)) hash.update(readFileSync(file))
  }

  for (const file of codeFiles(code, /\.(js|ts)$/)) hash.update(`${path.relative(code, file)}\0`).update(readFileSync(file))
  // Stylesheets and page templates the renderers read at run time.
  const templates = path.join(root, 'templates')
  if (existsSync(templates)) for (const file of codeFiles(templates, /./)) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file))
  memo = hash.digest('hex')
  return memo
}

/** Every file under `dir` whose name matches `pattern` (declarations aside), sorted so the hash never depends on the file system's order. */
function codeFiles(dir: string, pattern: RegExp): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...codeFiles(full, pattern))
    else if (pattern.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(full)
  }

  return found.sort()
}
