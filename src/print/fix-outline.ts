// Restores the bookmark titles Chrome shortens: it drops the space where a heading wraps onto a new line.
import {PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument} from 'pdf-lib'

/**
 * Give every outline item (PDF 1.7 §12.3.3) the text of the heading it was made from. Chrome builds
 * the titles from the laid-out lines, so "message and / service" becomes "message andservice";
 * items are matched to headings by their text without white space, so nothing else can change.
 *
 * @param doc - Chrome's PDF.
 * @param headings - Text of every heading of the document, in order.
 * @returns How many titles were restored.
 */
export function fixOutlineTitles(doc: PDFDocument, headings: string[]): number {
  const byKey = new Map<string, string[]>()
  for (const text of headings) {
    const clean = text.replace(/\s+/g, ' ').trim()
    byKey.set(key(clean), [...(byKey.get(key(clean)) ?? []), clean])
  }

  let fixed = 0
  const visit = (item: PDFDict | undefined): void => {
    for (let current = item; current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = current.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)
      const text = title?.decodeText()
      const queue = text === undefined ? undefined : byKey.get(key(text))
      const proper = queue?.shift()
      if (proper !== undefined && proper !== text) {
        current.set(PDFName.of('Title'), PDFHexString.fromText(proper))
        fixed++
      }

      visit(current.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }

  visit(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict))
  return fixed
}

function key(text: string): string {
  return text.replace(/\s+/g, '')
}
