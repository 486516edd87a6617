// Tests for `colophon import` as a real child process: it writes book.yaml beside the chapters, says what it guessed, refuses to overwrite, and the book then builds.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeManuscript} from '../helpers/manuscript.js'

const bin = path.resolve(import.meta.dirname, '../../bin/colophon.js')

function colophon(args: string[], cwd?: string): {code: number | null; stderr: string} {
  const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', cwd, env: {...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600'}})
  return {code: result.status, stderr: result.stderr}
}

/** A small mdBook of original text, its chapters in `src/` beside `book.toml`. */
function mdBook(): string {
  return writeManuscript({
    'book.toml': '[book]\ntitle = "Knots for Sailors"\nauthors = ["Maren Holt"]\nlanguage = "en"\n',
    'LICENSE': 'Permission is hereby granted, free of charge, to any person obtaining a copy\n',
    'src/SUMMARY.md': '# Summary\n\n- [Bends](bends.md)\n- [Hitches](hitches.md)\n',
    'src/bends.md': '# Bends\n\nA bend joins two ropes. See [hitches](hitches.html).\n',
    'src/hitches.md': '# Hitches\n\nA hitch ties a rope to a post.\n'
  })
}

describe('colophon import', () => {
  it('writes book.yaml beside the chapters, lists what it guessed, and the book builds clean', () => {
    const dir = mdBook()
    const result = colophon(['import', dir])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('Read the book as mdBook wrote it; wrote')
    expect(result.stderr).toContain('`date` set to 2026-01-01: change it to the publication date')
    expect(result.stderr).toContain('Licence MIT read from `LICENSE`')
    const yaml = readFileSync(path.join(dir, 'src/book.yaml'), 'utf8')
    expect(yaml).toContain('title: Knots for Sailors')
    expect(yaml).toContain('exclude:\n  - SUMMARY.md')
    const check = colophon(['check', '--manuscript', path.join(dir, 'src')])
    expect(check.stderr).toBe('')
    expect(check.code).toBe(0)
  })

  it('refuses to replace a book.yaml without --force, and replaces it with', () => {
    const dir = mdBook()
    expect(colophon(['import', dir]).code).toBe(0)
    const again = colophon(['import', dir])
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/book\.yaml` already exists; pass --force to replace it/)
    expect(colophon(['import', dir, '--force']).code).toBe(0)
  })

  it('exits 2 with what it looked for when the folder holds no known book', () => {
    const dir = writeManuscript({'notes.md': '# Notes\n'})
    const result = colophon(['import', dir])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/no book found in `.*`: looked for book\.toml \(mdBook\), _quarto\.yml \(Quarto\), _toc\.yml \(Jupyter Book\), book\.json or SUMMARY\.md \(GitBook\/HonKit\)/)
    expect(existsSync(path.join(dir, 'book.yaml'))).toBe(false)
  })
})
