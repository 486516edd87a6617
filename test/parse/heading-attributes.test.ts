// Tests for Pandoc-style heading attributes (`## Title {#id .class}`): the id and classes are read, the braces leave the text.
import {toHtml} from 'hast-util-to-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseAttributes} from '../../src/parse/heading-attributes.js'
import {parseChapter} from '../../src/parse/parse-chapter.js'
import {messagesOf, minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

function html(markdown: string): string {
  return toHtml(parseChapter(new VFile({path: '01-start.md', value: markdown}), 'start').hast)
}

describe('heading attributes', () => {
  it.each([
    ['## Watering {#sec-water}', '<h2 id="sec-water">Watering</h2>'],
    ['## Watering {#sec-water .unnumbered}', '<h2 id="sec-water" class="unnumbered">Watering</h2>'],
    ['## Watering {-}', '<h2 class="unnumbered">Watering</h2>'],
    ['## Watering {.aside data-x="1"}', '<h2 class="aside">Watering</h2>'],
    ['## Watering *well* {#well}', '<h2 id="well">Watering <em>well</em></h2>']
  ])('reads %s', (markdown, expected) => {
    expect(html(markdown)).toBe(expected)
  })

  it.each([['## Sets {a, b}'], ['## Braces {}'], ['## Code `{#x}`'], ['Plain paragraph {#not-a-heading}']])('leaves %s as text', (markdown) => {
    expect(html(markdown)).toContain('{')
  })

  it('parses tokens and refuses what is not an attribute block', () => {
    expect(parseAttributes('#a .b .c key="v w"')).toEqual({id: 'a', classes: ['b', 'c']})
    expect(parseAttributes('a, b')).toBeUndefined()
    expect(parseAttributes('')).toBeUndefined()
  })

  it('lets links use the id as written, in the chapter and from another', async () => {
    const dir = writeManuscript({
      'book.yaml': minimalBookYaml.replace('    - 01-start.md', '    - 01-start.md\n    - 02-more.md'),
      '01-start.md': '# Starting {#sec-start}\n\nSee [the details](#sec-details) and [the chapter on more](02-more.md#sec-more).\n\n## Details {#sec-details}\n\nSoil first.\n',
      '02-more.md': '# More {#sec-more}\n\nBack to [the start](01-start.md#sec-start).\n'
    })
    const result = await runBook(dir)
    expect(messagesOf(result).filter((message) => message.includes('link/'))).toEqual([])
    expect(result.book?.chapters[0]?.title).toBe('Starting')
  })
})
