// mdBook `{{#include}}` in code blocks: ranges, anchors, nested files, cycles, the project root, escapes, the cache, and a valid EPUB.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {selectLines} from '../../src/parse/mdbook-include.js'
import {minimalBookYaml, messagesOf, runBook, writeManuscript} from '../helpers/manuscript.js'
import {describeMessages, epubcheck, epubcheckMissing} from '../render/epub/helpers/epubcheck.js'
import {requireTool} from '../render/epub/helpers/tool-gate.js'
import {entries} from '../render/epub/helpers/unzip.js'

const lamp = ['// A lamp that counts its switches.', '// ANCHOR: state', 'struct Lamp {', '    on: bool,', '}', '// ANCHOR_END: state', '// ANCHOR: toggle', 'fn toggle(lamp: &mut Lamp) {', '    lamp.on = !lamp.on;', '}', '// ANCHOR_END: toggle', ''].join('\n')

describe('selectLines', () => {
  const text = 'one\ntwo\nthree\nfour\n'
  it.each([
    [undefined, 'one\ntwo\nthree\nfour'],
    ['2', 'two'],
    ['2:3', 'two\nthree'],
    [':2', 'one\ntwo'],
    ['3:', 'three\nfour']
  ])('reads `%s` as mdBook does', (selector, expected) => {
    expect(selectLines(text, selector)).toBe(expected)
  })

  it('takes the lines between an anchor and drops every anchor line', () => {
    expect(selectLines(lamp, 'state')).toBe('struct Lamp {\n    on: bool,\n}')
    expect(selectLines(lamp, 'nowhere')).toEqual({reason: 'Cannot find anchor `nowhere`'})
    expect(selectLines(text, '3:2')).toEqual({reason: 'Line range `3:2` is empty'})
  })
})

/** The XHTML of the book's one chapter. */
function chapterXhtml(epub: string): string {
  const files = entries(readFileSync(epub))
  const name = Object.keys(files).find((entry) => /01-start\.xhtml$/.test(entry)) ?? ''
  return new TextDecoder().decode(files[name])
}

describe('mdBook includes in code blocks', () => {
  it('fill in ranges, anchors and nested files, keep escaped ones literal, and make a valid EPUB', async (context) => {
    const chapter = ['# Lamps', '', '```rust', '{{#include listings/lamp.rs:state}}', '```', '', '```rust', '{{#rustdoc_include listings/lamp.rs:toggle}}', '```', '', '```rust', '{{#include listings/lamp.rs:1}}', '{{#include listings/outer.rs::1}}', '```', '', '```markdown', '\\{{#include listings/lamp.rs:2:4}}', '```', ''].join('\n')
    const manuscript = writeManuscript({
      'book.yaml': minimalBookYaml,
      '01-start.md': chapter,
      'listings/lamp.rs': lamp,
      'listings/outer.rs': '{{#include nested/inner.rs}}\n// not taken\n',
      'listings/nested/inner.rs': 'let inner = 1;\n'
    })
    const result = await runBook(manuscript, {formats: ['epub']})
    expect(result.code, result.failure).toBe(0)
    expect(messagesOf(result)).toEqual([])
    const xhtml = chapterXhtml(result.outputs.find((output) => output.endsWith('.epub')) ?? '')
    expect(xhtml).toContain('<code class="language-rust">struct Lamp {\n    on: bool,\n}\n</code>')
    expect(xhtml).toContain('<code class="language-rust">fn toggle(lamp: &amp;mut Lamp) {\n    lamp.on = !lamp.on;\n}\n</code>')
    expect(xhtml).toContain('<code class="language-rust">// A lamp that counts its switches.\nlet inner = 1;\n</code>')
    expect(xhtml).toContain('<code class="language-markdown">{{#include listings/lamp.rs:2:4}}\n</code>')
    if (!requireTool(epubcheckMissing(), context.skip)) return
    expect(describeMessages(epubcheck(result.outputs.find((output) => output.endsWith('.epub')) ?? ''))).toEqual([])
  })

  it('report a missing file, a missing anchor, a cycle and a path outside the project at the include', async () => {
    const chapter = ['# Lamps', '', '- A list:', '', '  ```rust', '  {{#include listings/gone.rs}}', '  ```', '', '```rust', 'fn main() {}', '{{#include listings/lamp.rs:nowhere}}', '{{#include listings/loop.rs}}', '{{#include ../secret.txt}}', '```', ''].join('\n')
    const dir = writeManuscript({
      'secret.txt': 'not the book\n',
      'book/book.yaml': minimalBookYaml,
      'book/01-start.md': chapter,
      'book/listings/lamp.rs': lamp,
      'book/listings/loop.rs': '{{#include again.rs}}\n',
      'book/listings/again.rs': '{{#include loop.rs}}\n'
    })
    const result = await runBook(path.join(dir, 'book'))
    expect(result.code).toBe(1)
    expect(messagesOf(result)).toEqual([
      '01-start.md parse/include-failed 6:3',
      '01-start.md parse/include-failed 11:1',
      '01-start.md parse/include-failed 12:1',
      '01-start.md parse/include-failed 13:1'
    ])
    const reasons = result.files.flatMap((file) => file.messages.map((message) => message.reason))
    expect(reasons[0]).toBe('Cannot include `{{#include listings/gone.rs}}`: `listings/gone.rs` does not exist')
    expect(reasons[1]).toBe('Cannot include `{{#include listings/lamp.rs:nowhere}}`: Cannot find anchor `nowhere` in `listings/lamp.rs`')
    expect(reasons[2]).toMatch(/^Cannot include `\{\{#include listings\/loop\.rs\}\}`: in `listings\/loop\.rs`, .*includes itself \(`loop\.rs` → `again\.rs` → `loop\.rs`\)$/)
    expect(reasons[3]).toMatch(/`\.\.\/secret\.txt` is outside the project root/)
  })

  it('read from `project-root`, an ancestor of the manuscript, and nowhere above it', async () => {
    const chapter = ['# Lamps', '', '```rust', '{{#include ../../examples/lamp.rs:state}}', '```', '', '```text', '{{#include ../../../outside.txt}}', '```', ''].join('\n')
    const dir = writeManuscript({
      'outside.txt': 'not the project\n',
      'repo/examples/lamp.rs': lamp,
      'repo/guide/src/book.yaml': `${minimalBookYaml}project-root: ../..\n`,
      'repo/guide/src/01-start.md': chapter
    })
    const result = await runBook(path.join(dir, 'repo/guide/src'))
    expect(messagesOf(result)).toEqual(['01-start.md parse/include-failed 8:1'])

    writeFileSync(path.join(dir, 'repo/guide/src/book.yaml'), `${minimalBookYaml}project-root: /tmp\n`)
    const invalid = await runBook(path.join(dir, 'repo/guide/src'))
    expect(messagesOf(invalid)).toContain('book.yaml config/invalid 12:15')
  })

  it('parse the chapter again when an included file changes', async () => {
    const manuscript = writeManuscript({
      'book.yaml': minimalBookYaml,
      '01-start.md': '# Lamps\n\n```rust\n{{#include lamp.rs}}\n```\n',
      'lamp.rs': 'let first = 1;\n'
    })
    const cacheDir = path.join(manuscript, '.colophon-cache')
    const first = await runBook(manuscript, {formats: ['epub'], cacheDir})
    expect(chapterXhtml(first.outputs.find((output) => output.endsWith('.epub')) ?? '')).toContain('let first = 1;')
    writeFileSync(path.join(manuscript, 'lamp.rs'), 'let second = 2;\n')
    const second = await runBook(manuscript, {formats: ['epub'], cacheDir})
    expect(chapterXhtml(second.outputs.find((output) => output.endsWith('.epub')) ?? '')).toContain('let second = 2;')
  })
})
