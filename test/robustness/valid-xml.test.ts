// Property: whatever Markdown, raw HTML and book.yaml strings a book has, a build that exits 0 wrote an EPUB whose every XML document parses strictly.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {fromXml} from 'xast-util-from-xml'
import {describe, expect, it} from 'vitest'
import {hasError} from '../../src/report/message.js'
import type {RunResult} from '../../src/pipeline.js'
import {describeMessages, epubcheckAsync, epubcheckMissing, summaryLine} from '../render/epub/helpers/epubcheck.js'
import {requireTool} from '../render/epub/helpers/tool-gate.js'
import {entries} from '../render/epub/helpers/unzip.js'
import {messages, png, project, runBook} from './harness.js'

/** Pieces that mean something to XML, HTML, Markdown or YAML, and ordinary text between them. */
const markup = [
  '<', '>', '&', '"', "'", ']]>', '--', '<!--', '-->', '<![CDATA[', '&amp;', '&lt;', '&#60;', '&#x26;', '&nbsp;', '&bogus;', '\\', '`', '*',
  '_', '[', ']', '(', ')', '#', '|', ':', '{', '}', '%', '$', '?>', '<?xml', '<!DOCTYPE x>', 'é', '中文', 'שלום', '🙂', '\u00AD', '\u200B', ' ', 'word'
]

/** Raw HTML people write in books that the XHTML content model does not take as it stands. */
const html = [
  '<p>', '</p>', '<div>', '</div>', '<span>', '</span>', '<em>', '</em>', '<kbd>', '</kbd>', '<b>', '</b>', '<br>', '<hr>',
  '<p align="center">', '<div align="right">', '<img src="pic.png" align="left" width="50%" border="0" alt="a picture">',
  '<img src="nowhere.png" alt="gone">', '<table border="1" cellpadding="3" width="80%">', '<tr valign="top">', '<td bgcolor="red">',
  '</td>', '</tr>', '</table>', '<li>', '</li>', '<ul>', '</ul>', '<dt>', '<dd>', '<details>', '<summary>', '</summary>', '</details>',
  '<figure>', '<figcaption>', '</figcaption>', '</figure>', '<tt>', '<strike>', '<a href="#here">', '<a href="02-nowhere.md">', '</a>',
  '<span id="twice">', '<h3>', '</h3>', '<pre>', '</pre>', '<blockquote>', '</blockquote>', '<ol start="x">', '</ol>', '<caption>'
]

/** Markdown line starts and constructs. */
const blocks = ['\n\n', '\n', '# ', '## ', '> ', '- ', '1. ', '```\n', '    ', '| a | b |\n| - | - |\n| ', '[^1]', '\n\n[^1]: ', '![alt](pic.png)', '[link](#start)']

/** A string of `count` pieces drawn from `pieces`. */
function pieces(from: string[], count: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...from), {minLength: 1, maxLength: count}).map((parts) => parts.join(''))
}

/** A book.yaml string value: markup-significant text, written as a double-quoted YAML scalar (JSON is valid YAML). */
const yamlText = pieces(markup, 12).map((text) => JSON.stringify(`T ${text}`))

/** Characters no book can hold, typed or escaped in raw HTML: rare, so that most books still build. */
const forbidden = ['\u0007', '<div title="a&#x1;b">box</div>']

/** A chapter: Markdown blocks, raw HTML and markup-significant text in any order, now and then a forbidden character. */
const chapter = fc
  .array(
    fc.oneof(
      {arbitrary: pieces(markup, 6), weight: 100},
      {arbitrary: fc.constantFrom(...html), weight: 100},
      {arbitrary: fc.constantFrom(...blocks), weight: 100},
      {arbitrary: fc.constantFrom(...forbidden), weight: 6}
    ),
    {minLength: 1, maxLength: 40}
  )
  .map((parts) => `# Start\n\n${parts.join('')}\n`)

/** The generated parts of a book. */
const book = fc.record({title: yamlText, subtitle: yamlText, author: yamlText, rights: yamlText, description: yamlText, subject: yamlText, chapter})

/** What one generated book is made of. */
type Values = typeof book extends fc.Arbitrary<infer T> ? T : never

/** A book.yaml with generated strings; link and image rules are warnings, so most books build and reach the writer. */
function bookYaml(values: Values): string {
  return `title: ${values.title}
subtitle: ${values.subtitle}
language: en-GB
identifier: urn:uuid:6f1c2a44-2c1e-4b7e-9a55-0d6b3c1e9f10
date: 2026-11-01
authors:
  - name: ${values.author}
rights: ${values.rights}
description: ${values.description}
subjects: [${values.subject}]
license: CC-BY-4.0
checks:
  link/file-missing: warn
  link/anchor-missing: warn
  link/duplicate-id: warn
  image/missing: warn
  image/alt-missing: warn
  attribution/image-credit: 'off'
  attribution/quote-source: 'off'
chapters:
  body:
    - 01-start.md
`
}

/** Build a generated book into an EPUB. */
async function build(values: Values): Promise<{result: RunResult; epub?: string | undefined}> {
  const {manuscript, out} = project({'book.yaml': bookYaml(values), '01-start.md': values.chapter, 'pic.png': png(4, 3)})
  const result = await runBook(manuscript, {out, formats: ['epub'], cacheDir: path.join(out, '..', 'cache')})
  return {result, epub: result.outputs.find((output) => output.endsWith('.epub'))}
}

/** Every XML document of the EPUB that a strict parser rejects, with the reason. */
function malformed(epub: string): string[] {
  const problems: string[] = []
  for (const [name, bytes] of Object.entries(entries(readFileSync(epub)))) {
    if (!/\.(xhtml|opf|ncx|xml)$/.test(name)) continue
    try {
      fromXml(new TextDecoder().decode(bytes))
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`)
    }
  }

  return problems
}

describe('generated books (fast-check, fixed seed)', () => {
  const built: string[] = []
  let refused = 0

  it('a build either fails with an error message or writes XML that parses strictly', async () => {
    await fc.assert(
      fc.asyncProperty(book, async (values) => {
        const {result, epub} = await build(values)
        const refusal = messages(result).some((line) => line.includes('config/forbidden-character'))
        if (values.chapter.includes('\u0007')) {
          // Cannot be made valid: the build fails and says where. (An escaped one may sit where nothing
          // is rendered, such as a note nobody refers to; then it need not fail.)
          expect(result.code).toBe(2)
          expect(refusal).toBe(true)
        }

        if (refusal) {
          expect(result.code).toBe(2)
          refused++
          return
        }

        if (result.code !== 0) {
          // Never a failure without saying why.
          expect(hasError(result.files) || result.failure !== undefined, JSON.stringify(values)).toBe(true)
          return
        }

        expect(epub, result.failure).toBeDefined()
        expect(malformed(epub ?? ''), JSON.stringify(values)).toEqual([])
        built.push(epub ?? '')
      }),
      {seed: 1414, numRuns: 40, endOnFailure: true}
    )
    // Most generated books build: the property is about outputs, not only about failing.
    expect(built.length).toBeGreaterThan(15)
    expect(refused).toBeGreaterThan(0)
    console.info(`${built.length} of 40 generated books built, ${refused} refused for a forbidden character`)
  })

  // EPUBCheck takes seconds per book: the last book of the run here, and twenty chapters in one book below.
  it('EPUBCheck finds nothing in the last book built', async (context) => {
    requireTool(epubcheckMissing(), context.skip)
    const file = built.at(-1)
    expect(file).toBeDefined()
    const report = await epubcheckAsync(file ?? '')
    console.info(`${path.basename(path.dirname(path.dirname(file ?? '')))}: ${summaryLine(report)}`)
    expect(describeMessages(report)).toEqual([])
  })

  it('EPUBCheck finds nothing in one book of twenty generated chapters', async (context) => {
    requireTool(epubcheckMissing(), context.skip)
    // One EPUBCheck run sees many generated chapters: raw HTML in the content model is what it checks beyond well-formedness.
    const chapters = fc.sample(chapter, {seed: 1415, numRuns: 20}).filter((text) => !forbidden.some((bad) => text.includes(bad)))
    const names = chapters.map((_text, index) => `${String(index + 1).padStart(2, '0')}-start.md`)
    const yaml = bookYaml(fc.sample(book, {seed: 1416, numRuns: 1})[0]!).replace('    - 01-start.md\n', names.map((name) => `    - ${name}\n`).join(''))
    const files = Object.fromEntries(names.map((name, index) => [name, chapters[index]!.replace('# Start', `# Chapter ${index + 1}`)]))
    const {manuscript, out} = project({'book.yaml': yaml, ...files, 'pic.png': png(4, 3)})
    const result = await runBook(manuscript, {out, formats: ['epub']})
    expect(result.code, messages(result).join('\n')).toBe(0)
    const report = await epubcheckAsync(result.outputs[0] ?? '')
    console.info(`twenty chapters: ${summaryLine(report)}`)
    expect(describeMessages(report)).toEqual([])
  })
})
