// The chapter files a link may mean when it names a page the way another book tool writes it.
import path from 'node:path'

/**
 * Paths to try, in order, when a link's file part names no chapter as written.
 *
 * Books written for other tools link to their rendered pages or documents: mdBook and GitBook
 * to `intro.html` and `guide/index.html` (a folder's `README.md`), Jupyter Book and Sphinx to
 * `intro` without an extension, Quarto and mdBook to `/part/intro.md` from the book's root. Each
 * alternative is still resolved inside the manuscript folder; a path starting with `/` is
 * returned with its `/`, meaning the manuscript folder, never the file system's root.
 *
 * @param file - The link's file part, decoded, without `#fragment`.
 * @returns Alternatives to try, most likely first; none for a path that needs no help.
 */
export function chapterAlternatives(file: string): string[] {
  const rooted = /^\/(?!\/)/.test(file)
  const rest = rooted ? file.slice(1) : file
  const prefix = rooted ? '/' : ''
  const result: string[] = []
  const {dir, name, ext} = path.posix.parse(rest)
  const join = (base: string) => prefix + (dir ? `${dir}/${base}` : base)
  if (rest.endsWith('/') || rest === '') {
    result.push(`${prefix}${rest}README.md`, `${prefix}${rest}index.md`)
  } else if (/^\.html?$/i.test(ext)) {
    if (name === 'index') result.push(join('README.md'), join('index.md'))
    result.push(join(`${name}.md`))
  } else if (ext === '') {
    result.push(join(`${name}.md`), `${prefix}${rest}/README.md`, `${prefix}${rest}/index.md`)
  }

  return result
}
