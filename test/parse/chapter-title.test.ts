// A chapter's title: its first heading whatever its level, with the chapter's headings raised with it, or its front matter `title`.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {runCase} from '../check/rule-table.js'
import {messagesOf} from '../helpers/manuscript.js'

/** The chapter's title and its tree's headings as `h2 Text`, after the whole pipeline's transform. */
async function titled(markdown: string): Promise<{title: string | undefined; headings: string[]; messages: string[]}> {
  const result = await runCase({'01-start.md': markdown})
  const chapter = result.book?.chapters[0]
  const html = toHtml(chapter?.hast ?? {type: 'root', children: []})
  const headings = [...html.matchAll(/<(h[1-6])[^>]*>(.*?)<\/h[1-6]>/g)].map((match) => `${match[1]} ${match[2]}`)
  return {title: chapter?.title, headings, messages: messagesOf(result)}
}

describe('chapter titles', () => {
  it('a sub-chapter opening with `##` is titled by it, with no error, and its headings move up one level', async () => {
    const {title, headings, messages} = await titled('## Reading maps\n\nText.\n\n### Contours\n\n#### Steep ground\n')
    expect(title).toBe('Reading maps')
    expect(headings).toEqual(['h1 Reading maps', 'h2 Contours', 'h3 Steep ground'])
    expect(messages).toEqual([])
  })

  it('a chapter opening with `###` after a paragraph is titled by it too', async () => {
    const {title, headings, messages} = await titled('A line before.\n\n### Declination\n\n#### Correcting\n')
    expect(title).toBe('Declination')
    expect(headings).toEqual(['h1 Declination', 'h2 Correcting'])
    expect(messages).toEqual([])
  })

  it('a front matter `title` that says what the leading `##` says: one heading, not two', async () => {
    const {title, headings} = await titled('---\ntitle: Reading maps\n---\n\n## Reading maps\n\n### Contours\n')
    expect(title).toBe('Reading maps')
    expect(headings).toEqual(['h1 Reading maps', 'h2 Contours'])
  })

  it('a front matter `title` over a chapter opening with a `##` section of another name: the title is added above it', async () => {
    const {title, headings, messages} = await titled('---\ntitle: Writing code\n---\n\n## General style\n\nText.\n')
    expect(title).toBe('Writing code')
    expect(headings).toEqual(['h1 Writing code', 'h2 General style'])
    expect(messages).toEqual([])
  })

  it('a chapter without any heading or title is still an error at 1:1', async () => {
    const {messages} = await titled('Only text.\n')
    expect(messages).toEqual(['01-start.md config/title-missing 1:1'])
  })
})
