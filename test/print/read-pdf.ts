// Test helper: reads a PDF back with pdfjs-dist (text positions, outline, links, labels) and poppler (fonts, info).
import {execFileSync} from 'node:child_process'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {pageArea} from './page-margins.js'
import {structBlocks, type Block} from './struct-blocks.js'

/** A run of text on a page, with its baseline position from the top-left corner in points. */
export interface TextItem {
  text: string
  x: number
  y: number
  /** Advance width in points, so `x + width` is where the run ends. */
  width: number
  /** Part of the tagged content (the document's flow); Chrome leaves margin boxes untagged. */
  tagged: boolean
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
  /** Figures and tables with content on this page, from the tags. */
  blocks: Block[]
}

/** A bookmark with its page and children. */
export interface Bookmark {
  title: string
  page: number | undefined
  /** Where the heading's box starts, in points from the top of its page. */
  top: number | undefined
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
  const placeOfDest = async (dest: unknown): Promise<{page: number | undefined; y: number | undefined}> => {
    const array: unknown = typeof dest === 'string' ? await doc.getDestination(dest) : dest
    const ref = Array.isArray(array) ? array[0] : undefined
    // An XYZ destination is [page, /XYZ, left, top, zoom], top counted up from the page's foot.
    const y = Array.isArray(array) && typeof array[3] === 'number' ? array[3] : undefined
    if (ref && typeof ref === 'object') return {page: (await doc.getPageIndex(ref as {num: number; gen: number})) + 1, y}
    return {page: undefined, y}
  }
  const pageOfDest = async (dest: unknown): Promise<number | undefined> => (await placeOfDest(dest)).page

  const pages: PageText[] = []
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent({includeMarkedContent: true})
    const items: TextItem[] = []
    // Marked-content sections nest; those with an id are tied to the structure tree.
    const marks: boolean[] = []
    for (const item of content.items) {
      if (!('str' in item)) {
        if (item.type === 'endMarkedContent') marks.pop()
        else marks.push(Boolean(item.id))
        continue
      }

      if (item.str.trim() === '') continue
      items.push({text: item.str, x: item.transform[4] as number, y: height - (item.transform[5] as number), width: item.width, tagged: marks.includes(true)})
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

    // Untagged text with its baseline in the top margin is a running head, in the bottom margin a
    // folio: the page area is the stylesheet's, so this holds on every page size. Tagged text is
    // the book's own, such as the words of a cover image on the margin-less cover page.
    const area = pageArea()
    const head = items.filter((item) => !item.tagged && item.y < height * area.top)
    const foot = items.filter((item) => !item.tagged && item.y > height * area.bottom)
    const join = (list: TextItem[]) => list.map((item) => item.text).join(' ').replace(/\s+/g, ' ').trim()
    pages.push({
      width,
      height,
      items,
      head: join(head),
      foot: join(foot),
      body: items.filter((item) => !head.includes(item) && !foot.includes(item)),
      text: join(items),
      links,
      uris,
      blocks: structBlocks(await page.getStructTree())
    })
  }

  const walk = async (items: Array<{title: string; dest: unknown; items: unknown[]}> | null): Promise<Bookmark[]> =>
    Promise.all(
      (items ?? []).map(async (item) => {
        const {page, y} = await placeOfDest(item.dest)
        const height = pages[(page ?? 0) - 1]?.height
        return {title: item.title, page, top: height === undefined || y === undefined ? undefined : height - y, children: await walk(item.items as never)}
      })
    )
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
