// Tests for chapter numbering: 1…N for top-level body chapters, `numbering: none`, and titles that carry their own numbers.
import {describe, expect, it} from 'vitest'
import {hasOwnNumber} from '../../src/transform/number-chapters.js'
import {minimalBookYaml} from '../helpers/manuscript.js'
import {runCase} from '../check/rule-table.js'

const twoChapters = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-next.md\n')

describe('hasOwnNumber', () => {
  it.each(['Chapter 1: Intro', 'chapter 12 The end', 'Ch. 3 Tools', 'CHAPTER IV: Rome', '1. Intro', '1 Intro', '2.3 Detail', '10) Ten', 'IV. Rome'])('%s carries a number', (title) => {
    expect(hasOwnNumber(title)).toBe(true)
  })

  it.each(['Introduction', 'Chapters of a life', '1984', 'Chaptering', 'Ivy', 'Mix and match', '3D printing'])('%s does not', (title) => {
    expect(hasOwnNumber(title)).toBe(false)
  })
})

describe('chapter numbers', () => {
  it('numbers top-level body chapters 1…N', async () => {
    const result = await runCase({'book.yaml': twoChapters, '01-start.md': '# Start\n', '02-next.md': '# Next\n\nSee [](01-start.md).\n'})
    expect(result.book?.chapters.map((chapter) => chapter.number)).toEqual([1, 2, undefined])
    expect(JSON.stringify(result.book?.chapters[1]?.hast)).toContain('"value":"Chapter 1"')
  })

  it('numbers nothing with `numbering: none`, and a cross-reference reads the title', async () => {
    const result = await runCase({'book.yaml': `${twoChapters}numbering: none\n`, '01-start.md': '# Start\n', '02-next.md': '# Next\n\nSee [](01-start.md).\n'})
    expect(result.book?.chapters.map((chapter) => chapter.number)).toEqual([undefined, undefined, undefined])
    expect(JSON.stringify(result.book?.chapters[1]?.hast)).toContain('"value":"Start"')
  })

  it('adds no number to a book whose titles carry their own ("Chapter 1: …"), so none is doubled', async () => {
    const result = await runCase({'book.yaml': twoChapters, '01-start.md': '# Chapter 1: Start\n', '02-next.md': '# Chapter 2: Next\n\nSee [](01-start.md).\n'})
    expect(result.book?.chapters.map((chapter) => chapter.number)).toEqual([undefined, undefined, undefined])
    expect(JSON.stringify(result.book?.chapters[1]?.hast)).toContain('"value":"Chapter 1: Start"')
  })

  it('still numbers a book where only a few titles start with a number', async () => {
    const result = await runCase({
      'book.yaml': twoChapters.replace('    - 02-next.md\n', '    - 02-next.md\n    - 03-last.md\n'),
      '01-start.md': '# Start\n',
      '02-next.md': '# 10 tips for walking\n',
      '03-last.md': '# Last\n'
    })
    expect(result.book?.chapters.map((chapter) => chapter.number)).toEqual([1, 2, 3, undefined])
  })

  it('rejects a `numbering` it does not know', async () => {
    const result = await runCase({'book.yaml': `${minimalBookYaml}numbering: roman\n`})
    expect(result.code).toBe(2)
    expect(result.files[0]?.messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)).toEqual(['config/invalid 12:12'])
  })
})
