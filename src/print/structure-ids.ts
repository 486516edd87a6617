// Numbers the structure elements' /ID strings of Chrome's tagged PDF in document order, so they never depend on Chrome's internal node counter.
import {PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject} from 'pdf-lib'

/**
 * Chrome names a table header's structure element after its internal DOM node id
 * (`/ID (node00000471)`, PDF 1.7 §14.7.2), lists it in the structure tree's `/IDTree` and points
 * the cells at it (`/A << /O /Table /Headers [(node00000471)] >>`, §14.8.5.7). That counter moves
 * with everything the renderer did before the print, down to when Chrome found time for its own
 * housekeeping, so two builds of one book could differ in these strings alone. They are renamed
 * `node00000001`, `node00000002`… in the order Chrome's own names sort in (which the `/IDTree`,
 * a name tree, must keep), everywhere they appear.
 *
 * @param doc - Chrome's PDF, loaded.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const elements = doc.context
    .enumerateIndirectObjects()
    .flatMap(([, object]) => (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('StructElem') ? [object] : []))
  const text = (value: PDFObject | undefined): string | undefined => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined)
  const ids = [...new Set(elements.flatMap((element) => text(element.get(PDFName.of('ID'))) ?? []))].sort()
  if (ids.length === 0) return
  const renamed = new Map(ids.map((id, index) => [id, `node${String(index + 1).padStart(8, '0')}`]))
  const rename = (value: PDFObject | undefined): PDFString | undefined => {
    const name = renamed.get(text(value) ?? '')
    return name === undefined ? undefined : PDFString.of(name)
  }

  const renameAll = (array: PDFArray, step = 1): void => {
    for (let index = 0; index < array.size(); index += step) {
      const name = rename(array.get(index))
      if (name) array.set(index, name)
    }
  }

  for (const element of elements) {
    const id = rename(element.get(PDFName.of('ID')))
    if (id) element.set(PDFName.of('ID'), id)
    const attributes = element.lookup(PDFName.of('A'))
    const dicts = attributes instanceof PDFArray ? attributes.asArray().map((item) => doc.context.lookup(item)) : [attributes]
    for (const dict of dicts) {
      const headers = dict instanceof PDFDict ? dict.lookup(PDFName.of('Headers')) : undefined
      if (headers instanceof PDFArray) renameAll(headers)
    }
  }

  // The name tree of ids (§7.9.6): keys in its leaves' `/Names`, ranges in every node's `/Limits`.
  const walk = (node: PDFObject | undefined): void => {
    if (!(node instanceof PDFDict)) return
    const names = node.lookup(PDFName.of('Names'))
    if (names instanceof PDFArray) renameAll(names, 2)
    const limits = node.lookup(PDFName.of('Limits'))
    if (limits instanceof PDFArray) renameAll(limits)
    const kids = node.lookup(PDFName.of('Kids'))
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) walk(doc.context.lookup(kid))
  }

  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'))
  walk(root instanceof PDFDict ? root.lookup(PDFName.of('IDTree')) : undefined)
}
