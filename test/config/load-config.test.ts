// Tests for book.yaml and front matter validation: each broken config gives exit 2 with file, line, column and rule id.
import {describe, expect, it} from 'vitest'
import {bookSchema, isIsbn13} from '../../src/config/schema.js'
import {messagesOf, minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

const chapter = '# Start\n\nThe first chapter.\n'

describe('book.yaml', () => {
  it('accepts languages in every form BCP 47 allows', async () => {
    for (const tag of ['en-GB', 'ar', 'ja', 'zh-Hant-TW', 'yue-HK', 'sgn-BE-FR', 'qaa', 'x-klingon', 'de-CH-1996']) {
      const dir = writeManuscript({'book.yaml': minimalBookYaml.replace('en-GB', tag), '01-start.md': chapter})
      expect(messagesOf(await runBook(dir)), tag).toEqual([])
    }
  })

  it('prints notes at the foot of the page unless the book asks for endnotes', () => {
    const base = {title: 'T', language: 'en', identifier: 'urn:uuid:00000000-0000-4000-8000-000000000000', date: '2026-01-01', authors: [{name: 'A'}], chapters: {body: ['a.md']}}
    expect(bookSchema.parse(base).page.notes).toBe('footnotes')
    expect(bookSchema.parse({...base, page: {notes: 'endnotes'}}).page.notes).toBe('endnotes')
  })

  it('accepts a valid minimal book', async () => {
    const result = await runBook(writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': chapter}))
    expect(messagesOf(result)).toEqual([])
    expect(result.code).toBe(0)
  })

  const invalid: Array<{name: string; yaml: string; files?: Record<string, string>; expected: string; reason: RegExp}> = [
    {
      name: 'an unknown key, with a suggestion',
      yaml: minimalBookYaml.replace('title:', 'titel: x\ntitle:'),
      expected: 'book.yaml config/unknown-key 1:1',
      reason: /Unknown key `titel`.*did you mean `title`/
    },
    {
      name: 'an unknown nested key',
      yaml: minimalBookYaml + 'page:\n  sise: A4\n',
      expected: 'book.yaml config/unknown-key 13:3',
      reason: /`page.sise`.*did you mean `size`/
    },
    {
      name: 'a wrong type',
      yaml: minimalBookYaml + 'toc-depth: deep\n',
      expected: 'book.yaml config/invalid 12:12',
      reason: /Invalid `toc-depth`/
    },
    {
      name: 'a missing required key',
      yaml: minimalBookYaml.replace(/^date:.*\n/m, ''),
      expected: 'book.yaml config/invalid 1:1',
      reason: /Missing required key `date`/
    },
    {
      name: 'a language that is not BCP 47',
      yaml: minimalBookYaml.replace('en-GB', 'english please'),
      expected: 'book.yaml config/invalid 2:11',
      reason: /BCP 47/
    },
    {
      name: 'a language named in words, with the code it means',
      yaml: minimalBookYaml.replace('en-GB', 'French'),
      expected: 'book.yaml config/invalid 2:11',
      reason: /`French` is not an ISO 639 language code; did you mean `fr` \(French\)\?/
    },
    {
      name: 'a well-formed language code that names no language',
      yaml: minimalBookYaml.replace('en-GB', 'qz-GB'),
      expected: 'book.yaml config/invalid 2:11',
      reason: /`qz` is not an ISO 639 language code/
    },
    {
      name: 'a three-letter code where BCP 47 uses the two-letter one',
      yaml: minimalBookYaml.replace('en-GB', 'eng'),
      expected: 'book.yaml config/invalid 2:11',
      reason: /names English with `eng`; BCP 47 uses the two-letter code `en`/
    },
    {
      name: 'a contributor without a role',
      yaml: minimalBookYaml + 'contributors:\n  - name: Sam Reader\n',
      expected: 'book.yaml config/invalid 13:5',
      reason: /Missing required key `contributors.0.role`/
    },
    {
      name: 'an identifier that is not a urn:uuid',
      yaml: minimalBookYaml.replace('urn:uuid:6f1c2a44-2c1e-4b7e-9a55-0d6b3c1e9f10', 'isbn:123'),
      expected: 'book.yaml config/invalid 3:13',
      reason: /urn:uuid/
    },
    {
      name: 'an ISBN with a wrong check digit',
      yaml: minimalBookYaml + 'isbn: 978-0-306-40615-6\n',
      expected: 'book.yaml config/invalid 12:7',
      reason: /check digit/
    },
    {
      name: 'a listed chapter that does not exist',
      yaml: minimalBookYaml.replace('01-start.md', '01-strat.md'),
      expected: 'book.yaml config/chapter-missing 11:7',
      reason: /Cannot find chapter `01-strat.md`; did you mean `01-start.md`/
    },
    {
      name: 'broken YAML syntax',
      yaml: minimalBookYaml.replace('title: A Small Book', 'title: [A Small Book'),
      expected: 'book.yaml config/yaml 2:1',
      reason: /fix the YAML syntax/
    },
    {
      name: 'a custom YAML tag',
      yaml: minimalBookYaml.replace('title: A Small Book', 'title: !!js/function "return 1"'),
      expected: 'book.yaml config/yaml 1:8',
      reason: /YAML tags are not allowed/
    },
    {
      name: 'a key given twice',
      yaml: minimalBookYaml + 'title: Again\n',
      expected: 'book.yaml config/yaml 12:1',
      reason: /fix the YAML syntax/
    }
  ]

  for (const testCase of invalid) {
    it(`reports ${testCase.name}`, async () => {
      const dir = writeManuscript({'book.yaml': testCase.yaml, '01-start.md': chapter, ...testCase.files})
      const result = await runBook(dir)
      expect(result.code).toBe(2)
      expect(messagesOf(result)).toContain(testCase.expected)
      const reasons = result.files.flatMap((file) => file.messages.map((message) => message.reason))
      expect(reasons.some((reason) => testCase.reason.test(reason))).toBe(true)
    })
  }
})

describe('a Markdown file no list names', () => {
  it('is a warning: READMEs and changelogs sit beside chapters, and the book builds without them', async () => {
    const result = await runBook(writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': chapter, 'CHANGELOG.md': '# Changes\n'}))
    expect(result.code).toBe(0)
    expect(messagesOf(result)).toEqual(['book.yaml config/chapter-unlisted 9:1'])
    const [message] = result.files.flatMap((file) => file.messages)
    expect(message?.fatal).toBe(false)
    expect(message?.reason).toBe('Markdown file `CHANGELOG.md` is not listed in `chapters`, so it is not in the book; add it if it is a chapter, or to `exclude` if it is not')
  })
})

describe('front matter', () => {
  it('warns about a key written for another tool, says Colophon ignores it, and keeps the title', async () => {
    const front = '---\ntitle: Brewing by Hand\nformat:\n  html:\n    toc: true\nexecute:\n  echo: false\njupytext:\n  text_representation: {extension: .md}\nkernelspec: {name: python3}\n---\n\n# Start\n'
    const result = await runBook(writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': front}))
    expect(result.code).toBe(0)
    expect(messagesOf(result)).toEqual([
      '01-start.md config/unknown-key 3:1',
      '01-start.md config/unknown-key 6:1',
      '01-start.md config/unknown-key 8:1',
      '01-start.md config/unknown-key 10:1'
    ])
    const messages = result.files.flatMap((file) => file.messages)
    expect(messages.every((message) => !message.fatal)).toBe(true)
    expect(messages[0]?.reason).toBe('Unknown key `format` in front matter; Colophon ignores it')
    expect(result.book?.chapters[0]?.title).toBe('Brewing by Hand')
  })

  it('still suggests the key a typo meant, as a warning', async () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '---\ntitel: Start\n---\n\n# Start\n'})
    const result = await runBook(dir)
    expect(result.code).toBe(0)
    expect(result.files.flatMap((file) => file.messages.map((message) => [message.reason, message.fatal]))).toEqual([
      ['Unknown key `titel` in front matter; Colophon ignores it; did you mean `title`?', false]
    ])
  })

  it('still refuses a known key with a wrong value', async () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '---\ntype: lecture\nformat: html\n---\n\n# Start\n'})
    const result = await runBook(dir)
    expect(result.code).toBe(2)
    expect(messagesOf(result)).toEqual(['01-start.md config/invalid 2:7', '01-start.md config/unknown-key 3:1'])
  })

  it('refuses front matter in another language', async () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '---js\n{title: "x"}\n---\n\n# Start\n'})
    const result = await runBook(dir)
    expect(result.code).toBe(2)
    expect(messagesOf(result)).toEqual(['01-start.md config/front-matter 1:1'])
  })

  it('takes the chapter title from front matter over the heading', async () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '---\ntitle: Beginnings\n---\n\n# Start\n'})
    const result = await runBook(dir)
    expect(result.code).toBe(0)
    expect(result.book?.chapters[0]?.title).toBe('Beginnings')
  })
})

describe('isIsbn13', () => {
  it('accepts valid and rejects invalid check digits', () => {
    expect(isIsbn13('978-0-306-40615-7')).toBe(true)
    expect(isIsbn13('9780306406157')).toBe(true)
    expect(isIsbn13('978-0-306-40615-6')).toBe(false)
    expect(isIsbn13('0-306-40615-2')).toBe(false)
  })
})
