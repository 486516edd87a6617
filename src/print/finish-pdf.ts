// Post-processing with pdf-lib: document info, XMP, language, page labels, structure ids and a deterministic /ID.
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject} from 'pdf-lib'
import type {BookConfig} from '../config/schema.js'
import {renumberStructureIds} from './structure-ids.js'
import {xmpPacket} from './xmp.js'

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

/** What the finished file needs besides the book's metadata. */
export interface FinishInput {
  /** The book's metadata. */
  config: BookConfig
  /** Build time in seconds since the epoch (`context.epoch`), never the clock. */
  epoch: number
  /** Page number where arabic numbering starts at 1; the pages before it are lower-case roman. */
  bodyStart: number
  /** What the content was made from (the print HTML and Chrome's version), hashed into the `/ID`. */
  content: string
}

/**
 * Replace what Chrome wrote from the clock and the user agent with the book's own metadata, and
 * save so that the same input gives the same bytes.
 *
 * @param doc - Chrome's PDF, loaded with `updateMetadata: false`.
 * @param input - Metadata and build facts.
 * @returns The finished PDF.
 */
export async function finishPdf(doc: PDFDocument, input: FinishInput): Promise<Uint8Array> {
  const {config} = input
  const date = new Date(input.epoch * 1000)
  const producer = `Colophon ${version} (pdf-lib, Chrome)`
  doc.setTitle(config.subtitle ? `${config.title}: ${config.subtitle}` : config.title, {showInWindowTitleBar: true})
  doc.setAuthor(config.authors.map((person) => person.name).join(', '))
  if (config.description) doc.setSubject(config.description)
  // One string, separated as people read keyword lists; pdf-lib would join them with spaces.
  if (config.subjects.length > 0) doc.setKeywords([config.subjects.join('; ')])
  doc.setCreator('Colophon')
  doc.setProducer(producer)
  doc.setCreationDate(date)
  doc.setModificationDate(date)
  doc.setLanguage(config.language)
  renumberStructureIds(doc)

  // The /ID (PDF 1.7 §14.4) is a hash of what the content was made from, so rebuilds match.
  const id = createHash('sha256').update(input.content).update(JSON.stringify(config)).update(String(input.epoch)).digest('hex').slice(0, 32)
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)])

  const xmp = doc.context.stream(Buffer.from(xmpPacket(config, {producer, date: date.toISOString(), documentId: uuidOf(id)}), 'utf8'), {
    Type: 'Metadata',
    Subtype: 'XML'
  })
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp))

  // Page labels (PDF 1.7 §12.4.2): viewers show `iv` and `12`, as printed on the pages.
  const nums: PDFObject[] = [PDFNumber.of(0), doc.context.obj({S: 'r'})]
  if (input.bodyStart <= doc.getPageCount()) nums.push(PDFNumber.of(input.bodyStart - 1), doc.context.obj({S: 'D', St: 1}))
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({Nums: nums}))

  // pdf-lib yields to the event loop every 50 objects by default (a `setTimeout` each): 0.6 s of a
  // 570-page book's save spent waiting. Nothing else runs meanwhile, so it writes in one go.
  return doc.save({useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY})
}

function uuidOf(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}
