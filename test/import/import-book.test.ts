// `colophon import` on small books of each tradition, written here: the contents, metadata and exclusions it drafts.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {bookYamlText, importBook} from '../../src/import/import-book.js'
import {readSummary} from '../../src/import/summary-md.js'
import {runBook, writeManuscript} from '../helpers/manuscript.js'

const date = '2026-03-04'

describe('readSummary', () => {
  it('keeps prefix, parts, nesting and suffix, and says what it left out', () => {
    const summary = readSummary(
      [
        '# Summary',
        '',
        '[Welcome](welcome.md)',
        '',
        '# Getting started',
        '',
        '- [Setting up](setup.md)',
        '    - [On a laptop](setup/laptop.md)',
        '        - [Drafting]()',
        '- [First steps](first.md)',
        '',
        '# In depth',
        '',
        '- [Details](details.md)',
        '  - [A section](details.md#section)',
        '- [Elsewhere](https://example.org/)',
        '',
        '---',
        '',
        '[Thanks](thanks.md)'
      ].join('\n')
    )
    expect(summary.prefix).toEqual(['welcome.md'])
    expect(summary.numbered).toEqual([
      {part: 'Getting started', chapters: [{file: 'setup.md', chapters: ['setup/laptop.md']}, 'first.md']},
      {part: 'In depth', chapters: ['details.md']}
    ])
    expect(summary.suffix).toEqual(['thanks.md'])
    expect(summary.skipped).toEqual([
      'draft chapter “Drafting” (no file)',
      '“A section” is a section of `details.md`, already a chapter',
      '“Elsewhere” links outside the book (https://example.org/)'
    ])
  })
})

describe('importBook', () => {
  it('reads an mdBook: book.toml metadata, SUMMARY.md contents, the licence above the book, other files excluded', () => {
    const dir = writeManuscript({
      'LICENSE': 'Mozilla Public License Version 2.0\n==================================\n',
      'guide/book.toml': '[book]\ntitle = "Tending a Small Orchard"\nauthors = ["Rowan Field"]\nlanguage = "en"\ndescription = "Pruning, grafting and patience."\n\n[preprocessor.count]\ncommand = "count-words"\n',
      'guide/src/SUMMARY.md': '# Summary\n\n[Before you plant](intro.md)\n\n- [Choosing trees](choosing.md)\n    - [Rootstocks](choosing/rootstocks.md)\n',
      'guide/src/intro.md': '# Before you plant\n\nWalk the ground first.\n',
      'guide/src/choosing.md': '# Choosing trees\n\nAsk a neighbour.\n',
      'guide/src/choosing/rootstocks.md': '## Rootstocks\n\nThey set the size.\n',
      'guide/src/listing.md': 'A fragment pulled in elsewhere.\n'
    })
    const book = importBook(dir, date)
    expect(book?.tradition).toBe('mdBook')
    expect(book?.root).toBe(path.join(dir, 'guide/src'))
    expect(book?.config).toMatchObject({
      title: 'Tending a Small Orchard',
      language: 'en',
      date,
      authors: [{name: 'Rowan Field'}],
      rights: '© Rowan Field',
      license: 'MPL-2.0',
      description: 'Pruning, grafting and patience.',
      chapters: {front: ['intro.md'], body: [{file: 'choosing.md', chapters: ['choosing/rootstocks.md']}]},
      exclude: ['SUMMARY.md', 'listing.md']
    })
    expect(book?.config.identifier).toMatch(/^urn:uuid:[\da-f]{8}-[\da-f]{4}-5[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/)
    expect(book?.notes.join('\n')).toContain('preprocessor `count`')
    // The same book imported again gets the same identifier.
    expect(importBook(dir, date)?.config.identifier).toBe(book?.config.identifier)
  })

  it('reads a HonKit book in its first language, with the cover beside book.json and sections of a chapter left out', () => {
    const dir = writeManuscript({
      'book.json': JSON.stringify({title: 'Bread at Home', variables: {flour: 'rye', hours: 12, loaves: ['tin', 'cob']}}),
      'LANGS.md': '* [English](en/)\n* [Cymraeg](cy/)\n',
      'LICENSE': 'Licensed under https://creativecommons.org/licenses/by-sa/4.0/\n',
      'cover.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      'en/SUMMARY.md': '# Summary\n\n* [Welcome](README.md)\n* [Starters](starter/README.md)\n  * [Feeding](starter/README.md#feeding)\n',
      'en/README.md': '# Welcome\n\nFlour and water.\n',
      'en/starter/README.md': '# Starters\n\n## Feeding\n\nTwice a day.\n'
    })
    const book = importBook(dir, date)
    expect(book?.tradition).toBe('HonKit')
    expect(book?.config).toMatchObject({
      title: 'Bread at Home',
      language: 'en',
      license: 'CC-BY-SA-4.0',
      cover: 'cover.jpg',
      chapters: {body: ['en/README.md', 'en/starter/README.md']},
      exclude: ['LANGS.md', 'en/SUMMARY.md'],
      variables: {flour: 'rye', hours: '12'}
    })
    expect(book?.notes).toContain('`book.json` defines 1 variables that are not text or numbers; they are not copied')
    expect(book?.notes.join('\n')).toContain('“Feeding” is a section of `en/starter/README.md`')
  })

  it('reads a Quarto book: index as front matter, parts, appendices as back matter, authors as objects', () => {
    const dir = writeManuscript({
      '_quarto.yml': [
        'project:',
        '  type: book',
        'book:',
        '  title: "Field Notes on Moss"',
        '  author:',
        '    - name: "Ines Lichen"',
        '    - "Tomas Fern"',
        '  chapters:',
        '    - index.qmd',
        '    - part: "Looking"',
        '      chapters: [look/where.qmd]',
        '  appendices: [glossary.md]'
      ].join('\n'),
      'index.qmd': '# Preface {.unnumbered}\n\nA small green world.\n',
      'look/where.qmd': '# Where to look\n\nNorth faces.\n',
      'glossary.md': '# Glossary\n\nSpore: a seed, nearly.\n',
      'includes/_note.qmd': 'Shared text.\n'
    })
    expect(importBook(dir, date)?.config).toMatchObject({
      title: 'Field Notes on Moss',
      authors: [{name: 'Ines Lichen'}, {name: 'Tomas Fern'}],
      chapters: {front: ['index.qmd'], body: [{part: 'Looking', chapters: ['look/where.qmd']}], back: ['glossary.md']},
      exclude: ['includes/_note.qmd']
    })
  })

  it('reads a Jupyter Book from its docs folder: root, captioned parts, extensionless files, an HTML author', () => {
    const dir = writeManuscript({
      'docs/_toc.yml': 'format: jb-book\nroot: index\nparts:\n- caption: Basics\n  chapters:\n    - file: first\n    - file: notebook\n',
      'docs/_config.yml': 'title: "Careful Data"\nauthor: "<a href=\'https://example.org\'>June Ledger</a>"\ncopyright: "2025"\n',
      'docs/index.md': '# Careful Data\n\nStart here.\n',
      'docs/first.md': '# First\n\nKeep raw data raw.\n',
      'docs/notebook.ipynb': '{}'
    })
    const book = importBook(dir, date)
    expect(book?.root).toBe(path.join(dir, 'docs'))
    expect(book?.config).toMatchObject({
      title: 'Careful Data',
      authors: [{name: 'June Ledger'}],
      rights: '© 2025 June Ledger',
      chapters: {front: ['index.md'], body: [{part: 'Basics', chapters: ['first.md']}]}
    })
    expect(book?.notes).toContain('`notebook.ipynb` is not Markdown; Colophon cannot read it yet')
  })

  it('finds nothing in a folder that is not a book', () => {
    expect(importBook(writeManuscript({'notes.md': '# Notes\n'}), date)).toBeUndefined()
  })

  it('writes a book.yaml that Colophon reads: excluded files are not reported as unlisted chapters', async () => {
    const dir = writeManuscript({
      'book.json': JSON.stringify({title: 'Bread at Home', author: 'Mari Baker'}),
      'LICENSE': 'Permission is hereby granted, free of charge, to any person\n',
      'SUMMARY.md': '# Summary\n\n* [Welcome](README.md)\n',
      'README.md': '# Welcome\n\nFlour and water.\n',
      'fragment.md': 'Included text.\n'
    })
    const book = importBook(dir, date)
    expect(book?.config.exclude).toEqual(['SUMMARY.md', 'fragment.md'])
    const text = bookYamlText(book!)
    expect(parse(text)).toEqual(JSON.parse(JSON.stringify(book!.config)))
    writeFileSync(path.join(dir, 'book.yaml'), text)
    const result = await runBook(dir)
    const rules = result.files.flatMap((file) => file.messages.map((message) => message.ruleId))
    expect(rules).not.toContain('config/chapter-unlisted')
    expect(rules).not.toContain('config/invalid')
    expect(readFileSync(path.join(dir, 'book.yaml'), 'utf8')).toContain('# Imported from HonKit')

    // A file neither listed nor excluded is still reported, with both ways out.
    writeFileSync(path.join(dir, 'stray.md'), '# Stray\n')
    const again = await runBook(dir)
    expect(again.files.flatMap((file) => file.messages.map((message) => message.reason))).toContain('Markdown file `stray.md` is not listed in `chapters`, so it is not in the book; add it if it is a chapter, or to `exclude` if it is not')
  })
  it('gives an mdBook guide whose listings come from its repository a `project-root`, and they are filled in', async () => {
    const repository = writeManuscript({
      'examples/kettle.rs': 'fn boil() {}\n',
      'guide/book.toml': '[book]\ntitle = "Kettles"\nlanguage = "en"\nauthors = ["Kit Maker"]\n',
      'guide/src/SUMMARY.md': '# Summary\n\n- [Boiling](tea/boil.md)\n',
      'guide/src/tea/boil.md': '# Boiling\n\n```rust\n{{#include ../../../examples/kettle.rs}}\n```\n\nNot this: `\\{{#include ../../../../etc/passwd}}`.\n'
    })
    const book = importBook(repository, date)
    expect(book?.config['project-root']).toBe('../..')
    expect(book?.notes).toContain('Includes read files up to `../..` above the chapters: `project-root` lets them')
    writeFileSync(path.join(repository, 'guide/src/book.yaml'), bookYamlText(book!))
    const result = await runBook(path.join(repository, 'guide/src'))
    expect(result.files.flatMap((file) => file.messages.map((message) => message.ruleId ?? "")).filter((id) => /^(?:parse|markdown)\//.test(id))).toEqual([])
    const code = result.book?.chapters[0]?.hast
    expect(JSON.stringify(code)).toContain('fn boil() {}')
  })
})
