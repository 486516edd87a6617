// Vitest global setup: compile src/ into lib/ once, before any test file runs.
// The CLI tests run `bin/colophon.js`, which loads lib/; compiling inside a test file instead
// rewrote lib/ while another worker was importing it, and that import saw a half-written module.
import {spawnSync} from 'node:child_process'
import path from 'node:path'

/** Compile with the project's own TypeScript; throws with tsc's output when it fails. */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..')
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc')
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {cwd: root, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`Compiling src/ into lib/ failed:\n${result.stdout}${result.stderr}`)
}
