// Tests that footnote headings get one id per chapter, so chapters can share the print document.
import {select, selectAll} from 'hast-util-select'
import {describe, expect, it} from 'vitest'
import {minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

describe('prefixFootnoteLabel', () => {
  it('makes each chapter footnotes heading id unique and keeps aria-describedby pointing at it', async () => {
    const yaml = minimalBookYaml.replace('    - 01-start.md', '    - 01-start.md\n    - 02-next.md')
    const dir = writeManuscript({
      'book.yaml': yaml,
      '01-start.md': '# Start\n\nA claim.[^a]\n\n[^a]: A note.\n',
      '02-next.md': '# Next\n\nAnother claim.[^b]\n\n[^b]: Another note.\n'
    })
    const result = await runBook(dir)
    expect(result.code).toBe(0)
    const ids = result.book!.chapters.filter((chapter) => !chapter.generated).map((chapter) => {
      const label = select('[id$="footnote-label"]', chapter.hast)
      const refs = selectAll('a[data-footnote-ref]', chapter.hast)
      expect(refs.length).toBe(1)
      expect(refs[0]!.properties['ariaDescribedBy']).toEqual([label!.properties['id']])
      return label!.properties['id']
    })
    expect(ids).toEqual(['c01-start-footnote-label', 'c02-next-footnote-label'])
  })
})
