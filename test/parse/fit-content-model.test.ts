// html/rewritten: raw HTML that XHTML does not take as written is rewritten to fit, with a warning at the element.
import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {messages, minimalBookYaml, png, project, reasons, runBook} from '../robustness/harness.js'
import type {RunResult} from '../../src/pipeline.js'
import {describeMessages, epubcheckAsync, epubcheckMissing} from '../render/epub/helpers/epubcheck.js'
import {requireTool} from '../render/epub/helpers/tool-gate.js'

/** Check (no rendering) a book whose chapter is `# Start`, a blank line, then `body` (so `body` starts on line 3). */
async function chapterWith(body: string): Promise<RunResult> {
  const bookYaml = `${minimalBookYaml}checks:\n  attribution/image-credit: 'off'\n`
  const {manuscript} = project({'book.yaml': bookYaml, '01-start.md': `# Start\n\n${body}\n`, 'pic.png': png(4, 3)})
  return runBook(manuscript)
}

/** The chapter's body as HTML after parsing and transforming, without the title. */
function bodyOf(result: RunResult): string {
  const hast = result.book?.chapters[0]?.hast as Root
  return toHtml({...hast, children: hast.children.slice(1)}).trim()
}

/** Only the html/rewritten messages, as `ruleId line:column`. */
function rewritten(result: RunResult): string[] {
  return messages(result).filter((line) => line.includes('html/rewritten')).map((line) => line.replace(/^\S+ /, ''))
}

describe('html/rewritten', () => {
  const valid: Array<[string, string]> = [
    ['an image with width and height', '<img src="pic.png" width="120" height="80" alt="A picture">'],
    ['a details with a summary first', '<details><summary>More</summary>\n\nHidden *text*.\n\n</details>'],
    ['kbd inside a paragraph', 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy.'],
    ['a GFM table with aligned columns', '| a | b |\n| :-: | --: |\n| 1 | 2 |'],
    ['an image with a class', '<img class="screenshot" src="pic.png" alt="A picture">'],
    ['a nested list', '- one\n  - two\n- three'],
    // The HTML parser closes the paragraph itself before a table or a div.
    ['a table typed inside a paragraph', '<p>Text <table><tr><td>x</td></tr></table> more</p>']
  ]

  it.each(valid)('leaves %s alone', async (_name, body) => {
    const result = await chapterWith(body)
    expect(rewritten(result)).toEqual([])
  })

  const invalid: Array<{name: string; body: string; expected: string[]; html: string; reason?: string}> = [
    {
      name: 'align on an image',
      body: 'Before <img src="pic.png" align="right" alt="A picture"> after.',
      expected: ['html/rewritten 3:8'],
      html: '<p>Before <img src="pic.png" alt="A picture" class="float-right"> after.</p>',
      reason: 'Replaced `align="right"` on `<img>` with the class `float-right`; XHTML has no such attribute there'
    },
    {
      name: 'a percentage width and a border on an image',
      body: 'Look: <img src="pic.png" width="50%" border="0" alt="A picture">',
      expected: ['html/rewritten 3:7', 'html/rewritten 3:7'],
      html: '<p>Look: <img src="pic.png" alt="A picture" style="width: 50%"></p>'
    },
    {
      name: 'old table attributes',
      body: '<table border="1" cellpadding="4"><tr valign="top"><td>cell</td></tr></table>',
      expected: ['html/rewritten 3:1', 'html/rewritten 3:1', 'html/rewritten 3:35'],
      html: '<table id="tbl-1"><tbody><tr class="valign-top"><td>cell</td></tr></tbody></table>'
    },
    {
      name: 'a block inside an inline element',
      body: '<div><span>one <div>two</div> three</span></div>',
      expected: ['html/rewritten 3:16'],
      html: '<div><span>one </span><div>two</div><span> three</span></div>',
      reason: 'Moved `<div>` out of `<span>`, splitting it; `<span>` holds only phrasing content'
    },

    {
      name: 'a block inside a heading',
      body: '## Title <div>more</div>',
      expected: ['html/rewritten 3:10'],
      html: '<h2 id="title-more">Title more</h2>'
    },
    {
      name: 'a list item outside a list',
      body: '<li>stray item</li>',
      expected: ['html/rewritten 3:1'],
      html: '<ul><li>stray item</li></ul>',
      reason: 'Wrapped `<li>` in `<ul>`; it stands only in `<ul>` or `<ol>`, not in the chapter'
    },
    {
      name: 'neighbouring list items outside a list',
      body: '<li>one</li>\n<li>two</li>',
      expected: ['html/rewritten 3:1', 'html/rewritten 4:1'],
      html: '<ul><li>one</li><li>two</li></ul>'
    },
    {
      name: 'a paragraph straight inside a list',
      body: '<ul><p>not an item</p><li>item</li></ul>',
      expected: ['html/rewritten 3:5'],
      html: '<ul><li><p>not an item</p></li><li>item</li></ul>'
    },
    {
      name: 'a summary that is not first',
      body: '<details><p>text</p><summary>late</summary></details>',
      expected: ['html/rewritten 3:21', 'html/rewritten 3:1'],
      html: '<div><p>text</p><p>late</p></div>'
    },
    {
      name: 'a link inside a link',
      body: '<a href="https://example.com/">outer <a href="https://example.org/">inner</a></a>',
      expected: [],
      html: '<p><a href="https://example.com/">outer </a><a href="https://example.org/">inner</a></p>'
    },
    {
      name: 'obsolete tt and strike',
      body: 'Some <tt>code</tt> and <strike>gone</strike>.',
      expected: ['html/rewritten 3:6', 'html/rewritten 3:24'],
      html: '<p>Some <code>code</code> and <s>gone</s>.</p>'
    },
    {
      name: 'an invalid start number on a list',
      body: '<ol start="two"><li>x</li></ol>',
      expected: ['html/rewritten 3:1'],
      html: '<ol><li>x</li></ol>'
    }
  ]

  it.each(invalid)('rewrites $name', async ({body, expected, html, reason}) => {
    const result = await chapterWith(body)
    expect(rewritten(result)).toEqual(expected)
    expect(bodyOf(result)).toBe(html)
    if (reason) expect(reasons(result)).toContain(reason)
    expect(result.code).toBe(0)
  })
})

describe('raw HTML of the kinds real books use (original text, constructs as in the corpus)', () => {
  const chapter = `# Start

Unicorns are welcome <img height='24' width="24" src='pic.png' alt='a unicorn' style="vertical-align: middle">, and so are you.

<img class="right" src="pic.png" alt="A logo floating right">

Press <kbd>Ctrl</kbd> and <kbd>K</kbd> to search <i class="icon icon-search"></i> the text.

<details>
<summary>A worked example</summary>

\`\`\`text
step one
\`\`\`
</details>

<p align="center"><img src="pic.png" align="middle" border="0" alt="A centred picture"></p>

<table width="100%" cellspacing="0"><tr><td width="30%" valign="top">left</td><td>right</td></tr></table>

<div align="right">Signed, the author</div>
`

  it('builds an EPUB that EPUBCheck passes, with a warning for each rewrite', async (context) => {
    const bookYaml = `${minimalBookYaml}checks:\n  attribution/image-credit: 'off'\n`
    const {manuscript, out} = project({'book.yaml': bookYaml, '01-start.md': chapter, 'pic.png': png(4, 3)})
    const result = await runBook(manuscript, {out, formats: ['epub']})
    expect(result.code, result.failure).toBe(0)
    expect(rewritten(result)).toEqual([
      'html/rewritten 17:1',
      'html/rewritten 17:19',
      'html/rewritten 17:19',
      'html/rewritten 19:1',
      'html/rewritten 19:1',
      'html/rewritten 19:41',
      'html/rewritten 19:41',
      'html/rewritten 21:1'
    ])
    requireTool(epubcheckMissing(), context.skip)
    expect(describeMessages(await epubcheckAsync(result.outputs[0] ?? ''))).toEqual([])
  })
})
