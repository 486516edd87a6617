// A real PDF build of a manuscript full of references outward: no request reaches a loopback server and a canary file is never read.
import {mkdirSync, readFileSync, statSync, utimesSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {strFromU8, unzipSync} from 'fflate'
import {canary, leftovers, loopback, minimalBookYaml, png, processesMatching, project, runCli, snapshot} from './harness.js'

describe('rendering reaches nothing outside the build', () => {
  it('makes no request and reads no file outside, whatever the manuscript says', async () => {
    const server = await loopback()
    const secret = canary()
    // relatime updates atime on a read when atime is older than mtime: make it so, then watch it.
    const old = new Date(Date.now() - 3_600_000)
    utimesSync(secret.path, old, new Date())
    const atime = statSync(secret.path).atimeMs
    // The control: a file set up the same way and read on purpose must show the read, or the
    // canary's unchanged atime would prove nothing (a noatime mount).
    const control = canary()
    utimesSync(control.path, old, new Date())
    const controlAtime = statSync(control.path).atimeMs
    readFileSync(control.path)
    const readsShow = statSync(control.path).atimeMs !== controlAtime
    if (!readsShow && process.env['CI'] === 'true') throw new Error('reads do not update access times here (noatime), so the canary cannot be watched (required when CI=true)')
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
      const result = await runCli(['build', '--manuscript', manuscript, '--out', out], {env: {TMPDIR: tmp}})
      expect(result.stderr).not.toMatch(/ error /)
      expect(result.code).toBe(0)
      // Nothing was even attempted: the print page warns (`security/request-blocked`) about every request it blocks.
      expect(result.stderr).not.toContain('security/request-blocked')
      expect(server.requests).toEqual([])
      const outputs = Object.keys(snapshot(out)).sort()
      expect(outputs).toHaveLength(2)
      const pdf = path.join(out, outputs.find((name) => name.endsWith('.pdf')) ?? '')
      const epub = unzipSync(readFileSync(path.join(out, outputs.find((name) => name.endsWith('.epub')) ?? '')))
      for (const [name, bytes] of Object.entries(epub)) {
        const text = strFromU8(bytes, true)
        expect(text, name).not.toContain(secret.secret)
        if (!/\.(x?html|opf|ncx|css)$/.test(name)) continue
        // No script, and nothing the reading system would fetch from outside the EPUB (EPUB 3.3 §3.9 remote resources).
        expect(text, name).not.toMatch(/<script|\bon[a-z]+=|scripted|remote-resources/i)
        // In markup only: escaped text (`&lt;img src="http:…"`) is the author's words, printed as such.
        const attribute = /<[a-z][^<>]*\s(src|poster|data|xlink:href)="(?!data:image\/)[a-z][a-z\d+.-]*:[^"]*"/i.exec(text)?.[0]
        expect(attribute, name).toBeUndefined()
        const css = name.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([^<]*)<\/style>|\sstyle="([^"]*)"/gi)].map((match) => match[1] ?? match[2]).join('\n')
        expect(/url\(\s*["']?[a-z][a-z\d+.-]*:(?!image\/)|@import/i.exec(css)?.[0], name).toBeUndefined()
        // (The package's `<link rel="dcterms:license">` is metadata, not a resource.)
        if (name.endsWith('html')) expect(text, name).not.toMatch(/<link[^>]+href="[a-z]+:/i)
      }

      expect(readFileSync(pdf, 'latin1')).not.toContain(secret.secret)
      const text = spawnSync('pdftotext', [pdf, '-'], {encoding: 'utf8'})
      if (text.status === 0) {
        expect(text.stdout).not.toContain(secret.secret)
        // The injected markup is text in the book, never markup the browser acted on.
        expect(text.stdout).toContain('A Small Book')
      }

      if (readsShow) expect(statSync(secret.path).atimeMs).toBe(atime)
      else console.warn('skipped the canary access-time check: reads do not update access times here')
      expect(leftovers(out)).toEqual([])
      expect(processesMatching(tmp)).toEqual([])
    } finally {
      await server.close()
    }
  })
})
