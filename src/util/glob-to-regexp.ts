// Turns the simple globs of `book.yaml` (`images/*.svg`, `drafts/**`) into regular expressions over manuscript paths.
import path from 'node:path'

/**
 * A glob (`images/*.svg`, `images/**`, `photos/p?.jpg`) as a regular expression over `/`-separated paths.
 *
 * @param glob - Pattern relative to the manuscript.
 * @returns An anchored expression.
 */
export function globToRegExp(glob: string): RegExp {
  const normal = path.posix.normalize(glob.replace(/\\/g, '/')).replace(/^\.\//, '')
  let source = ''
  for (let index = 0; index < normal.length; index++) {
    const char = normal[index] ?? ''
    if (char === '*' && normal[index + 1] === '*') {
      const slash = normal[index + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      index += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }

  return new RegExp(`^${source}$`)
}
