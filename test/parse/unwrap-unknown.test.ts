// Custom HTML elements keep their content and caption (`parse/html-unknown`), with a message that names what was dropped and never mentions scripts.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {ruleMessages, runCase} from '../check/rule-table.js'

const cases: Array<{name: string; body: string; html: RegExp; at: string[]; reason?: RegExp}> = [
  {
    name: 'a wrapper around a code listing with a caption attribute becomes a captioned figure',
    body: '<tide-listing caption="Reading the tide table" file-name="tides.py">\n\n```python\nprint("high water")\n```\n\n</tide-listing>',
    html: /<figure class="custom-element"><figcaption>Reading the tide table<\/figcaption>\s*<pre><code class="language-python">print\("high water"\)/,
    at: ['01-start.md 3:1'],
    reason: /^Custom or obsolete element `<tide-listing>` kept as a `<figure>` with its `caption` as the caption, its content unchanged; dropped `file-name`, which only the tool that defined it understands$/
  },
  {
    name: 'a title attribute on a block wrapper is its caption',
    body: '<chart-box title="Rainfall by month">\n\n- May\n- June\n\n</chart-box>',
    html: /<figure class="custom-element"><figcaption>Rainfall by month<\/figcaption>\s*<ul>/,
    at: ['01-start.md 3:1'],
    reason: /kept as a `<figure>` with its `title` as the caption, its content unchanged$/
  },
  {
    name: 'a summary child is the caption',
    body: '<fold-out>\n<summary>More on tides</summary>\n\nThe moon pulls the sea.\n\n</fold-out>',
    html: /<figure class="custom-element"><figcaption>More on tides<\/figcaption>\s*<p>The moon pulls the sea\.<\/p>\s*<\/figure>/,
    at: ['01-start.md 3:1'],
    reason: /with its `<summary>` as the caption/
  },
  {
    name: 'a block wrapper without a caption becomes a div',
    body: '<side-panel data-kind="aside">\n\nA paragraph inside.\n\n</side-panel>',
    html: /<div class="custom-element">\s*<p>A paragraph inside\.<\/p>\s*<\/div>/,
    at: ['01-start.md 3:1'],
    reason: /kept as a `<div>`, its content unchanged; dropped `data-kind`/
  },
  {
    name: 'an inline custom element becomes a span, with its class kept',
    body: 'Call it <brand-name class="brand">Harbourline</brand-name> for short.',
    html: /<p>Call it <span class="brand custom-element">Harbourline<\/span> for short\.<\/p>/,
    at: ['01-start.md 3:9']
  },
  {name: "HTML's own elements are not custom", body: '<details><summary>More</summary>\n\nText.\n\n</details>', html: /<details><summary>More<\/summary>/, at: []}
]

describe('parse/html-unknown', () => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const result = await runCase({'01-start.md': `# Start\n\n${testCase.body}\n`})
      const found = ruleMessages(result, 'parse/html-unknown')
      expect(found.map((message) => message.at)).toEqual(testCase.at)
      for (const message of found) {
        expect(message.severity).toBe('warn')
        expect(message.reason).not.toMatch(/script/)
        if (testCase.reason) expect(message.reason).toMatch(testCase.reason)
      }

      expect(toHtml(result.book?.chapters[0]?.hast ?? {type: 'root', children: []})).toMatch(testCase.html)
    })
  }
})
