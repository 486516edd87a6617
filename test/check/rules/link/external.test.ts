// Tests for `link/external`: syntax of mailto/tel links, and the network check through the real pipeline against a loopback server.
import {execFile} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {minimalBookYaml, writeManuscript} from '../../../helpers/manuscript.js'
import {useLoopback} from '../../external/loopback.js'
import {ruleMessages, ruleTable, runCase, svg} from '../../rule-table.js'

ruleTable('link/external', {
  valid: [
    {name: 'a mailto link', files: {'01-start.md': '# Start\n\nWrite to [the editors](mailto:editors@example.org?subject=Book).\n'}},
    {name: 'a global phone number', files: {'01-start.md': '# Start\n\nCall [the helpline](tel:+44-800-000-0000).\n'}},
    {name: 'external links, not checked unless asked', files: {'01-start.md': '# Start\n\nSee [a page that does not exist](http://127.0.0.1:9/nothing).\n'}}
  ],
  invalid: [
    {
      name: 'a mailto without an @',
      files: {'01-start.md': '# Start\n\nWrite to [the editors](mailto:editors.example.org).\n'},
      expected: ['01-start.md 3:10'],
      reason: /Link `mailto:editors.example.org` has an invalid address `editors.example.org`/
    },
    {
      name: 'a local phone number',
      files: {'01-start.md': '# Start\n\nText.\n\nCall [the helpline](tel:0800-000-0000).\n'},
      expected: ['01-start.md 5:6'],
      reason: /`0800-000-0000` is not a global number; start it with `\+` and the country code/
    }
  ]
})

describe('link/external over the network', () => {
  const server = useLoopback()

  const files = (base: string, yaml = ''): Record<string, string> => ({
    'book.yaml': `${minimalBookYaml}image-credits:\n  - images: [map.svg]\n    creator: Ada Writer\n    license: CC-BY-4.0\n    source: ${base}/gone\n${yaml}`,
    '01-start.md': [
      '# Start',
      '',
      `- [The guide](${base}/ok)`,
      `- [The old page](${base}/moved)`,
      `- [A missing page](${base}/missing)`,
      `- [A profile](${base}/linkedin)`,
      `- [The guide, part two](${base}/ok#part-two)`,
      '',
      '![A map](map.svg)',
      ''
    ].join('\n'),
    'map.svg': svg
  })

  it('reports each outcome where the URL is written, one request per distinct URL, none on the second run', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'colophon-cache-'))
    const first = await runCase(files(server.base), {external: true, cacheDir})
    const expected = [
      {at: 'book.yaml 16:13', severity: 'error', reason: `\`${server.base}/gone\` is broken: \`410 Gone\`; fix or remove the link`},
      {at: '01-start.md 4:3', severity: 'warn', reason: `\`${server.base}/moved\` has moved permanently to \`${server.base}/landing/moved\`; update the link`},
      {at: '01-start.md 5:3', severity: 'error', reason: `\`${server.base}/missing\` is broken: \`404 Not Found\`; fix or remove the link`},
      {at: '01-start.md 6:3', severity: 'warn', reason: `\`${server.base}/linkedin\` refuses automated checks: \`999\`; check it by hand or add it to \`links.skip\``}
    ]
    expect(ruleMessages(first, 'link/external')).toEqual(expected)
    expect(first.code).toBe(1)
    // /ok (once for both links), /moved and its landing page, /missing, /linkedin, /gone.
    expect(server.requests).toHaveLength(6)

    server.reset()
    const second = await runCase(files(server.base), {external: true, cacheDir})
    expect(server.requests).toEqual([])
    expect(ruleMessages(second, 'link/external')).toEqual(expected)
  })

  it('sends nothing offline and reports every external link as unchecked', async () => {
    const result = await runCase(files(server.base), {external: true, offline: true})
    expect(server.requests).toEqual([])
    const messages = ruleMessages(result, 'link/external')
    expect(messages.map((message) => message.at)).toEqual(['book.yaml 16:13', ...[3, 4, 5, 6, 7].map((line) => `01-start.md ${line}:3`)])
    for (const message of messages) {
      expect(message.severity).toBe('warn')
      expect(message.reason).toMatch(/was not checked: offline$/)
    }
  })

  it('sends nothing when not asked', async () => {
    const result = await runCase(files(server.base))
    expect(server.requests).toEqual([])
    expect(ruleMessages(result, 'link/external')).toEqual([])
  })

  it('skips allow-listed patterns from book.yaml', async () => {
    const yaml = `links:\n  skip:\n    - '${server.base}/linkedin*'\n    - '*/gone'\n`
    const result = await runCase(files(server.base, yaml), {external: true})
    expect(ruleMessages(result, 'link/external').map((message) => message.at)).toEqual(['01-start.md 4:3', '01-start.md 5:3'])
    expect(server.count('/linkedin') + server.count('/gone')).toBe(0)
    expect(server.requests).toHaveLength(4)
  })

  it('checks when book.yaml asks, but never this machine or a private network: a manuscript cannot aim requests inside', async () => {
    const yaml = `links:\n  check-external: true\n`
    const result = await runCase(files(server.base, yaml))
    expect(server.requests).toEqual([])
    const messages = ruleMessages(result, 'link/external')
    expect(messages.map((message) => message.at)).toEqual(['book.yaml 16:13', ...[3, 4, 5, 6, 7].map((line) => `01-start.md ${line}:3`)])
    for (const message of messages) {
      expect(message.severity).toBe('warn')
      expect(message.reason).toMatch(/was not checked: it points at this machine or a private network \(`127\.0\.0\.1`\), which `links\.check-external` in book\.yaml may not reach; run with `--external` to check it$/)
    }
  })

  // The flags through the compiled CLI, as authors and the release workflow pass them. Not spawnSync: the server answers from this process.
  const cli = (dir: string, flags: string[]) =>
    new Promise<{code: number; stderr: string}>((resolve) => {
      const bin = path.resolve(import.meta.dirname, '../../../../bin/colophon.js')
      execFile(process.execPath, [bin, 'check', '-m', dir, '--no-cache', ...flags], {env: {...process.env, NO_COLOR: '1'}}, (error, _stdout, stderr) => {
        resolve({code: error ? Number(error.code) : 0, stderr})
      })
    })

  it('through the CLI: --external checks and exits 1 on a broken link, --offline sends nothing and lists every link unchecked', async () => {
    const dir = writeManuscript(files(server.base))
    const checked = await cli(dir, ['--external'])
    expect(checked.code).toBe(1)
    expect(checked.stderr).toMatch(/01-start\.md:5:3\s+error\s+.*\/missing` is broken: `404 Not Found`.*link\/external/)
    expect(server.requests).toHaveLength(6)

    server.reset()
    const offline = await cli(dir, ['--offline'])
    expect(server.requests).toEqual([])
    expect(offline.code).toBe(0)
    expect(offline.stderr.match(/was not checked: offline\s+link\/external/g)).toHaveLength(6)

    const strict = await cli(dir, ['--offline', '--max-warnings', '0'])
    expect(strict.code).toBe(1)
  })
})
