// Lists the Markdown files of a manuscript folder, the files a book could hold as chapters.
import {readdirSync} from 'node:fs'
import path from 'node:path'

/** File name endings read as Markdown chapters: CommonMark's, and Quarto's `.qmd`. */
export const markdownExtensions = ['.md', '.markdown', '.qmd'] as const

/**
 * Every Markdown file under `root`, as `/`-separated relative paths, sorted so order never depends on the
 * file system. Hidden folders and `node_modules` are not looked into.
 *
 * @param root - The manuscript folder.
 * @returns Relative paths.
 */
export function listMarkdown(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (markdownExtensions.some((extension) => entry.name.toLowerCase().endsWith(extension))) found.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }

  walk(root)
  return found.sort()
}
