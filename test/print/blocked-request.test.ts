// A request the print page blocks is a warning at the chapter line that asked for it, or on book.yaml.
import type {Root} from 'hast'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Book, Chapter} from '../../src/book.js'
import type {Context} from '../../src/context.js'
import {findRequestSource, reportBlockedRequest, requestBlockedRule} from '../../src/print/blocked-request.js'
import {withBrowser} from '../../src/print/browser.js'
import {lockDown} from '../../src/print/print-page.js'
import {noChromeReason} from './chrome-available.js'

type PrintedBook = Pick<Book, 'chapters' | 'configFile'>

/** A position on line `line` of a chapter. */
function at(line: number): {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}} {
  return {start: {line, column: 1, offset: line * 10}, end: {line, column: 20, offset: line * 10 + 19}}
}

/** A book of two chapters: a remote image on line 3 of the second, a style with a remote URL on line 7. */
function book(): PrintedBook {
  const first = h('section', [h('p', 'Nothing to load here.')])
  const image = h('img', {src: 'https://example.invalid/cat.png', alt: 'A cat'})
  image.position = at(3)
  const styled = h('span', {style: 'background: url(https://example.invalid/bg.png)'}, 'x')
  styled.position = at(7)
  const chapter = (name: string, children: Root['children'], generated = false): Chapter =>
    ({file: new VFile({path: name}), name, slug: name, hast: {type: 'root', children}, ...(generated ? {generated} : {})}) as Chapter
  const credits = h('img', {src: 'https://example.invalid/credits.png'})
  credits.position = at(1)
  return {
    configFile: new VFile({path: 'book.yaml'}),
    chapters: [chapter('01-a.md', [first]), chapter('02-b.md', [h('p', [image]), h('p', [styled])]), chapter('credits', [credits], true)]
  }
}

describe('findRequestSource', () => {
  it('finds the element whose property is the URL, at its position', () => {
    const printed = book()
    const source = findRequestSource(printed, 'https://example.invalid/cat.png')
    expect(source.file).toBe(printed.chapters[1]?.file)
    expect(source.place?.start.line).toBe(3)
  })

  it('finds a URL inside a longer value (a style)', () => {
    const source = findRequestSource(book(), 'https://example.invalid/bg.png')
    expect(source.file.path).toBe('02-b.md')
    expect(source.place?.start.line).toBe(7)
  })

  it('finds a value that Chrome normalised (scheme and host case, trailing slash)', () => {
    const printed = book()
    const node = h('img', {src: 'HTTPS://Example.INVALID'})
    node.position = at(12)
    printed.chapters[0]?.hast.children.push(node)
    const source = findRequestSource(printed, 'https://example.invalid/')
    expect(source.file.path).toBe('01-a.md')
    expect(source.place?.start.line).toBe(12)
  })

  it('puts a URL no authored element names on book.yaml, with no place (generated chapters are skipped)', () => {
    const printed = book()
    for (const url of ['https://example.invalid/template.css', 'https://example.invalid/credits.png']) {
      const source = findRequestSource(printed, url)
      expect(source.file).toBe(printed.configFile)
      expect(source.place).toBeUndefined()
    }
  })
})

describe('reportBlockedRequest', () => {
  it('adds a warning with the rule id, saying what was blocked and what to do', () => {
    const printed = book()
    reportBlockedRequest(printed, 'https://example.invalid/cat.png')
    const [message] = printed.chapters[1]?.file.messages ?? []
    expect(message?.ruleId).toBe(requestBlockedRule)
    expect(message?.fatal).toBe(false)
    expect(message?.line).toBe(3)
    expect(message?.reason).toBe(
      "The PDF was printed without `https://example.invalid/cat.png`: the print page loads nothing but the book's own data; make it a file in the manuscript"
    )
  })

  it('shortens a very long URL', () => {
    const printed = book()
    reportBlockedRequest(printed, `https://example.invalid/${'a'.repeat(500)}`)
    expect(printed.configFile.messages[0]?.reason).toMatch(/^The PDF was printed without `https:\/\/example\.invalid\/a{176}…`/)
  })
})

/** A run context whose debug lines are kept, to see what the page blocked. */
function printContext(): {context: Context; debug: string[]} {
  const debug: string[] = []
  const context: Context = {
    options: {manuscript: '.', out: '.', formats: ['pdf']},
    logger: {stage: async (_name, work) => work(), debug: (text) => debug.push(text), info() {}},
    epoch: 0
  }
  return {context, debug}
}

describe.skipIf(noChromeReason())('the locked-down print page in Chrome', () => {
  it('blocks a remote image without touching the network and warns once at its line', {timeout: 60_000}, async () => {
    const printed = book()
    const {context, debug} = printContext()
    await withBrowser(context, async (browser) => {
      const page = await browser.newPage()
      await lockDown(page, printed, context)
      // Twice, as a page with the same image in two places would ask: one warning.
      const html = '<p><img src="https://example.invalid/cat.png"><img src="https://example.invalid/cat.png"></p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
      await page.setContent(html, {waitUntil: 'load', timeout: 30_000})
    })
    const messages = printed.chapters[1]?.file.messages ?? []
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([[requestBlockedRule, 3]])
    expect(printed.configFile.messages).toEqual([])
    expect(debug.filter((line) => line.includes('blocked'))).toEqual(['print pdf: blocked a request for `https://example.invalid/cat.png`'])
  })

  it('loads data: images and fonts, and blocks a data: document', {timeout: 60_000}, async () => {
    const printed = book()
    const {context, debug} = printContext()
    await withBrowser(context, async (browser) => {
      const page = await browser.newPage()
      await lockDown(page, printed, context)
      const html = [
        '<style>@font-face { font-family: T; src: url(data:font/woff2;base64,AAAA) format("woff2") } p { font-family: T }</style>',
        '<p>Text</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
        '<iframe src="data:text/html,%3Cp%3Einside%3C/p%3E"></iframe>'
      ].join('')
      await page.setContent(html, {waitUntil: 'load', timeout: 30_000})
    })
    const blocked = debug.filter((line) => line.includes('blocked'))
    expect(blocked).toEqual(['print pdf: blocked a request for `data:text/html,%3Cp%3Einside%3C/p%3E`'])
    expect(printed.configFile.messages.map((message) => message.ruleId)).toEqual([requestBlockedRule])
  })
})
