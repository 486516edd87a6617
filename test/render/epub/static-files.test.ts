// The fonts an EPUB carries: Literata's subsets its text needs, JetBrains Mono only with code, each with its licence.
import {beforeAll, describe, expect, test} from 'vitest'
import {buildFixture, type BuiltEpub} from './helpers/build-fixture.js'
import {readPackage} from './helpers/read-package.js'
import {entryText} from './helpers/unzip.js'

/** The `fonts/` items of the manifest, sorted. */
function fontItems(built: BuiltEpub): string[] {
  return readPackage(entryText(built.bytes, 'OEBPS/package.opf'))
    .items()
    .map((item) => item['href'] ?? '')
    .filter((href) => href.startsWith('fonts/'))
    .sort()
}

const faces = ['400-italic', '400-normal', '700-italic', '700-normal']

describe('EPUB fonts', () => {
  let features: BuiltEpub
  let arabic: BuiltEpub

  beforeAll(async () => {
    features = await buildFixture('epub-features')
    arabic = await buildFixture('epub-rtl')
  })

  test('a book with Polish, Greek and code carries latin-ext, greek and the monospace font, with both licences', () => {
    expect(fontItems(features)).toEqual(
      [
        'fonts/OFL.txt',
        'fonts/jetbrains-mono-OFL.txt',
        'fonts/jetbrains-mono-latin-400-normal.woff2',
        ...['latin', 'latin-ext', 'greek'].flatMap((subset) => faces.map((face) => `fonts/literata-${subset}-${face}.woff2`))
      ].sort()
    )
  })

  test('each face is declared with its unicode-range, latin last, and code is set in JetBrains Mono', () => {
    const css = entryText(features.bytes, 'OEBPS/css/book.css')
    const rules = [...css.matchAll(/@font-face \{[^}]*\}/g)].map((match) => match[0])
    expect(rules).toHaveLength(13)
    for (const rule of rules) expect(rule).toMatch(/src: url\("\.\.\/fonts\/[a-z-]+-\d00-(?:normal|italic)\.woff2"\) format\("woff2"\); unicode-range: U\+/)
    expect(rules.findIndex((rule) => rule.includes('literata-latin-400'))).toBeGreaterThan(rules.findIndex((rule) => rule.includes('literata-greek-400')))
    expect(rules.find((rule) => rule.includes('literata-greek-400-normal'))).toContain('unicode-range: U+0370-0377')
    expect(css).toMatch(/code,\s*kbd,\s*samp \{\s*font-family: "JetBrains Mono"/)
  })

  test('a book in a script Literata lacks, with no code, carries the Latin faces and nothing else', () => {
    expect(fontItems(arabic)).toEqual(['fonts/OFL.txt', ...faces.map((face) => `fonts/literata-latin-${face}.woff2`)])
    expect(entryText(arabic.bytes, 'OEBPS/css/book.css')).not.toContain('jetbrains-mono-')
  })
})
