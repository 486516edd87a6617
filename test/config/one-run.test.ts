// Tests that config errors which leave the book readable come in the same run as the rules' findings, still with exit 2.
import {describe, expect, it} from 'vitest'
import {messagesOf, minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

const chapter = '# Start\n\nSee [the missing part](#nowhere).\n'

describe('config and rule errors in one run', () => {
  it('reports an unknown key, a bad rule id, a missing and an unlisted chapter together with a broken link', async () => {
    const yaml = `${minimalBookYaml.replace('title:', 'titel: x\ntitle:')}    - 02-gone.md\nchecks:\n  link/anchor-misssing: warn\n`
    const dir = writeManuscript({'book.yaml': yaml, '01-start.md': chapter, 'notes.md': '# Notes\n'})
    const result = await runBook(dir)
    expect(result.code).toBe(2)
    expect(messagesOf(result)).toEqual([
      'book.yaml config/unknown-key 1:1',
      'book.yaml config/chapter-missing 13:7',
      'book.yaml config/chapter-unlisted 10:1',
      'book.yaml config/unknown-rule 15:3',
      '01-start.md link/anchor-missing 3:5'
    ])
  })

  it('stops at a YAML syntax error, with nothing else to report', async () => {
    const dir = writeManuscript({'book.yaml': `${minimalBookYaml}checks: [\n`, '01-start.md': chapter})
    const result = await runBook(dir)
    expect(result.code).toBe(2)
    expect(messagesOf(result).map((line) => line.split(' ')[1])).toEqual(['config/yaml'])
  })

  it('stops when no body chapter can be read', async () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml.replace('01-start.md', '02-gone.md'), '02-gone.txt': chapter})
    const result = await runBook(dir)
    expect(result.code).toBe(2)
    expect(messagesOf(result)).toEqual(['book.yaml config/chapter-missing 11:7'])
    expect(result.book).toBeUndefined()
  })
})
