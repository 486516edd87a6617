// A link or image that does not resolve, or an id used twice, never reaches an output, whatever its rule's severity; the warning says so.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {renderPrintHtml} from '../../src/render/print/render-print-html.js'
import {createLogger} from '../../src/report/logger.js'
import {describeMessages, epubcheck, epubcheckMissing} from '../render/epub/helpers/epubcheck.js'
import {requireTool} from '../render/epub/helpers/tool-gate.js'
import {entries} from '../render/epub/helpers/unzip.js'
import {messages, minimalBookYaml, project, reasons, runBook} from './harness.js'

const chapter = `# Start

See [the plan](02-plan.md), [a section](#nowhere) and [a file above](../outside.md).

<span id="twice">One</span> and <span id="twice">two</span>; [back](#twice).

Here is ![a lost map](maps/lost.png) in a sentence.
`

const downgraded = `${minimalBookYaml}checks:
  link/file-missing: warn
  link/anchor-missing: warn
  link/duplicate-id: warn
  image/missing: warn
`

describe('rules switched to warnings', () => {
  it('leave no dangling href, src or second id in the EPUB and the print HTML, and say so', async (context) => {
    const {manuscript, out} = project({'book.yaml': downgraded, '01-start.md': chapter})
    const result = await runBook(manuscript, {out, formats: ['epub']})
    expect(result.code, result.failure).toBe(0)
    expect(messages(result)).toEqual([
      '01-start.md link/file-missing 3:5',
      '01-start.md link/file-missing 3:55',
      '01-start.md link/anchor-missing 3:29',
      '01-start.md link/duplicate-id 5:33',
      '01-start.md image/missing 7:9'
    ])
    expect(reasons(result)).toEqual([
      'Cannot find chapter `02-plan.md`; the link is removed from the outputs, its text kept',
      'Link `../outside.md` points outside the manuscript folder; the link is removed from the outputs, its text kept',
      'Cannot find heading for `#nowhere` in this chapter; the link is removed from the outputs, its text kept',
      'Duplicate id `twice`, already used earlier in this chapter; rename one; this id is removed from the outputs, links go to the first',
      'Cannot find image `maps/lost.png`; the image is left out of the outputs, its alt text shown instead'
    ])

    const epub = result.outputs[0] ?? ''
    const xhtml = Object.entries(entries(readFileSync(epub)))
      .filter(([name]) => name.endsWith('.xhtml'))
      .map(([, bytes]) => new TextDecoder().decode(bytes))
      .join('\n')
    const print = await renderPrintHtml(result.book!, {options: {manuscript, out, formats: ['pdf']}, logger: createLogger({progress: false, write: () => {}}), epoch: 0})
    for (const text of [xhtml, print]) {
      expect(text).not.toMatch(/02-plan|nowhere|outside\.md|lost\.png/)
      expect(text).toContain('the plan')
      expect(text).toContain('a lost map')
      expect(text.match(/id="twice"/g)).toHaveLength(1)
    }

    requireTool(epubcheckMissing(), context.skip)
    expect(describeMessages(epubcheck(epub))).toEqual([])
  })

  it('keep their messages unchanged when they are errors (no outputs to speak of)', async () => {
    const {manuscript} = project({'01-start.md': chapter})
    const result = await runBook(manuscript)
    expect(result.code).toBe(1)
    expect(reasons(result)).toContain('Cannot find chapter `02-plan.md`')
  })
})
