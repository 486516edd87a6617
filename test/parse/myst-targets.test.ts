// Tests for MyST targets (`(label)=` before a heading): the label is the heading's id, and `[text](label)` reaches it from any chapter.
import {toHtml} from 'hast-util-to-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseChapter} from '../../src/parse/parse-chapter.js'
import {messagesOf, minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

function html(markdown: string): string {
  return toHtml(parseChapter(new VFile({path: '01-start.md', value: markdown}), 'start').hast)
}

describe('MyST targets', () => {
  it('gives the label to the heading after it and removes the target line', () => {
    expect(html('(sec-soil)=\n## Soil\n\nLoam.\n')).toBe('<h2 id="sec-soil">Soil</h2>\n<p>Loam.</p>')
  })

  it('leaves a heading with its own id alone, and the target line as text', () => {
    expect(html('(sec-soil)=\n## Soil {#earth}\n')).toBe('<p>(sec-soil)=</p>\n<h2 id="earth">Soil</h2>')
  })

  it('is only a whole paragraph of its own', () => {
    expect(html('See (this)= here.\n')).toBe('<p>See (this)= here.</p>')
  })

  it('lets links name the label from another chapter, as Jupyter Book does', async () => {
    const dir = writeManuscript({
      'book.yaml': minimalBookYaml.replace('    - 01-start.md', '    - 01-start.md\n    - 02-tools.md'),
      '01-start.md': '# Start\n\nSet up [the editor you like](editor) first.\n',
      '02-tools.md': '# Tools\n\n(editor)=\n## Editors\n\nAny will do.\n'
    })
    const result = await runBook(dir)
    expect(messagesOf(result).filter((message) => message.includes('link/'))).toEqual([])
    const link = toHtml(result.book?.chapters[0]?.hast ?? {type: 'root', children: []})
    expect(link).toContain('<a href="#editor">the editor you like</a>')
  })

  it('still reports a bare name that is neither a chapter nor a label', async () => {
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': '# Start\n\nSet up [the editor you like](editr) first.\n'})
    expect(messagesOf(await runBook(dir))).toContain('01-start.md link/file-missing 3:8')
  })
})
