// Tests renaming the structure elements' ids of a tagged PDF so they never carry Chrome's internal node counter.
import {PDFArray, PDFDict, PDFDocument, PDFName, PDFString} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {renumberStructureIds} from '../../src/print/structure-ids.js'

/** A structure tree as Chrome writes a table's: two headers with ids, a cell pointing at the second, and the id tree. */
async function tagged(first: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create()
  const id = (n: number) => PDFString.of(`node${String(n).padStart(8, '0')}`)
  const header = (n: number) => doc.context.register(doc.context.obj({Type: 'StructElem', S: 'TH', ID: id(n)}))
  const a = header(first)
  const b = header(first + 7)
  doc.context.register(doc.context.obj({Type: 'StructElem', S: 'TD', A: [doc.context.obj({O: 'Table', Headers: [id(first + 7)]})]}))
  const tree = doc.context.obj({Limits: [id(first), id(first + 7)], Names: [id(first), a, id(first + 7), b]})
  doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.obj({Type: 'StructTreeRoot', IDTree: tree}))
  return doc
}

describe('renumberStructureIds', () => {
  it('names the ids in their order, the same whatever Chrome counted from, in the elements, the cells and the id tree', async () => {
    const texts = async (first: number) => {
      const doc = await tagged(first)
      renumberStructureIds(doc)
      const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
      const tree = root.lookup(PDFName.of('IDTree'), PDFDict)
      const strings = (array: PDFArray) => array.asArray().flatMap((item) => (item instanceof PDFString ? [item.decodeText()] : []))
      const elements = doc.context.enumerateIndirectObjects().flatMap(([, object]) => (object instanceof PDFDict ? [object] : []))
      return {
        ids: elements.flatMap((element) => (element.get(PDFName.of('ID')) as PDFString | undefined)?.decodeText() ?? []),
        headers: elements.flatMap((element) => {
          const attributes = element.lookup(PDFName.of('A'))
          return attributes instanceof PDFArray ? strings((attributes.lookup(0) as PDFDict).lookup(PDFName.of('Headers'), PDFArray)) : []
        }),
        limits: strings(tree.lookup(PDFName.of('Limits'), PDFArray)),
        names: strings(tree.lookup(PDFName.of('Names'), PDFArray))
      }
    }

    const one = await texts(470)
    expect(one).toEqual({ids: ['node00000001', 'node00000002'], headers: ['node00000002'], limits: ['node00000001', 'node00000002'], names: ['node00000001', 'node00000002']})
    expect(await texts(471)).toEqual(one)
  })
})
