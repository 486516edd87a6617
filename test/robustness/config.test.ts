// The manuscript cannot configure execution: no browser, flags, output path, script or style sheet from book.yaml or front matter.
import {describe, expect, it} from 'vitest'
import {messages, minimalBookYaml, project, reasons, runBook} from './harness.js'

describe('book.yaml and front matter cannot steer the tool', () => {
  const bookKeys: Array<[string, string]> = [
    ['chrome-path', '/bin/sh'],
    ['browser-args', '[--remote-debugging-port=9222, --no-sandbox]'],
    ['output', '/etc'],
    ['script', 'evil.js'],
    ['stylesheet', '../../outside.css'],
    ['template', '/etc/passwd']
  ]

  for (const [key, value] of bookKeys) {
    it(`refuses \`${key}\` in book.yaml as an unknown key`, async () => {
      const result = await runBook(project({'book.yaml': `${key}: ${value}\n` + minimalBookYaml}).manuscript)
      expect(result.code).toBe(2)
      expect(messages(result)).toEqual(['book.yaml config/unknown-key 1:1'])
      expect(reasons(result)[0]).toMatch(new RegExp(`^Unknown key \`${key}\` in \`book.yaml\``))
    })
  }

  it('refuses execution keys nested in `page`', async () => {
    const result = await runBook(project({'book.yaml': minimalBookYaml + 'page:\n  size: A5\n  css: "@import url(http://127.0.0.1/x.css)"\n'}).manuscript)
    expect(messages(result)).toEqual(['book.yaml config/unknown-key 14:3'])
  })

  it('ignores `script`, `stylesheet` and `head` in front matter, with a warning for each', async () => {
    // Front matter is shared with other tools, so its unknown keys are warnings; what matters is that none is read.
    const chapter = '---\nscript: alert(1)\nstylesheet: http://127.0.0.1/x.css\nhead: <script>alert(1)</script>\n---\n\n# Start\n'
    const result = await runBook(project({'01-start.md': chapter}).manuscript)
    expect(result.code).toBe(0)
    expect(messages(result)).toEqual(['01-start.md config/unknown-key 2:1', '01-start.md config/unknown-key 3:1', '01-start.md config/unknown-key 4:1'])
    expect(result.files.flatMap((file) => file.messages).every((message) => !message.fatal && /Colophon ignores it/.test(message.reason))).toBe(true)
    expect(result.book?.chapters[0]?.frontMatter).toEqual({contributors: []})
  })
})
