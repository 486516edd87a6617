// Reads a `SUMMARY.md` table of contents, as mdBook and GitBook/HonKit write it, into chapter entries.
import type {List, ListItem, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {ChapterEntry} from './imported-book.js'

/** A `SUMMARY.md` as chapter lists, before it is split into front, body and back matter. */
export interface Summary {
  /** Links before the first list or part heading (mdBook's prefix chapters). */
  prefix: ChapterEntry[]
  /** The numbered chapters, with parts where the summary has part headings. */
  numbered: ChapterEntry[]
  /** Links after the last list (mdBook's suffix chapters). */
  suffix: ChapterEntry[]
  /** Entries left out, said in words (drafts, anchors into a file already listed, outside links). */
  skipped: string[]
}

/**
 * Parse a `SUMMARY.md`.
 *
 * @param text - The file's text.
 * @param base - Folder of the summary relative to the manuscript (`en/`), prefixed to every path.
 * @returns Prefix, numbered and suffix entries.
 */
export function readSummary(text: string, base = ''): Summary {
  const tree = unified().use(remarkParse).parse(text) as Root
  const summary: Summary = {prefix: [], numbered: [], suffix: [], skipped: []}
  const seen = new Set<string>()
  let part: {part: string; chapters: ChapterEntry[]} | undefined
  let sawList = false
  let firstHeading = true

  const target = (url: string, title: string): string | undefined => {
    if (url === '') {
      summary.skipped.push(`draft chapter “${title}” (no file)`)
      return undefined
    }

    if (/^[a-z][a-z\d+.-]*:/i.test(url)) {
      summary.skipped.push(`“${title}” links outside the book (${url})`)
      return undefined
    }

    const [file = ''] = url.split('#')
    const href = base + decodeURI(file).replace(/^\.\//, '')
    if (seen.has(href)) {
      // GitBook summaries list sections of a chapter as `file.md#anchor`; the chapter is already there.
      if (url.includes('#')) summary.skipped.push(`“${title}” is a section of \`${href}\`, already a chapter`)
      else summary.skipped.push(`\`${href}\` is listed twice; kept at its first place`)
      return undefined
    }

    seen.add(href)
    return href
  }

  const fromList = (list: List): ChapterEntry[] => list.children.flatMap((item) => fromItem(item))
  const fromItem = (item: ListItem): ChapterEntry[] => {
    const link = findLink(item)
    // The item before its children: a section link (`file.md#part`) below its own chapter is then known as one.
    const file = link ? target(link.url, link.title) : undefined
    const nested = item.children.filter((child): child is List => child.type === 'list').flatMap((child) => fromList(child))
    if (file === undefined) return nested
    return nested.length > 0 ? [{file, chapters: nested}] : [file]
  }

  for (const node of tree.children) {
    if (node.type === 'heading') {
      // The first heading is the summary's own title (`# Summary`); later ones name parts.
      if (firstHeading && !sawList) {
        firstHeading = false
        continue
      }

      part = {part: toString(node).trim(), chapters: []}
      summary.numbered.push(part)
      sawList = true
    } else if (node.type === 'list') {
      const entries = fromList(node)
      if (part) part.chapters.push(...entries)
      else summary.numbered.push(...entries)
      sawList = true
    } else if (node.type === 'paragraph') {
      for (const link of links(node)) {
        const file = target(link.url, link.title)
        if (file !== undefined) (sawList ? summary.suffix : summary.prefix).push(file)
      }
    }
  }

  return summary
}

function findLink(item: ListItem): {url: string; title: string} | undefined {
  for (const child of item.children) {
    if (child.type === 'list') continue
    const [first] = links(child)
    if (first) return first
  }

  return undefined
}

function links(node: RootContent): Array<{url: string; title: string}> {
  const found: Array<{url: string; title: string}> = []
  const walk = (current: RootContent): void => {
    if (current.type === 'link') found.push({url: current.url, title: toString(current)})
    else if ('children' in current) for (const child of current.children as RootContent[]) walk(child)
  }

  walk(node)
  return found
}
