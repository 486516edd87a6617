// Tests that GitHub alerts become labelled asides and every recognised source form becomes the quotation's caption, in a valid EPUB.
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {describe, expect, test} from 'vitest'
import {minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'
import {describeMessages, epubcheck, epubcheckMissing} from '../render/epub/helpers/epubcheck.js'
import {requireTool} from '../render/epub/helpers/tool-gate.js'

const chapter = `# Start

> [!WARNING]
> The kettle is hot.

> Kettles boil faster when watched by nobody.
> — Rowan Teal, 1999

> Tea is patience in a cup. — Iris Fern

> A pot warmed is a pot half made.
>
> --Mara Quill

> Leave the lid on.
>
> ~/lid
`

describe('alerts and quoteSources', () => {
  test('an alert is an aside titled with its kind; each source form is a caption; other text stays', async (context) => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': chapter})
    const result = await runBook(dir, {formats: ['epub']})
    const hast = result.book!.chapters[0]!.hast
    const aside = select('aside.note.alert-warning', hast)
    expect(aside?.properties['ariaLabel']).toBe('Warning')
    expect(toString(aside!).replace(/\s+/g, ' ').trim()).toBe('Warning The kettle is hot.')
    const figures = selectAll('figure.quote', hast).map((figure) => [
      toString(select('blockquote', figure)!).trim(),
      toString(select('figcaption', figure)!)
    ])
    expect(figures).toEqual([
      ['Kettles boil faster when watched by nobody.', '— Rowan Teal, 1999'],
      ['Tea is patience in a cup.', '— Iris Fern'],
      ['A pot warmed is a pot half made.', '— Mara Quill']
    ])
    expect(selectAll('blockquote', hast).map((node) => toString(node).trim()).at(-1)).toBe('Leave the lid on.\n~/lid')

    requireTool(epubcheckMissing(), context.skip)
    const report = epubcheck(result.outputs.find((file) => file.endsWith('.epub'))!)
    expect(describeMessages(report)).toEqual([])
  })
})
