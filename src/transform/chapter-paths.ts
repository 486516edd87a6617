// The chapter files a link may mean when it is written the way another tool's books write links to chapters.
import {markdownExtensions} from '../load/list-markdown.js'

/**
 * Paths to try, in order, for a link's file part: the path as written, then the chapter forms of the
 * traditions Colophon reads. mdBook and HonKit books link to the page they build (`setup.html`, and
 * `index.html` for a folder's `README.md`); MyST and Quarto books write `setup` or `setup/`; a path that
 * starts with `/` is relative to the book's folder in Quarto and Jupyter Book, not to the disk.
 *
 * @param file - The link's file part, decoded (`../cli/index.html`).
 * @returns `{path, fromRoot}` pairs: `fromRoot` when the path is relative to the manuscript folder.
 */
export function chapterPaths(file: string): Array<{path: string; fromRoot: boolean}> {
  const fromRoot = file.startsWith('/')
  const written = fromRoot ? file.replace(/^\/+/, '') : file
  const candidates = [written]
  const folder = /(^|\/)$/.test(written) ? written : /(^|\/)index\.html?$/i.test(written) ? written.replace(/index\.html?$/i, '') : undefined
  if (folder !== undefined) {
    candidates.push(`${folder}README.md`, ...markdownExtensions.map((extension) => `${folder}index${extension}`))
  } else if (/\.html?$/i.test(written)) {
    candidates.push(...markdownExtensions.map((extension) => written.replace(/\.html?$/i, extension)))
  } else if (!/\.[\w]+$/.test(written.split('/').pop() ?? '')) {
    candidates.push(...markdownExtensions.map((extension) => written + extension), `${written}/README.md`, `${written}/index.md`, `${written}/index.qmd`)
  }

  return candidates.map((path) => ({path, fromRoot}))
}
