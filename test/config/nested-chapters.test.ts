// `chapters` entries in book.yaml: plain files as before, chapters with sub-chapters, and parts with or without a page.
import {describe, expect, it} from 'vitest'
import {loadManuscript} from '../../src/load/load-manuscript.js'
import {messagesOf, minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

const head = minimalBookYaml.slice(0, minimalBookYaml.indexOf('chapters:'))

/** A manuscript with `chapters` as given and a chapter for every `.md` named in it. */
function manuscript(chapters: string, names: string[]): string {
  return writeManuscript({'book.yaml': `${head}chapters:\n${chapters}`, ...Object.fromEntries(names.map((name) => [name, `# ${name}\n`]))})
}

describe('nested chapters in book.yaml', () => {
  it('loads sub-chapters and parts in reading order with their depth, parent and the parts they open', () => {
    const dir = manuscript(
      '  front: [pre.md]\n  body:\n    - a.md\n    - file: b.md\n      chapters: [b1.md, {file: b2.md, chapters: [b2x.md]}]\n    - part: Reference\n      chapters: [c.md, {part: Inner, chapters: [d.md]}]\n    - part: Stories\n      file: s.md\n      chapters: [s1.md]\n  back: [z.md]\n',
      ['pre.md', 'a.md', 'b.md', 'b1.md', 'b2.md', 'b2x.md', 'c.md', 'd.md', 's.md', 's1.md', 'z.md']
    )
    const loaded = loadManuscript(dir)
    expect(loaded.configFile.messages).toEqual([])
    expect(loaded.sources.map((source) => [source.name, source.matter, source.depth, source.parent ?? '', source.partTitle ?? '', source.opens.map((part) => `${part.title}@${part.depth}`).join(',')])).toEqual([
      ['pre.md', 'front', 0, '', '', ''],
      ['a.md', 'body', 0, '', '', ''],
      ['b.md', 'body', 0, '', '', ''],
      ['b1.md', 'body', 1, 'b.md', '', ''],
      ['b2.md', 'body', 1, 'b.md', '', ''],
      ['b2x.md', 'body', 2, 'b2.md', '', ''],
      ['c.md', 'body', 1, '', '', 'Reference@0'],
      ['d.md', 'body', 2, '', '', 'Inner@1'],
      ['s.md', 'body', 0, '', 'Stories', ''],
      ['s1.md', 'body', 1, 's.md', '', ''],
      ['z.md', 'back', 0, '', '', '']
    ])
  })

  it('builds a part page titled by `part` and numbers chapters inside parts, not sub-chapters', async () => {
    const dir = writeManuscript({
      'book.yaml': `${head}chapters:\n  body:\n    - file: a.md\n      chapters: [a1.md]\n    - part: Stories\n      file: s.md\n      chapters: [s1.md]\n`,
      'a.md': '# A\n',
      'a1.md': '## A one\n',
      's.md': 'Walks remembered.\n',
      's1.md': '# Hill\n'
    })
    const result = await runBook(dir)
    expect(messagesOf(result)).toEqual([])
    expect(result.book?.chapters.map((chapter) => [chapter.title, chapter.type, chapter.number, chapter.parent?.name ?? ''])).toEqual([
      ['A', 'chapter', 1, ''],
      ['A one', 'chapter', undefined, 'a.md'],
      ['Stories', 'part', undefined, ''],
      ['Hill', 'chapter', 2, 's.md'],
      ['Credits', 'credits', undefined, '']
    ])
  })

  it.each([
    ['an unknown key in an entry', '  body:\n    - file: a.md\n      chapterz: [b.md]\n', 'book.yaml config/unknown-key 12:7', /Unknown key `chapters\.body\.0\.chapterz`/],
    ['a part without chapters', '  body:\n    - a.md\n    - part: Empty\n      chapters: []\n', 'book.yaml config/invalid 13:17', /a part needs at least one chapter/],
    ['an entry of no known shape', '  body:\n    - a.md\n    - 3\n', 'book.yaml config/invalid 12:7', /must be a chapter file, `\{file, chapters\}` or `\{part, chapters, file\?\}`/],
    ['a sub-chapter listed twice, at its own place', '  body:\n    - file: a.md\n      chapters: [a.md, b.md]\n', 'book.yaml config/invalid 12:18', /Chapter `a\.md` is listed twice/],
    ['a missing sub-chapter, at its own place', '  body:\n    - file: a.md\n      chapters: [b.md, gone.md]\n', 'book.yaml config/chapter-missing 12:24', /Cannot find chapter `gone\.md`/]
  ])('%s is an error at its key', async (_name, chapters, expected, reason) => {
    const result = await runBook(writeManuscript({'book.yaml': `${head}chapters:\n${chapters}`, 'a.md': '# A\n', 'b.md': '# B\n'}))
    expect(result.code).toBe(2)
    expect(messagesOf(result)).toContain(expected)
    expect(result.files[0]?.messages.map((message) => message.reason).join('\n')).toMatch(reason)
  })
})
