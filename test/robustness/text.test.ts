// Hostile text: bad encodings, BOMs, mixed line endings, huge lines, deep nesting and pathological emphasis stay bounded.
import {describe, expect, it} from 'vitest'
import {messages, project, reasons, runBook} from './harness.js'

const head = '# Start\n\n'

describe('encodings and line endings', () => {
  it('refuses Latin-1 text at the bad byte, with line, column and byte offset', async () => {
    const bytes = Buffer.concat([Buffer.from(head + 'Caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')])
    const result = await runBook(project({'01-start.md': bytes}).manuscript)
    expect(result.code).toBe(2)
    expect(messages(result)).toEqual(['01-start.md config/encoding 3:4'])
    expect(reasons(result)).toEqual(['File is not valid UTF-8 at byte 12; save it as UTF-8'])
  })

  it('refuses UTF-16 at byte 0', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(head, 'utf16le')])
    const result = await runBook(project({'01-start.md': bytes}).manuscript)
    expect(messages(result)).toEqual(['01-start.md config/encoding 1:1'])
    expect(reasons(result)).toEqual(['File is not valid UTF-8 at byte 0; save it as UTF-8'])
  })

  it('refuses a chapter over 20 MiB instead of dropping it', async () => {
    const result = await runBook(project({'01-start.md': head + 'x'.repeat(21 * 1024 * 1024)}).manuscript)
    expect(result.code).toBe(2)
    // A whole-file problem has no line.
    expect(messages(result)).toEqual(['01-start.md config/read undefined:undefined'])
    expect(reasons(result)).toEqual(['File is larger than 20 MiB; split it'])
  })

  it('refuses a truncated multi-byte sequence at its first byte', async () => {
    const bytes = Buffer.concat([Buffer.from(head + 'ok '), Buffer.from('€').subarray(0, 2), Buffer.from('\n')])
    const result = await runBook(project({'01-start.md': bytes}).manuscript)
    expect(messages(result)).toEqual(['01-start.md config/encoding 3:4'])
    expect(reasons(result)).toEqual(['File is not valid UTF-8 at byte 12; save it as UTF-8'])
  })

  it('reads front matter after a byte-order mark', async () => {
    const result = await runBook(project({'01-start.md': '\uFEFF---\ntitle: Beginnings\n---\n\n# Start\n'}).manuscript)
    expect(messages(result)).toEqual([])
    expect(result.book?.chapters[0]?.title).toBe('Beginnings')
  })

  it('keeps positions right across mixed CRLF, CR and LF line endings', async () => {
    const result = await runBook(project({'01-start.md': '# Start\r\n\r\nText\rMore\n\n<script>x</script>\r\n'}).manuscript)
    expect(messages(result)).toEqual(['01-start.md security/html-removed 6:1'])
  })
})

describe('bounded time and stack', () => {
  it('parses a 1 MB line', {timeout: 60_000}, async () => {
    const result = await runBook(project({'01-start.md': head + 'word '.repeat(210_000) + '\n'}).manuscript)
    expect(messages(result)).toEqual([])
    expect(result.code).toBe(0)
  })

  it('parses 50 000 repetitions of `*a **a ` (pathological emphasis)', {timeout: 60_000}, async () => {
    const result = await runBook(project({'01-start.md': head + '*a **a '.repeat(50_000) + '\n'}).manuscript)
    expect(result.code).toBe(0)
  })

  it('parses 10 000 nested brackets', {timeout: 60_000}, async () => {
    const result = await runBook(project({'01-start.md': head + '['.repeat(10_000) + 'x' + ']'.repeat(10_000) + '\n'}).manuscript)
    expect(result.code).toBe(0)
  })

  it('refuses 10 000 levels of `>` at the line, with the byte offset', async () => {
    const result = await runBook(project({'01-start.md': head + '>'.repeat(10_000) + ' deep\n'}).manuscript)
    expect(result.code).toBe(1)
    expect(messages(result)).toEqual(['01-start.md parse/too-deep 3:1'])
    expect(reasons(result)).toEqual(['Markdown is nested deeper than 100 levels at byte 9; flatten it'])
  })

  it('refuses a byte offset that counts CRLF line endings as two bytes', async () => {
    const result = await runBook(project({'01-start.md': '# Start\r\n\r\n' + '> '.repeat(5_000) + 'deep\r\n'}).manuscript)
    expect(reasons(result)).toEqual(['Markdown is nested deeper than 100 levels at byte 11; flatten it'])
  })

  it('refuses 1 000 nested list items at the 101st level', {timeout: 60_000}, async () => {
    // (10 000 levels of indentation would be a 100 MB file, refused for its size before parsing.)
    const lines = Array.from({length: 1000}, (_, level) => `${'  '.repeat(level)}- x`)
    const result = await runBook(project({'01-start.md': head + lines.join('\n') + '\n'}).manuscript)
    expect(result.code).toBe(1)
    // Level n (from 0) is 1 marker plus n two-space indents: level 100 is line 103.
    const offset = Buffer.byteLength(head + lines.slice(0, 100).join('\n') + '\n')
    expect(messages(result)).toEqual(['01-start.md parse/too-deep 103:1'])
    expect(reasons(result)).toEqual([`Markdown is nested deeper than 100 levels at byte ${offset}; flatten it`])
  })

  it('refuses 10 000 list markers on one line', async () => {
    const result = await runBook(project({'01-start.md': head + '- '.repeat(10_000) + 'x\n'}).manuscript)
    expect(messages(result)).toEqual(['01-start.md parse/too-deep 3:1'])
  })

  it('refuses 10 000 nested HTML elements at the 257th', async () => {
    const result = await runBook(project({'01-start.md': head + '<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000) + '\n'}).manuscript)
    expect(result.code).toBe(1)
    expect(messages(result)).toEqual([`01-start.md parse/too-deep 3:${256 * 5 + 1}`])
    expect(reasons(result)).toEqual([`HTML is nested deeper than 256 levels at byte ${9 + 256 * 5}; flatten it`])
  })
})
