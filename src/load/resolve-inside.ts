// Resolves a path the manuscript names and refuses anything outside the manuscript folder.
import {realpathSync} from 'node:fs'
import path from 'node:path'

/** Result of {@link resolveInside}. */
export type Resolved =
  | {ok: true; path: string; href: string}
  | {ok: false; reason: 'outside' | 'missing'; path: string}

/**
 * Resolve `reference` (relative to `fromDir`) inside `root`, following symbolic links.
 *
 * A sibling folder whose name starts like the root's (`book-evil` beside `book`) is outside:
 * the check compares whole path segments, not string prefixes.
 *
 * @param root - Absolute real path of the manuscript folder.
 * @param fromDir - Absolute folder the reference is relative to.
 * @param reference - The path as written (already URL-decoded).
 * @returns The real path and its `/`-separated path relative to `root`, or why not.
 */
export function resolveInside(root: string, fromDir: string, reference: string): Resolved {
  const candidate = path.resolve(fromDir, reference)
  if (!isInside(root, candidate)) return {ok: false, reason: 'outside', path: candidate}
  let real: string
  try {
    real = realpathSync(candidate)
  } catch {
    return {ok: false, reason: 'missing', path: candidate}
  }

  if (!isInside(root, real)) return {ok: false, reason: 'outside', path: real}
  return {ok: true, path: real, href: path.relative(root, real).split(path.sep).join('/')}
}

/**
 * Whether `target` is `root` itself or below it.
 *
 * @param root - Absolute folder.
 * @param target - Absolute path.
 * @returns `true` when inside.
 */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
