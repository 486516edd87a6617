// A real PDF build of a manuscript full of references outward: no request reaches a loopback server and a canary file is never read.
import {mkdirSync, readFileSync, statSync, utimesSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {canary, leftovers, loopback, minimalBookYaml, png, processesMatching, project, runCli, snapshot} from './harness.js'

describe('rendering reaches nothing outside the build', () => {
  it('makes no request and reads no file outside, whatever the manuscript says', async () => {
    const server = await loopback()
    const secret = canary()
    // relatime updates atime on a read when atime is older than mtime: make it so, then watch it.
    const old = new Date(Date.now() - 3_600_000)
    utimesSync(secret.path, old, new Date())
    const atime = statSync(secret.path).atimeMs
    const url = server.url
    const inject = `<link rel=stylesheet href="${url}/meta.css"><img src="${url}/meta.png">`
    const chapter = [
      '---',
      `title: "Start ${inject.replace(/"/g, '\\"')}"`,
      '---',
      '',
      '# Start',
      '',
      `<style>@import url(${url}/import.css); body { background: url(${url}/bg.png) }</style>`,
      `<link rel="stylesheet" href="${url}/link.css"> <link rel="preload" href="file://${secret.path}">`,
      `<p style="background-image: url(${url}/style.png)">Styled.</p>`,
      `<iframe src="${url}/frame.html"></iframe> <object data="file://${secret.path}"></object> <embed src="${url}/e.swf">`,
      `<video poster="${url}/poster.png" src="${url}/v.mp4"></video> <picture><source srcset="${url}/s.png"><img src="images/ok.png" alt="A pixel"></picture>`,
      `<svg><image href="${url}/inline-svg.png"/></svg> <base href="${url}/">`,
      '',
      `A [web link](${url}/link-target), a [file link](file://${secret.path}) and <a href="${url}/raw">a raw one</a>.`,
      '',
      `![Alt text with ${inject.replace(/[[\]]/g, '')}](images/ok.png "Caption ${inject.replace(/"/g, '&quot;')}")`,
      '',
      `:::note{title="${inject.replace(/"/g, '&quot;')}"}`,
      'A note.',
      ':::',
      ''
    ].join('\n')
    const {dir, manuscript, out} = project({
      'book.yaml': minimalBookYaml.replace('title: A Small Book', `title: "A Small Book ${inject.replace(/"/g, '\\"')}"`).replace('name: Ada Writer', `name: "Ada ${inject.replace(/"/g, '\\"')}"`) +
        'image-credits:\n  - images: [images/ok.png]\n    creator: Ada Writer\n    license: CC-BY-4.0\n',
      '01-start.md': chapter,
      'images/ok.png': png(2, 2)
    })
    const tmp = path.join(dir, 'tmp')
    mkdirSync(tmp)
    try {
      const result = await runCli(['build', '--format', 'pdf', '--manuscript', manuscript, '--out', out], {env: {TMPDIR: tmp}})
      expect(result.stderr).not.toMatch(/ error /)
      expect(result.code).toBe(0)
      // Nothing was even attempted: the print page reports every request it blocks.
      expect(result.stderr).not.toContain('blocked a request')
      expect(server.requests).toEqual([])
      const outputs = snapshot(out)
      expect(Object.keys(outputs)).toHaveLength(1)
      const pdf = path.join(out, Object.keys(outputs)[0] ?? '')
      expect(readFileSync(pdf, 'latin1')).not.toContain(secret.secret)
      const text = spawnSync('pdftotext', [pdf, '-'], {encoding: 'utf8'})
      if (text.status === 0) {
        expect(text.stdout).not.toContain(secret.secret)
        // The injected markup is text in the book, never markup the browser acted on.
        expect(text.stdout).toContain('A Small Book')
      }

      expect(statSync(secret.path).atimeMs).toBe(atime)
      expect(leftovers(out)).toEqual([])
      expect(processesMatching(tmp)).toEqual([])
    } finally {
      await server.close()
    }
  })
})
