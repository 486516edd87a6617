// The PDF of a book with Greek, Cyrillic, Devanagari, symbols and emoji: every character drawn by a bundled font, none by the machine's.
import {createHash} from 'node:crypto'
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'
import {noChromeReason} from './chrome-available.js'
import {poppler, readPdf, type ReadPdf} from './read-pdf.js'

const chapter = [
  '# Signals',
  '',
  'The harbour is λιμάνι and the lamp is фонарь; the keeper writes दीप in the margin.',
  '',
  'A lit window 🪟, a keeper at work 👩‍🔧, a heart ❤️ and a flag 🇳🇴 on the mast.',
  '',
  'Bearing ↗ then → past the ♞ buoy, where depth ≤ 5 m, the chart says ⊕ and the log ‰.',
  '',
  'The log ends with a mark \uE000 no font has.',
  ''
].join('\n')

async function build(): Promise<{result: Awaited<ReturnType<typeof runBook>>; file: string; bytes: Buffer}> {
  const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': chapter})
  // No cache folder: each build prints and reads the fonts' coverage afresh.
  const result = await runBook(dir, {out: path.join(dir, '..', `${path.basename(dir)}-dist`), formats: ['pdf']})
  expect(result.failure).toBeUndefined()
  expect(result.code).toBe(0)
  const file = result.outputs.find((output) => output.endsWith('.pdf')) as string
  return {result, file, bytes: readFileSync(file)}
}

describe.skipIf(noChromeReason())('PDF of a book that needs fallback fonts', () => {
  let built: Awaited<ReturnType<typeof build>>
  let pdf: ReadPdf

  beforeAll(async () => {
    built = await build()
    pdf = await readPdf(built.bytes)
  })

  it('warns about the one character no font has, at its place', () => {
    const messages = built.result.files.flatMap((file) => file.messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`))
    expect(messages).toEqual(['text/glyph-missing 9:26'])
  })

  it('embeds the Noto fallbacks the text needs and no font of the machine', () => {
    const rows = poppler('pdffonts', built.file).split('\n').slice(2).filter(Boolean)
    const names = rows.map((row) => row.trim().split(/\s+/)[0] ?? '')
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes')
    // Chrome draws colour (COLR) glyphs as Type 3 fonts, which have no name.
    for (const name of names) expect(name).toMatch(/^(?:\[none\]|[A-Z]{6}\+(?:Literata|NotoSans|NotoSansSymbols2|NotoSansMath|NotoColorEmoji|DejaVuSans)(?:-|$))/)
    const families = new Set(names.filter((name) => name !== '[none]').map((name) => name.replace(/^[A-Z]{6}\+/, '').split('-')[0]))
    // Literata lacks Devanagari (Noto Sans), ↗ and ♞ (Noto Sans Math, Symbols 2), ‰ (DejaVu Sans); the emoji are Type 3.
    expect([...families].sort()).toEqual(['DejaVuSans', 'Literata', 'NotoSans', 'NotoSansMath', 'NotoSansSymbols2'])
    expect(names).toContain('[none]')
  })

  it('prints the words, symbols and emoji as text a reader can search', () => {
    // pdf.js puts a space between runs of different fonts, and between the glyphs of दीप.
    const text = pdf.pages.map((page) => page.text).join('').replace(/\s+/g, '')
    for (const word of ['λιμάνι', 'фонарь', 'दीप', '♞', '‰', '🪟', '👩‍🔧']) expect(text).toContain(word)
  })

  it('draws the emoji in colour', () => {
    const page = pdf.pages.findIndex((candidate) => candidate.text.includes('harbour')) + 1
    const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), built.file])
    // P6 header: magic, width, height, maximum value, each followed by one whitespace byte; then RGB.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString('latin1'))
    const pixels = ppm.subarray(header?.[0].length ?? 0)
    let coloured = 0
    for (let index = 0; index + 2 < pixels.length; index += 3) {
      const [red = 0, green = 0, blue = 0] = pixels.subarray(index, index + 3)
      if (Math.max(red, green, blue) - Math.min(red, green, blue) > 80) coloured++
    }

    // The text is black on white; only the emoji have colour (a blank or monochrome emoji font gives none).
    expect(coloured).toBeGreaterThan(20)
  })

  it('gives the same bytes when built again', async () => {
    const again = await build()
    const hash = (data: Buffer) => createHash('sha256').update(data).digest('hex')
    expect(hash(again.bytes)).toBe(hash(built.bytes))
  })
})
