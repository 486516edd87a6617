// Reads where Chrome put each link target: the PDF's named destinations, as page numbers.
import {ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject} from 'pdf-lib'

/** Where the targets of a printed document fall. */
export interface Destinations {
  /** Number of pages. */
  pageCount: number
  /** Id of each link target → 1-based page number. */
  pages: Map<string, number>
}

/**
 * Read the named destinations (PDF 1.7 §12.3.2.3: the catalog's `/Dests`, or the `/Dests` name tree
 * under `/Names`) that Chrome writes for every element an `<a href="#id">` points at.
 *
 * @param pdf - A PDF, as bytes or already loaded.
 * @returns The page of every destination.
 */
export async function readDestinations(pdf: Uint8Array | PDFDocument): Promise<Destinations> {
  const doc = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, {updateMetadata: false, parseSpeed: ParseSpeeds.Fastest})
  const pageOf = new Map<PDFRef, number>()
  doc.getPages().forEach((page, index) => pageOf.set(page.ref, index + 1))
  const pages = new Map<string, number>()
  const add = (name: string, value: PDFObject | undefined): void => {
    let target = value instanceof PDFRef ? doc.context.lookup(value) : value
    if (target instanceof PDFDict) target = target.lookup(PDFName.of('D'))
    const ref = target instanceof PDFArray ? target.get(0) : undefined
    const page = ref instanceof PDFRef ? pageOf.get(ref) : undefined
    if (page !== undefined) pages.set(name, page)
  }

  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  for (const [key, value] of dests?.entries() ?? []) add(decodeName(key.asString()), value)
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict)
  if (names) walkNameTree(doc, names, add)
  return {pageCount: doc.getPageCount(), pages}
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
