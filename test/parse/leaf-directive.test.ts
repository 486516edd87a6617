// Tests for leaf directives (`::name[label]` on a line of its own): kept as typed text, inside a paragraph.
import {toHtml} from 'hast-util-to-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseChapter} from '../../src/parse/parse-chapter.js'

/** The chapter's HTML after parsing and sanitising. */
function html(markdown: string): string {
  return toHtml(parseChapter(new VFile({path: '01-start.md', value: markdown}), 'start').hast)
}

describe('leaf directives', () => {
  it('wraps an unknown leaf directive in a paragraph, not bare text between blocks', () => {
    expect(html('# Start\n\n::toc\n\nText.\n')).toBe('<h1>Start</h1>\n<p>::toc</p>\n<p>Text.</p>')
  })

  it('wraps a leaf directive with a known block name and a label alike', () => {
    expect(html('# Start\n\n::note[Remember *this*]\n')).toBe('<h1>Start</h1>\n<p>::note[Remember <em>this</em>]</p>')
  })

  it('gives the paragraph the directive\'s position', () => {
    const {hast} = parseChapter(new VFile({path: '01-start.md', value: '# Start\n\n::toc\n'}), 'start')
    const paragraph = hast.children.find((node) => node.type === 'element' && node.tagName === 'p')
    expect(paragraph?.position?.start).toMatchObject({line: 3, column: 1})
  })

  it('wraps it inside a container directive too', () => {
    expect(html(':::tip\n::toc\n:::\n')).toContain('<p class="aside-title">Tip</p>\n<p>::toc</p>\n</aside>')
  })

  it('leaves text directives inline in their paragraph', () => {
    expect(html('Note:this at 10:30am.\n')).toBe('<p>Note:this at 10:30am.</p>')
  })
})
