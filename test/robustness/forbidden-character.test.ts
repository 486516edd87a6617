// config/forbidden-character: a character XML 1.0 forbids is an error at its place, and metadata with markup characters makes valid XML everywhere.
import {readFileSync} from 'node:fs'
import {fromXml} from 'xast-util-from-xml'
import {describe, expect, it} from 'vitest'
import {xmpPacket} from '../../src/print/xmp.js'
import {renderPrintHtml} from '../../src/render/print/render-print-html.js'
import {createLogger} from '../../src/report/logger.js'
import {describeMessages, epubcheck, epubcheckMissing} from '../render/epub/helpers/epubcheck.js'
import {requireTool} from '../render/epub/helpers/tool-gate.js'
import {entries} from '../render/epub/helpers/unzip.js'
import {messages, minimalBookYaml, project, reasons, runBook} from './harness.js'

describe('config/forbidden-character', () => {
  const cases: Array<{name: string; files: Record<string, string>; expected: string[]; reason: string}> = [
    {
      name: 'a control character typed into a chapter',
      files: {'01-start.md': '# Start\n\nA bell \u0007 rings.\n'},
      expected: ['01-start.md config/forbidden-character 3:8'],
      reason: 'Character U+0007 cannot be in a book (XML 1.0 forbids it); delete it'
    },
    {
      name: 'a control character typed into book.yaml',
      files: {'book.yaml': minimalBookYaml.replace('title: A Small Book', 'title: A Small\u0001 Book')},
      expected: ['book.yaml config/forbidden-character 1:15'],
      reason: 'Character U+0001 cannot be in a book (XML 1.0 forbids it); delete it'
    },
    {
      name: 'a YAML escape in book.yaml',
      files: {'book.yaml': minimalBookYaml.replace('rights: © 2026 Ada Writer', 'rights: "© 2026 \\uFFFE Ada"')},
      expected: ['book.yaml config/forbidden-character 7:9'],
      reason: '`rights` holds character U+FFFE from an escape; it cannot be in a book (XML 1.0 forbids it), remove the escape'
    },
    {
      name: 'an HTML character reference in raw HTML',
      files: {'01-start.md': '# Start\n\n<div title="x&#x1;y">A box</div>\n'},
      expected: ['01-start.md config/forbidden-character 3:1'],
      reason: 'Character reference in `title` of `<div>` holds character U+0001 from an escape; it cannot be in a book (XML 1.0 forbids it), remove the escape'
    }
  ]

  it.each(cases)('reports $name at its place and writes nothing', async ({files, expected, reason}) => {
    const {manuscript, out} = project(files)
    const result = await runBook(manuscript, {out, formats: ['epub']})
    expect(messages(result)).toEqual(expected)
    expect(reasons(result)).toEqual([reason])
    expect(result.code).toBe(2)
    expect(result.outputs).toEqual([])
  })

  it('leaves a Markdown reference to a control character alone: CommonMark makes it U+FFFD', async () => {
    const {manuscript} = project({'01-start.md': '# Start\n\nA &#1; reference.\n'})
    expect(messages(await runBook(manuscript))).toEqual([])
  })
})

describe('metadata with markup-significant characters', () => {
  const hostile = `T <b>bold</b> & 'q' "dq" ]]> <!-- c --> --> &amp; <![CDATA[x]]>`
  const bookYaml = minimalBookYaml
    .replace('title: A Small Book', `title: ${JSON.stringify(hostile)}\nsubtitle: ${JSON.stringify(`sub ${hostile}`)}\ndescription: ${JSON.stringify(hostile)}\nsubjects: [${JSON.stringify(hostile)}]`)
    .replace('  - name: Ada Writer', `  - name: ${JSON.stringify(`Ada ${hostile}`)}`)
    .replace('rights: © 2026 Ada Writer', `rights: ${JSON.stringify(`© ${hostile}`)}`)

  it('makes an EPUB whose every XML document parses, with the text as written, and that EPUBCheck passes', async (context) => {
    const {manuscript, out} = project({'book.yaml': bookYaml, '01-start.md': `# Start ]]> & <\n\nText with ]]> and --> and <!-- inside.\n`})
    const result = await runBook(manuscript, {out, formats: ['epub']})
    expect(result.code, result.failure).toBe(0)
    const epub = result.outputs[0] ?? ''
    for (const [name, bytes] of Object.entries(entries(readFileSync(epub)))) {
      if (!/\.(xhtml|opf|ncx|xml)$/.test(name)) continue
      expect(() => fromXml(new TextDecoder().decode(bytes)), name).not.toThrow()
    }

    const opf = new TextDecoder().decode(entries(readFileSync(epub))['OEBPS/package.opf'])
    expect(opf).toContain(`<dc:title id="title">T &lt;b>bold&lt;/b> &amp; 'q' "dq" ]]&gt; &lt;!-- c --> --> &amp;amp; &lt;![CDATA[x]]&gt;</dc:title>`)
    const print = renderPrintHtml(result.book!, {options: {manuscript, out, formats: ['pdf']}, logger: createLogger({progress: false, write: () => {}}), epoch: 0})
    expect(print).toContain('<title>T &#x3C;b>bold&#x3C;/b> &#x26; \'q\' "dq" ]]> &#x3C;!-- c --> --> &#x26;amp; &#x3C;![CDATA[x]]></title>')
    requireTool(epubcheckMissing(), context.skip)
    expect(describeMessages(epubcheck(epub))).toEqual([])
  })

  it('makes an XMP packet that parses, with the text as written', async () => {
    const {manuscript} = project({'book.yaml': bookYaml})
    const result = await runBook(manuscript)
    const packet = xmpPacket(result.book!.config, {producer: 'Colophon', date: '2026-11-01T00:00:00Z', documentId: '00'})
    expect(() => fromXml(packet)).not.toThrow()
    expect(packet).toContain(']]&gt;')
  })
})
