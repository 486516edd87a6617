// Tests for `markdown/repeated-heading`: a heading that opens most chapters (the book's title) is reported and not taken as their title.
import {describe, expect, it} from 'vitest'
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable, runCase} from '../../rule-table.js'

const threeChapters = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-next.md\n    - 03-last.md\n')

ruleTable('markdown/repeated-heading', {
  valid: [
    {
      name: 'chapters with titles of their own',
      files: {'book.yaml': threeChapters, '01-start.md': '# Start\n\nText.\n', '02-next.md': '# Next\n\nText.\n', '03-last.md': '# Last\n\nText.\n'}
    },
    {
      name: "the book's title repeated, but every chapter says its title in front matter",
      files: {
        'book.yaml': threeChapters,
        '01-start.md': '---\ntitle: Start\n---\n\n# A Small Book\n\nText.\n',
        '02-next.md': '---\ntitle: Next\n---\n\n# A Small Book\n\nText.\n',
        '03-last.md': '---\ntitle: Last\n---\n\n# A Small Book\n\nText.\n'
      }
    },
    {
      name: 'one chapter of three opening with a heading another also has further down',
      files: {'book.yaml': threeChapters, '01-start.md': '# Overview\n\nText.\n', '02-next.md': '# Next\n\n## Overview\n', '03-last.md': '# Last\n\nText.\n'}
    }
  ],
  invalid: [
    {
      name: "the book's title atop every chapter, each chapter's own title below it",
      files: {
        'book.yaml': threeChapters,
        '01-start.md': '# A Small Book\n\n## Start\n\nText.\n',
        '02-next.md': 'Intro line.\n\n# A  small book\n\n## Next\n\nText.\n',
        '03-last.md': '# A Small Book\n\n## Last\n\nText.\n'
      },
      expected: ['01-start.md 1:1', '02-next.md 3:1', '03-last.md 1:1'],
      severity: 'warn',
      reason: [
        /^Heading `A Small Book` opens 3 chapters, so it is not taken as this chapter's title: `Start` is, and `A Small Book` is left out; remove it or give the chapter a `title:`$/,
        /`A  small book` opens 3 chapters.*`Next` is/,
        /`Last` is/
      ]
    },
    {
      name: 'the same heading atop two chapters of three, not the book title',
      files: {'book.yaml': threeChapters, '01-start.md': '# Handbook\n\n# Start\n', '02-next.md': '# Handbook\n\n# Next\n', '03-last.md': '# Last\n\nText.\n'},
      expected: ['01-start.md 1:1', '02-next.md 1:1'],
      severity: 'warn'
    }
  ]
})

describe('a repeated heading', () => {
  it('is left out, and each chapter is titled (and contents-listed) by its next heading, raised to level 1', async () => {
    const result = await runCase({
      'book.yaml': threeChapters,
      '01-start.md': '# A Small Book\n\n## Start\n\n### Detail\n',
      '02-next.md': '# A Small Book\n\n## Next\n',
      '03-last.md': '# A Small Book\n\n## Last\n'
    })
    const chapters = result.book?.chapters.filter((chapter) => !chapter.generated) ?? []
    expect(chapters.map((chapter) => chapter.title)).toEqual(['Start', 'Next', 'Last'])
    const first = chapters[0]?.hast.children.filter((node) => node.type === 'element').map((node) => (node.type === 'element' ? node.tagName : ''))
    expect(first).toEqual(['h1', 'h2'])
    // No heading-order warning: the levels were raised together.
    expect(result.files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'markdown/heading-order')).toEqual([])
  })

  it('is kept when a chapter has nothing after it to take as its title', async () => {
    const result = await runCase({'book.yaml': threeChapters, '01-start.md': '# A Small Book\n\nText.\n', '02-next.md': '# A Small Book\n\n## Next\n', '03-last.md': '# A Small Book\n\n## Last\n'})
    expect(result.book?.chapters.map((chapter) => chapter.title).slice(0, 3)).toEqual(['A Small Book', 'Next', 'Last'])
  })
})
