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
 * @param reference - The path as written (already URL-decoded, so `%2e%2e/` arrives as `../`).
 * @returns The real path and its `/`-separated path relative to `root`, or why not.
 */
export function resolveInside(root: string, fromDir: string, reference: string): Resolved {
  // A manuscript must build the same wherever it is copied, so it names files relative to itself:
  // absolute paths, Windows drive paths (`C:\`, `C:/`), UNC shares (`\\host\share`) and
  // `file:` URLs are outside even when they happen to point in. Backslashes count as separators,
  // so `..\..\etc` is caught like `../../etc` (the path escapes of CVE-2023-44451).
  const normalized = reference.replace(/\\/g, '/')
  if (/^(?:\/|[a-z]:|file:)/i.test(normalized) || normalized.includes('\0')) {
    return {ok: false, reason: 'outside', path: reference}
  }

  const candidate = path.resolve(fromDir, normalized)
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
