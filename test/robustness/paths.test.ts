// Hostile paths: chapters, images, links and the cover resolve inside the manuscript after following symbolic links.
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {canary, messages, minimalBookYaml, png, project, reasons, runBook} from './harness.js'

const tinyPng = png()

describe('chapters listed in book.yaml', () => {
  const chapterCases: Array<{name: string; entry: string; setup?: (dir: string) => void}> = [
    {name: 'a parent path', entry: '../outside.md'},
    {name: 'an absolute path', entry: '/etc/hostname'},
    {name: 'a sibling folder whose name starts like the manuscript', entry: '../manuscript-extra/01-start.md'},
    {name: 'a Windows drive path', entry: 'C:\\Windows\\win.ini'},
    {name: 'a UNC path', entry: '\\\\server\\share\\01-start.md'},
    {name: 'backslashes climbing out', entry: '..\\outside.md'}
  ]

  for (const testCase of chapterCases) {
    it(`refuses ${testCase.name} at its list entry`, async () => {
      const {dir, manuscript} = project({'book.yaml': minimalBookYaml.replace('- 01-start.md', `- ${JSON.stringify(testCase.entry)}\n    - 01-start.md`)})
      writeFileSync(path.join(dir, 'outside.md'), '# Outside\n')
      mkdirSync(path.join(dir, 'manuscript-extra'))
      writeFileSync(path.join(dir, 'manuscript-extra', '01-start.md'), '# Sibling\n')
      const result = await runBook(manuscript)
      expect(result.code).toBe(2)
      expect(messages(result)).toEqual(['book.yaml config/chapter-missing 11:7'])
      expect(reasons(result)).toEqual([`Chapter \`${testCase.entry}\` is outside the manuscript folder; move it inside`])
    })
  }

  it('refuses a chapter that is a symbolic link to a file outside, without reading it', async () => {
    const secret = canary()
    const {manuscript} = project({'book.yaml': minimalBookYaml.replace('- 01-start.md', '- 01-start.md\n    - 02-link.md')})
    symlinkSync(secret.path, path.join(manuscript, '02-link.md'))
    const result = await runBook(manuscript)
    expect(result.code).toBe(2)
    // The link is also a `.md` file in the folder that no list names.
    expect(messages(result)).toEqual(['book.yaml config/chapter-missing 12:7', 'book.yaml config/chapter-unlisted 9:1'])
    expect(JSON.stringify(result.files.map((file) => String(file.value ?? '')))).not.toContain(secret.secret)
  })
})

describe('images, links and the cover', () => {
  const imageCases: Array<{name: string; src: string; rule: string; removed?: boolean}> = [
    {name: 'a parent path', src: '../secret.png', rule: 'image/outside-manuscript'},
    {name: 'a percent-encoded parent path', src: '%2e%2e/%2E%2E/secret.png', rule: 'image/outside-manuscript'},
    {name: 'an absolute path', src: '/etc/hostname', rule: 'image/outside-manuscript'},
    {name: 'a sibling folder whose name starts like the manuscript', src: '../manuscript-extra/x.png', rule: 'image/outside-manuscript'},
    {name: 'a symbolic link inside pointing outside', src: 'images/link.png', rule: 'image/outside-manuscript'},
    // `C:` reads as a URL scheme, so the sanitiser drops it first.
    {name: 'a Windows drive path', src: 'C:/Windows/x.png', rule: 'image/outside-manuscript', removed: true},
    {name: 'a UNC path', src: '\\\\server\\share\\x.png', rule: 'image/outside-manuscript'}
  ]

  for (const testCase of imageCases) {
    it(`refuses an image at ${testCase.name}`, async () => {
      const {dir, manuscript} = project({'01-start.md': `# Start\n\n![A picture](<${testCase.src}>)\n`, 'images/ok.png': tinyPng})
      writeFileSync(path.join(dir, 'secret.png'), tinyPng)
      mkdirSync(path.join(dir, 'manuscript-extra'))
      writeFileSync(path.join(dir, 'manuscript-extra', 'x.png'), tinyPng)
      symlinkSync(path.join(dir, 'secret.png'), path.join(manuscript, 'images', 'link.png'))
      const result = await runBook(manuscript)
      expect(result.code).toBe(1)
      const removal = testCase.removed ? ['01-start.md security/html-removed 3:1'] : []
      expect(messages(result)).toEqual([...removal, `01-start.md ${testCase.rule} 3:1`])
      expect(result.book?.assets.size).toBe(0)
    })
  }

  it('drops a `file:` image URL in the sanitiser and reports the image', async () => {
    const secret = canary()
    const {manuscript} = project({'01-start.md': `# Start\n\n![A picture](file://${secret.path})\n`})
    const result = await runBook(manuscript)
    expect(result.code).toBe(1)
    expect(messages(result)).toEqual(['01-start.md security/html-removed 3:1', '01-start.md image/outside-manuscript 3:1'])
    expect(result.book?.assets.size).toBe(0)
  })

  it('refuses a link that climbs out of the manuscript', async () => {
    const {manuscript} = project({'01-start.md': '# Start\n\nSee [the passwords](../../../../etc/passwd).\n'})
    const result = await runBook(manuscript)
    expect(result.code).toBe(1)
    expect(messages(result)).toEqual(['01-start.md link/file-missing 3:5'])
    expect(reasons(result)).toEqual(['Link `../../../../etc/passwd` points outside the manuscript folder'])
  })

  it('refuses a cover outside the manuscript at the `cover` key', async () => {
    const {dir, manuscript} = project({'book.yaml': minimalBookYaml + 'cover: ../cover.png\n'})
    writeFileSync(path.join(dir, 'cover.png'), tinyPng)
    const result = await runBook(manuscript)
    expect(result.code).toBe(1)
    // (The credits rule also asks who made the cover.)
    expect(messages(result)).toContain('book.yaml image/outside-manuscript 12:8')
    expect(reasons(result)).toContain('Cover `../cover.png` is outside the manuscript folder; move it inside')
  })

  it('accepts images and a cover that are inside', async () => {
    const {manuscript} = project({
      'book.yaml': minimalBookYaml + 'cover: images/ok.png\nimage-credits:\n  - images: [images/ok.png]\n    creator: Ada Writer\n    license: CC-BY-4.0\n',
      '01-start.md': '# Start\n\n![A picture](images/ok.png)\n',
      'images/ok.png': tinyPng
    })
    const result = await runBook(manuscript)
    expect(messages(result)).toEqual([])
    expect(result.code).toBe(0)
    expect([...(result.book?.assets.keys() ?? [])]).toEqual(['images/ok.png'])
  })
})
