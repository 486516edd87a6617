// Hostile YAML: other front-matter languages, tags, alias bombs, deep nesting and duplicate keys fail fast at their place.
import {cpSync, existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {messages, minimalBookYaml, project, temporary, reasons, repo, runBook, runCli} from './harness.js'

const fixture = (name: string): string => {
  const dir = temporary('colophon-fixture-')
  cpSync(path.join(repo, 'test', 'fixtures', name), dir, {recursive: true})
  return path.join(dir, 'manuscript')
}

describe('front matter is YAML only, never code', () => {
  it('refuses `---js` front matter at 1:1 without running it (CVE-2021-23639)', async () => {
    const pwned = path.join(temporary('colophon-pwned-'), 'pwned')
    process.env['COLOPHON_PWNED'] = pwned
    const result = await runBook(fixture('hostile-front-matter-js'))
    expect(result.code).toBe(2)
    expect(messages(result)).toEqual(['01-start.md config/front-matter 1:1'])
    expect(reasons(result)).toEqual(['Only YAML front matter (`---`) is allowed, not `---js`'])
    expect(existsSync(pwned)).toBe(false)
  })

  for (const fence of ['---javascript', '--- js', '+++', ';;;']) {
    it(`refuses \`${fence}\` front matter at 1:1`, async () => {
      const {manuscript} = project({'01-start.md': `${fence}\ntitle = "x"\n${fence.startsWith('-') ? '---' : fence}\n\n# Start\n`})
      const result = await runBook(manuscript)
      expect(result.code).toBe(2)
      expect(messages(result)).toEqual(['01-start.md config/front-matter 1:1'])
      expect(reasons(result)).toEqual([`Only YAML front matter (\`---\`) is allowed, not \`${fence}\``])
    })
  }
})

describe('YAML tags, aliases, nesting and duplicate keys', () => {
  it('refuses a custom tag in front matter at the tag', async () => {
    const {manuscript} = project({'01-start.md': '---\ntitle: !!js/function "function () { return 1 }"\n---\n\n# Start\n'})
    const result = await runBook(manuscript)
    expect(result.code).toBe(2)
    expect(messages(result)).toEqual(['01-start.md config/yaml 2:8'])
    expect(reasons(result)[0]).toMatch(/^YAML tags are not allowed/)
  })

  it('refuses even a standard tag (`!!binary`) in book.yaml', async () => {
    const {manuscript} = project({'book.yaml': 'publisher: !!binary aGk=\n' + minimalBookYaml})
    const result = await runBook(manuscript)
    expect(result.code).toBe(2)
    expect(messages(result)).toEqual(['book.yaml config/yaml 1:12'])
    expect(reasons(result)).toEqual(['YAML tags are not allowed, found `!!binary` (fix the YAML syntax)'])
  })

  it('stops a "billion laughs" alias bomb with a clear error, in bounded memory', async () => {
    // 64 MB of heap for the whole CLI: expanding the bomb (9^9 strings) would die of OOM instead of exit 2.
    const result = await runCli(['check', '--manuscript', fixture('hostile-billion-laughs')], {
      env: {NODE_OPTIONS: '--max-old-space-size=64'}
    })
    expect(result.signal).toBeNull()
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Cannot read YAML: Excessive alias count indicates a resource exhaustion attack; use fewer aliases')
    expect(result.stderr).toMatch(/manuscript\/book\.yaml:1:1 +error +Cannot read YAML/)
  })

  it('refuses flow collections nested 10 000 deep at the first level past 64', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000)
    const {manuscript} = project({'01-start.md': `---\ntitle: ${deep}\n---\n\n# Start\n`})
    const result = await runBook(manuscript)
    expect(result.code).toBe(2)
    // `title: ` is 7 characters, the 65th `[` is column 72 of line 2.
    expect(messages(result)).toEqual(['01-start.md config/yaml 2:72'])
    expect(reasons(result)).toEqual(['YAML is nested deeper than 64 levels; flatten it'])
  })

  it('refuses block mappings nested 1 000 deep', async () => {
    const deep = Array.from({length: 1000}, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n')
    const {manuscript} = project({'book.yaml': minimalBookYaml + `series:\n${deep.replace(/^/gm, ' ')}\n`})
    const result = await runBook(manuscript)
    expect(result.code).toBe(2)
    // `series:` (line 12) is level 1, so level 65 is the 64th nested key, on line 76.
    expect(messages(result)).toEqual(['book.yaml config/yaml 76:1'])
    expect(reasons(result)).toEqual(['YAML is nested deeper than 64 levels; flatten it'])
  })

  it('reports a duplicate key in front matter at the second key', async () => {
    const {manuscript} = project({'01-start.md': '---\ntitle: One\ntype: chapter\ntitle: Two\n---\n\n# Start\n'})
    const result = await runBook(manuscript)
    expect(result.code).toBe(2)
    expect(messages(result)).toEqual(['01-start.md config/yaml 4:1'])
    expect(reasons(result)[0]).toMatch(/Map keys must be unique/)
  })
})
