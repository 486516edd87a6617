// Reads where Chrome put each link target: the PDF's named destinations, as page numbers and heights on the page.
import {ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject} from 'pdf-lib'

/** Where the targets of a printed document fall. */
export interface Destinations {
  /** Number of pages. */
  pageCount: number
  /** Id of each link target → 1-based page number. */
  pages: Map<string, number>
  /**
   * Id of each link target → how far down its page it is, in CSS pixels (where known). Chrome
   * counts from the top of the page's content area, not from its edge: compare with another
   * destination, not with the page.
   */
  tops?: Map<string, number>
  /**
   * The first page's size in CSS pixels, as Chrome printed it: the page box Chrome lays out, which
   * it rounds (A5's 148 mm is 559.4 px in CSS, 560 px in the PDF), so page geometry is computed from it.
   */
  pageSize?: {width: number; height: number}
}

/**
 * Read the named destinations (PDF 1.7 §12.3.2.3: the catalog's `/Dests`, or the `/Dests` name tree
 * under `/Names`) that Chrome writes for every element an `<a href="#id">` points at.
 *
 * @param pdf - A PDF, as bytes or already loaded.
 * @returns The page of every destination, and its height on the page.
 */
export async function readDestinations(pdf: Uint8Array | PDFDocument): Promise<Destinations> {
  const doc = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, {updateMetadata: false, parseSpeed: ParseSpeeds.Fastest})
  const pageOf = new Map<PDFRef, {number: number; height: number}>()
  doc.getPages().forEach((page, index) => pageOf.set(page.ref, {number: index + 1, height: page.getHeight()}))
  const pages = new Map<string, number>()
  const tops = new Map<string, number>()
  const add = (name: string, value: PDFObject | undefined): void => {
    let target = value instanceof PDFRef ? doc.context.lookup(value) : value
    if (target instanceof PDFDict) target = target.lookup(PDFName.of('D'))
    const ref = target instanceof PDFArray ? target.get(0) : undefined
    const page = ref instanceof PDFRef ? pageOf.get(ref) : undefined
    if (page === undefined) return
    pages.set(name, page.number)
    // `[page /XYZ left top zoom]` (PDF 1.7 §12.3.2.2): top in points up from the foot.
    const top = target instanceof PDFArray && target.size() >= 4 ? target.lookup(3) : undefined
    if (top instanceof PDFNumber) tops.set(name, ((page.height - top.asNumber()) * 4) / 3)
  }

  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  for (const [key, value] of dests?.entries() ?? []) add(decodeName(key.asString()), value)
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict)
  if (names) walkNameTree(doc, names, add)
  const first = doc.getPageCount() > 0 ? doc.getPage(0) : undefined
  const pageSize = first ? {width: (first.getWidth() * 4) / 3, height: (first.getHeight() * 4) / 3} : undefined
  return {pageCount: doc.getPageCount(), pages, tops, ...(pageSize ? {pageSize} : {})}
}

/** A name tree node (PDF 1.7 §7.9.6): `/Names [key value …]` leaves under `/Kids`. */
function walkNameTree(doc: PDFDocument, node: PDFDict, add: (name: string, value: PDFObject | undefined) => void): void {
  const leaves = node.lookupMaybe(PDFName.of('Names'), PDFArray)
  for (let index = 0; leaves && index + 1 < leaves.size(); index += 2) {
    const key = leaves.lookup(index)
    if (key instanceof PDFString || key instanceof PDFHexString) add(key.decodeText(), leaves.get(index + 1))
  }

  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
  for (let index = 0; kids && index < kids.size(); index++) {
    const kid = kids.lookup(index)
    if (kid instanceof PDFDict) walkNameTree(doc, kid, add)
  }
}

/** `/Name#20x` → `Name x`: PDF names escape bytes as `#xx` (PDF 1.7 §7.3.5), and ids are UTF-8. */
function decodeName(raw: string): string {
  const name = raw.startsWith('/') ? raw.slice(1) : raw
  const bytes: number[] = []
  for (let index = 0; index < name.length; index++) {
    if (name[index] === '#' && /^[\da-f]{2}$/i.test(name.slice(index + 1, index + 3))) {
      bytes.push(Number.parseInt(name.slice(index + 1, index + 3), 16))
      index += 2
    } else bytes.push(name.charCodeAt(index))
  }

  return Buffer.from(bytes).toString('utf8')
}
