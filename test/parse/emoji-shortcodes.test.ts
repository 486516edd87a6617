// Tests for emoji shortcodes (`:tada:`), which GitHub-flavoured and Quarto books write: read as the emoji (remark-gemoji).
import {toHtml} from 'hast-util-to-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseChapter} from '../../src/parse/parse-chapter.js'

function html(markdown: string): string {
  return toHtml(parseChapter(new VFile({path: '01-start.md', value: markdown}), 'start').hast)
}

describe('emoji shortcodes', () => {
  // GitHub and Quarto books write `:tada:`; it would otherwise print as the word between colons.
  it('become the emoji in prose, and stay as written in code', () => {
    expect(html('Done :tada: and `:tada:`\n')).toBe('<p>Done 🎉 and <code>:tada:</code></p>')
  })

  it('leave unknown names and times alone', () => {
    expect(html('At 10:30:45 see :not-an-emoji:\n')).toBe('<p>At 10:30:45 see :not-an-emoji:</p>')
  })
})
