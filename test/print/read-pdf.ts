// Test helper: reads a PDF back with pdfjs-dist (text positions, outline, links, labels) and poppler (fonts, info).
import {execFileSync} from 'node:child_process'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {pageArea} from './page-margins.js'

/** A run of text on a page, with its baseline position from the top-left corner in points. */
export interface TextItem {
  text: string
  x: number
  y: number
  /** Advance width in points, so `x + width` is where the run ends. */
  width: number
}

/** One page of a PDF as the tests see it. */
export interface PageText {
  width: number
  height: number
  items: TextItem[]
  /** Text in the top margin (running head). */
  head: string
  /** Text in the bottom margin (folio). */
  foot: string
  /** Text inside the page area: everything but the running head and the folio. */
  body: TextItem[]
  /** All text, joined. */
  text: string
  /** Internal links: their rectangle's text, the named destination and the page (1-based) they go to. */
  links: Array<{text: string; dest: string | undefined; page: number | undefined}>
  /** External links: their rectangle's text and the URI they open. */
  uris: Array<{text: string; url: string}>
}

/** A bookmark with its page and children. */
export interface Bookmark {
  title: string
  page: number | undefined
  children: Bookmark[]
}

/** What {@link readPdf} returns. */
export interface ReadPdf {
  pages: PageText[]
  outline: Bookmark[]
  labels: string[] | null
}

/**
 * Read every page's text with positions, the outline and the page labels.
 *
 * @param bytes - The PDF.
 * @returns Pages, outline and labels.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0}).promise
  // eslint-style note: pdfjs types destinations loosely; every use below checks the shape.
  const pageOfDest = async (dest: unknown): Promise<number | undefined> => {
    const array = typeof dest === 'string' ? await doc.getDestination(dest) : dest
    const ref = Array.isArray(array) ? array[0] : undefined
    if (ref && typeof ref === 'object') return (await doc.getPageIndex(ref as {num: number; gen: number})) + 1
    return undefined
  }

  const pages: PageText[] = []
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const items: TextItem[] = []
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue
      items.push({text: item.str, x: item.transform[4] as number, y: height - (item.transform[5] as number), width: item.width})
    }

    const links: PageText['links'] = []
    const uris: PageText['uris'] = []
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Link') continue
      const [x1, y1, x2, y2] = annotation.rect as [number, number, number, number]
      const inside = items.filter((item) => item.x >= x1 - 1 && item.x <= x2 && height - item.y >= y1 - 2 && height - item.y <= y2 + 2)
      const text = inside.map((item) => item.text).join(' ')
      if (typeof annotation.url === 'string') uris.push({text, url: annotation.url})
      else if (annotation.dest) links.push({text, dest: typeof annotation.dest === 'string' ? annotation.dest : undefined, page: await pageOfDest(annotation.dest)})
    }

    // A baseline in the top margin is a running head's, one in the bottom margin a folio's: the
    // page area is the stylesheet's, so this holds on every page size.
    const area = pageArea()
    const join = (list: TextItem[]) => list.map((item) => item.text).join(' ').replace(/\s+/g, ' ').trim()
    pages.push({
      width,
      height,
      items,
      head: join(items.filter((item) => item.y < height * area.top)),
      foot: join(items.filter((item) => item.y > height * area.bottom)),
      body: items.filter((item) => item.y >= height * area.top && item.y <= height * area.bottom),
      text: join(items),
      links,
      uris
    })
  }

  const walk = async (items: Array<{title: string; dest: unknown; items: unknown[]}> | null): Promise<Bookmark[]> =>
    Promise.all((items ?? []).map(async (item) => ({title: item.title, page: await pageOfDest(item.dest), children: await walk(item.items as never)})))
  const outline = await walk((await doc.getOutline()) as never)
  const labels = await doc.getPageLabels()
  await doc.destroy()
  return {pages, outline, labels}
}

/**
 * Run a poppler tool on a file and return its output.
 *
 * @param tool - `pdfinfo`, `pdffonts`…
 * @param file - The PDF.
 * @returns Standard output.
 */
export function poppler(tool: string, file: string): string {
  return execFileSync(tool, [file], {encoding: 'utf8'})
}
