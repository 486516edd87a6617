// Nothing is lost silently: math, other tools' includes, citations and custom HTML elements reach the EPUB as written (or captioned), each reported, and the EPUB is valid.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {minimalBookYaml, messagesOf, runBook, writeManuscript} from '../helpers/manuscript.js'
import {describeMessages, epubcheck, epubcheckMissing} from '../render/epub/helpers/epubcheck.js'
import {requireTool} from '../render/epub/helpers/tool-gate.js'
import {entries} from '../render/epub/helpers/unzip.js'

const chapter = [
  '# Start',
  '',
  'The gap $a\\,b$ is thin; tickets cost $5 and $10.',
  '',
  '$$',
  '\\int_0^1 x\\,dx = \\tfrac12',
  '$$',
  '',
  '<code-sample caption="Printing a greeting" number="1-1">',
  '',
  '```rust',
  '{{< include listings/hello.qmd >}}',
  '```',
  '',
  '</code-sample>',
  '',
  'As shown [@ward1998, p. 33], see {{ book.tool_version }}.',
  '',
  '<x-aside>',
  '<x-caption>A side note</x-caption>',
  '',
  'Kept in full.',
  '',
  '</x-aside>',
  '',
  'An <x-term title="a made-up word">inline term</x-term> here.',
  '',
  '<x-box><x-caption>Inline caption</x-caption><p>After it.</p></x-box>',
  ''
].join('\n')

/** The XHTML of the book's one chapter. */
function chapterXhtml(epub: string): string {
  const files = entries(readFileSync(epub))
  const name = Object.keys(files).find((entry) => /01-start\.xhtml$/.test(entry)) ?? ''
  return new TextDecoder().decode(files[name])
}

describe('constructs Colophon does not render yet', () => {
  it('are kept as written, reported at their places, and the EPUB is valid', async (context) => {
    const manuscript = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': chapter})
    const result = await runBook(manuscript, {formats: ['epub']})
    expect(result.code, result.failure).toBe(0)
    // Messages come in rule order here; the reporter sorts them by place.
    expect(messagesOf(result).filter((line) => !/html-removed/.test(line)).sort()).toEqual(
      [
      '01-start.md markdown/math-unrendered 3:9',
      '01-start.md markdown/math-unrendered 5:1',
      '01-start.md parse/html-unknown 9:1',
      '01-start.md markdown/include-unprocessed 12:1',
      '01-start.md markdown/citation-unrendered 17:11',
      '01-start.md markdown/include-unprocessed 17:34',
      '01-start.md parse/html-unknown 19:1',
      '01-start.md parse/html-unknown 26:4',
      '01-start.md parse/html-unknown 28:1'
      ].sort()
    )
    const unknown = result.files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'parse/html-unknown').map((message) => message.reason))
    expect(unknown[0]).toBe('Custom or obsolete element `<code-sample>` kept as a `<figure>` with its `caption` as the caption, its content unchanged; dropped `number`, which only the tool that defined it understands')
    expect(unknown[0]).not.toMatch(/script/)

    const epub = result.outputs.find((output) => output.endsWith('.epub')) ?? ''
    const xhtml = chapterXhtml(epub)
    // TeX source byte for byte: `\,` is not an escaped comma inside math.
    expect(xhtml).toContain('<code class="language-math math-inline">a\\,b</code>')
    expect(xhtml).toContain('<pre><code class="language-math math-display">\\int_0^1 x\\,dx = \\tfrac12</code></pre>')
    expect(xhtml).toContain('tickets cost $5 and $10.')
    expect(xhtml).toMatch(/<figure class="custom-element"><figcaption>Printing a greeting<\/figcaption>\s*<pre><code class="language-rust">\{\{&lt; include listings\/hello\.qmd >\}\}/)
    expect(xhtml).toContain('[@ward1998, p. 33], see {{ book.tool_version }}.')
    expect(xhtml).toMatch(/<figure class="custom-element"><figcaption>A side note<\/figcaption>\s*<p>Kept in full\.<\/p>\s*<\/figure>/)
    // Written on one line, the custom element sits in a paragraph, where only a `span` is valid.
    expect(xhtml).toMatch(/<p><span class="custom-element"><span>Inline caption<\/span><\/span><\/p>/)
    expect(xhtml).toContain('<span title="a made-up word" class="custom-element">inline term</span>')

    if (!requireTool(epubcheckMissing(), context.skip)) return
    expect(describeMessages(epubcheck(epub))).toEqual([])
  })
})
