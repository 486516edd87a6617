// Tests for `colophon fetch-images` against a real server on 127.0.0.1: what is downloaded, refused and listed, and that the book then builds.
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {defaultFetchOptions, fetchImages, remoteName} from '../../src/fetch/fetch-images.js'
import {minimalBookYaml, messagesOf, runBook, writeManuscript} from '../helpers/manuscript.js'
import {png, svg} from '../check/rule-table.js'

let server: Server
let base = ''
const requests: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const routes: Record<string, () => void> = {
      '/badge.svg': () => response.writeHead(200, {'content-type': 'image/svg+xml'}).end(svg),
      // The server's Content-Type is ignored: the bytes say PNG.
      '/photo': () => response.writeHead(200, {'content-type': 'text/plain'}).end(Buffer.from(png)),
      '/moved.png': () => response.writeHead(302, {location: '/photo'}).end(),
      '/loop.png': () => response.writeHead(301, {location: '/loop.png'}).end(),
      '/page.png': () => response.writeHead(200, {'content-type': 'image/png'}).end('<html>Not an image</html>'),
      '/script.svg': () => response.writeHead(200).end('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(1)</script></svg>'),
      '/huge.png': () => response.writeHead(200).end(Buffer.alloc(5000, 1)),
      '/gone.png': () => response.writeHead(404).end()
    }
    ;(routes[request.url ?? ''] ?? routes['/gone.png']!)()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A printed line with the manuscript folder's path (relative to the test's working folder) taken off. */
const local = (line: string): string => line.replace(/^[^ ]*?(01-start\.md|book\.yaml)/, '$1')

/** Limits of a real run, with loopback allowed (the CLI never allows it) and a small size limit. */
const loopback = {...defaultFetchOptions, publicOnly: false, maxBytes: 4096, timeoutMs: 5000}

describe('fetchImages', () => {
  it('downloads each remote image once, decides its type from the bytes, lists it, and leaves the chapters alone', async () => {
    const chapter = `# Start\n\n![A badge](${base}/badge.svg)\n\n<img src="${base}/moved.png" alt="A photo">\n\nAgain: ![A badge](${base}/badge.svg)\n\n\`![not an image](${base}/gone.png)\`\n`
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': chapter})
    requests.length = 0
    const result = await fetchImages(dir, loopback)
    expect(result.code).toBe(0)
    expect(requests).toEqual(['/badge.svg', '/moved.png', '/photo'])
    const badge = remoteName(`${base}/badge.svg`, 'svg')
    const photo = remoteName(`${base}/moved.png`, 'png')
    expect(badge).toMatch(/^images\/remote\/127\.0\.0\.1_\d+\/badge-[0-9a-f]{8}\.svg$/)
    expect(photo).toMatch(/^images\/remote\/127\.0\.0\.1_\d+\/moved-[0-9a-f]{8}\.png$/)
    expect(result.lines.slice(0, 2).map(local)).toEqual([`01-start.md:3:1  ${base}/badge.svg → ${badge}`, `01-start.md:5:1  ${base}/moved.png → ${photo}`])
    expect(result.lines.at(-1)).toMatch(/a credit still needs a creator and a licence/)
    expect(readFileSync(path.join(dir, photo))).toEqual(Buffer.from(png))
    expect(readFileSync(path.join(dir, '01-start.md'), 'utf8')).toBe(chapter)
    expect(readFileSync(path.join(dir, 'images/remote/sources.yaml'), 'utf8')).toContain(`${base}/badge.svg: ${badge}\n`)

    // The build reads the list offline: the images are the downloaded files, which still need a credit…
    expect(messagesOf(await runBook(dir))).toEqual(['attribution/image-credit 3:1', 'attribution/image-credit 5:1', 'attribution/image-credit 7:8'].map((id) => `01-start.md ${id}`))
    // …and with one from the author, the book checks clean.
    writeFileSync(path.join(dir, 'book.yaml'), `${minimalBookYaml}image-credits:\n  - images: ['images/remote/**']\n    creator: Test Server\n    license: CC0-1.0\n`)
    expect(messagesOf(await runBook(dir))).toEqual([])

    // A second run downloads nothing and writes the same list.
    const list = readFileSync(path.join(dir, 'images/remote/sources.yaml'))
    requests.length = 0
    expect((await fetchImages(dir, loopback)).code).toBe(0)
    expect(requests).toEqual([])
    expect(readFileSync(path.join(dir, 'images/remote/sources.yaml'))).toEqual(list)
  })

  it('refuses what is not an image, unsafe SVG, too large, missing and endless redirects, one clear line each, exit 1', async () => {
    const names = ['page.png', 'script.svg', 'huge.png', 'gone.png', 'loop.png']
    const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': `# Start\n\n${names.map((name) => `![x](${base}/${name})`).join('\n\n')}\n`})
    const result = await fetchImages(dir, loopback)
    expect(result.code).toBe(1)
    const errors = result.lines.filter((line) => line.includes('  error  '))
    expect(errors.map((line) => local(line).replace(base, 'BASE'))).toEqual([
      expect.stringMatching(/^01-start\.md:3:1  error  Cannot download image `BASE\/page\.png`: it is not PNG, JPEG, GIF, WebP or SVG$/),
      expect.stringMatching(/^01-start\.md:5:1  error  Cannot download image `BASE\/script\.svg`: .*script/i),
      expect.stringMatching(/^01-start\.md:7:1  error  Cannot download image `BASE\/huge\.png`: it is larger than 0\.00390625 MiB$/),
      expect.stringMatching(/^01-start\.md:9:1  error  Cannot download image `BASE\/gone\.png`: the server answered `404`$/),
      expect.stringMatching(/^01-start\.md:11:1  error  Cannot download image `BASE\/loop\.png`: more than 5 redirects$/)
    ])
    // Nothing written: no file, no list.
    expect(existsSync(path.join(dir, 'images'))).toBe(false)
    expect(result.lines.at(-1)).toBe('Nothing downloaded; the build leaves these images out until their files are in the manuscript.')
  })

  it('with the limits the CLI uses, refuses this machine at connect time and sends nothing', async () => {
    const dir = writeManuscript({'book.yaml': `${minimalBookYaml}cover: ${base}/badge.svg\n`, '01-start.md': '# Start\n\nText.\n'})
    requests.length = 0
    const result = await fetchImages(dir, {...defaultFetchOptions, timeoutMs: 5000})
    expect(result.code).toBe(1)
    expect(local(result.lines[0] ?? '')).toMatch(/^book\.yaml: cover  error  Cannot download image `http:\/\/127\.0\.0\.1:\d+\/badge\.svg`: it points at this machine or a private network \(`127\.0\.0\.1`\); download it by hand$/)
    expect(requests).toEqual([])
  })
})
