// GitBook/HonKit `{{ book.name }}` variables: filled from book.yaml in prose, code and links; unknown ones still reported; positions kept.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {minimalBookYaml, messagesOf, runBook, writeManuscript} from '../helpers/manuscript.js'
import {entries} from '../render/epub/helpers/unzip.js'

describe('GitBook book variables', () => {
  it('are filled in from `variables` in prose, code and links; an unknown one stays and is reported at its place', async () => {
    const chapter = [
      '# Setup',
      '',
      'Install version {{ book.tool_version }} first ([notes](https://example.org/{{book.tool_version}}/notes)).',
      '',
      '```sh',
      'pip install tool=={{ book.tool_version }}',
      '```',
      '',
      'Ask {{ book.nobody }} at [a place](#setup).',
      ''
    ].join('\n')
    const manuscript = writeManuscript({'book.yaml': `${minimalBookYaml}variables:\n  tool_version: "4.2"\n`, '01-start.md': chapter})
    const result = await runBook(manuscript, {formats: ['epub']})
    expect(result.code, result.failure).toBe(0)
    expect(messagesOf(result).filter((line) => !/text-not-descriptive/.test(line))).toEqual(['01-start.md markdown/include-unprocessed 9:5'])
    const files = entries(readFileSync(result.outputs.find((output) => output.endsWith('.epub')) ?? ''))
    const xhtml = new TextDecoder().decode(files[Object.keys(files).find((name) => /01-start\.xhtml$/.test(name)) ?? ''])
    expect(xhtml).toContain('Install version 4.2 first (<a href="https://example.org/4.2/notes">notes</a>).')
    expect(xhtml).toContain('pip install tool==4.2\n')
    expect(xhtml).toContain('Ask {{ book.nobody }} at')
  })

  it('must have names a template can use', async () => {
    const manuscript = writeManuscript({'book.yaml': `${minimalBookYaml}variables:\n  tool version: "4.2"\n`, '01-start.md': '# Setup\n'})
    const result = await runBook(manuscript)
    expect(messagesOf(result)).toContain('book.yaml config/invalid 13:17')
  })
})
