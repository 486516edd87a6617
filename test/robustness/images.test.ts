// Hostile images: unsafe SVG, truncated or corrupt rasters, and images too large in bytes or pixels are errors naming the file.
import {cpSync, openSync, closeSync, ftruncateSync} from 'node:fs'
import path from 'node:path'
import {deflateSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {messages, png, project, temporary, reasons, repo, runBook} from './harness.js'

const svg = (body: string, attributes = ''): string => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"${attributes}>\n${body}\n</svg>\n`
const chapter = (src: string): string => `# Start\n\n![A figure](${src})\n`

async function withImage(name: string, bytes: string | Uint8Array): Promise<Awaited<ReturnType<typeof runBook>>> {
  const {manuscript} = project({'01-start.md': chapter(`images/${name}`), [`images/${name}`]: bytes})
  return runBook(manuscript)
}

describe('SVG images', () => {
  const unsafe: Array<{name: string; file: string; reason: string}> = [
    {name: 'a script element', file: svg('<script>alert(1)</script>'), reason: 'has a `<script>` element at line 2'},
    {name: 'a namespaced script element', file: svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'), reason: 'has a `<s:script>` element at line 2'},
    {name: 'an event handler', file: svg('<rect width="1" height="1" onclick="alert(1)"/>'), reason: 'has an event handler `onclick` at line 2'},
    {name: 'an event handler on the root', file: svg('<rect/>', ' onload="alert(1)"'), reason: 'has an event handler `onload` at line 1'},
    {name: 'foreignObject', file: svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), reason: 'has a `<foreignObject>` element at line 2'},
    {name: 'an external xlink:href', file: svg('<image xlink:href="http://127.0.0.1:9/x.png" width="1" height="1"/>'), reason: 'refers to `http://127.0.0.1:9/x.png` (`xlink:href`) at line 2'},
    {name: 'a file: href', file: svg('<use href="file:///etc/passwd#x"/>'), reason: 'refers to `file:///etc/passwd#x` (`href`) at line 2'},
    {name: 'a javascript: link hidden by entities', file: svg('<a href="&#106;avascript:alert(1)"><rect/></a>'), reason: 'refers to `javascript:alert(1)` (`href`) at line 2'},
    {name: 'url(http…) in a style element', file: svg('<style>rect { fill: url(http://127.0.0.1:9/p.svg#g) }</style>'), reason: 'refers to `http://127.0.0.1:9/p.svg#g` with `url()` in a `<style>` element at line 2'},
    {name: '@import in CDATA', file: svg('<style><![CDATA[@import "http://127.0.0.1:9/s.css";]]></style>'), reason: 'imports a style sheet (`@import`) in a `<style>` element at line 2'},
    {name: 'url() in a style attribute', file: svg('<rect style="fill: url(\'https://example.com/x\')"/>'), reason: 'refers to `https://example.com/x` with `url()` in `style` at line 2'},
    {name: 'an xml-stylesheet instruction', file: '<?xml-stylesheet href="http://127.0.0.1:9/s.css"?>\n' + svg('<rect/>'), reason: 'loads a style sheet (`<?xml-stylesheet`) at line 1'}
  ]

  for (const testCase of unsafe) {
    it(`refuses an SVG with ${testCase.name}`, async () => {
      const result = await withImage('figure.svg', testCase.file)
      expect(result.code).toBe(1)
      expect(messages(result)).toEqual(['01-start.md security/svg-unsafe 3:1'])
      expect(reasons(result)).toEqual([`SVG image \`images/figure.svg\` ${testCase.reason}; books cannot run scripts or load anything from outside`])
      expect(result.book?.assets.size).toBe(0)
    })
  }

  it('refuses the fixture SVGs: a script and an external entity (XXE)', async () => {
    const dir = temporary('colophon-fixture-')
    cpSync(path.join(repo, 'test', 'fixtures', 'hostile-svg'), dir, {recursive: true})
    const {manuscript} = project({'01-start.md': '# Start\n\n![One](images/script.svg)\n\n![Two](images/xxe.svg)\n'})
    cpSync(path.join(dir, 'manuscript', 'images'), path.join(manuscript, 'images'), {recursive: true})
    const result = await runBook(manuscript)
    expect(messages(result)).toEqual(['01-start.md security/svg-unsafe 3:1', '01-start.md security/svg-unsafe 5:1'])
    expect(reasons(result)[1]).toBe('SVG image `images/xxe.svg` declares an entity (`<!ENTITY`) at line 3; books cannot run scripts or load anything from outside')
  })

  it('accepts a plain SVG with internal references, gradients and an embedded PNG', async () => {
    const body = `<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>\n<rect fill="url(#g)" width="5" height="5"/><use href="#g"/>\n<image href="data:image/png;base64,${png().toString('base64')}" width="1" height="1"/>`
    const result = await withImage('figure.svg', svg(body))
    expect(messages(result).filter((text) => !text.includes('attribution/'))).toEqual([])
    expect(result.book?.assets.get('images/figure.svg')?.mediaType).toBe('image/svg+xml')
  })
})

describe('raster images', () => {
  const good = png(4, 3)
  // A 1×1 GIF89a (header, one frame, trailer) and a lossless 1×1 WebP (RIFF size = file length − 8).
  const gif = Buffer.from('47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b', 'hex')
  const webp = Buffer.from('524946461a000000574542505650384c0d0000002f0000001007100f01ff88fe0700', 'hex')
  const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffc0000b080003000401011100ffda0008010100003f00d2cf20ffd9', 'hex')

  const broken: Array<{name: string; file: string; bytes: Uint8Array; rule: string; reason: string}> = [
    {name: 'a PNG cut after its header', file: 'cut.png', bytes: good.subarray(0, 50), rule: 'image/corrupt', reason: 'Image `images/cut.png` is truncated or corrupt (chunk `IDAT` at byte 33 runs past the end of the file); export it again'},
    {name: 'a PNG without IEND', file: 'noend.png', bytes: good.subarray(0, good.length - 12), rule: 'image/corrupt', reason: `Image \`images/noend.png\` is truncated or corrupt (the file ends at byte ${good.length - 12} before its \`IEND\` chunk); export it again`},
    {name: 'a PNG with a flipped bit', file: 'flip.png', bytes: Buffer.from(good).fill(0xff, 45, 46), rule: 'image/corrupt', reason: 'Image `images/flip.png` is truncated or corrupt (chunk `IDAT` at byte 33 has a wrong checksum); export it again'},
    {name: 'a JPEG cut in its scan', file: 'cut.jpg', bytes: jpeg.subarray(0, jpeg.length - 4), rule: 'image/corrupt', reason: `Image \`images/cut.jpg\` is truncated or corrupt (the file ends at byte ${jpeg.length - 4} without its end-of-image marker); export it again`},
    {name: 'a PNG claiming 20 000 × 20 000 pixels', file: 'huge.png', bytes: png(20_000, 20_000, deflateSync(Buffer.alloc(16))), rule: 'image/too-large', reason: 'Image `images/huge.png` is 20000 × 20000 pixels, more than the 100 megapixel limit; scale it down'},
    {name: 'a GIF without its trailer', file: 'cut.gif', bytes: gif.subarray(0, gif.length - 1), rule: 'image/corrupt', reason: 'Image `images/cut.gif` is truncated or corrupt (no GIF trailer at the end); export it again'},
    {name: 'a WebP shorter than its header says', file: 'cut.webp', bytes: webp.subarray(0, webp.length - 6), rule: 'image/corrupt', reason: `Image \`images/cut.webp\` is truncated or corrupt (its header gives ${webp.length} bytes but the file has ${webp.length - 6}); export it again`},
    {name: 'a PNG named .jpg (type from the bytes)', file: 'photo.jpg', bytes: good.subarray(0, 50), rule: 'image/corrupt', reason: 'Image `images/photo.jpg` is truncated or corrupt (chunk `IDAT` at byte 33 runs past the end of the file); export it again'}
  ]

  for (const testCase of broken) {
    it(`refuses ${testCase.name}`, async () => {
      const result = await withImage(testCase.file, testCase.bytes)
      expect(result.code).toBe(1)
      expect(messages(result)).toEqual([`01-start.md ${testCase.rule} 3:1`])
      expect(reasons(result)).toEqual([testCase.reason])
    })
  }

  it('refuses a file over 50 MB without reading it', async () => {
    const {manuscript} = project({'01-start.md': chapter('images/big.png'), 'images/.keep': ''})
    // A sparse file: 60 MB on paper, nothing on disk; stat decides before any read.
    const handle = openSync(path.join(manuscript, 'images', 'big.png'), 'w')
    ftruncateSync(handle, 60 * 1024 * 1024)
    closeSync(handle)
    const result = await runBook(manuscript)
    expect(messages(result)).toEqual(['01-start.md image/too-large 3:1'])
    expect(reasons(result)).toEqual(['Image `images/big.png` is larger than 50 MB; make it smaller'])
  })

  it('accepts a whole PNG, JPEG, GIF and WebP, sized from their bytes', async () => {
    const chapter = '# Start\n\n![A](images/a.png)\n\n![B](images/b.jpg)\n\n![C](images/c.gif)\n\n![D](images/d.webp)\n'
    const {manuscript} = project({'01-start.md': chapter, 'images/a.png': good, 'images/b.jpg': jpeg, 'images/c.gif': gif, 'images/d.webp': webp})
    const result = await runBook(manuscript)
    expect(messages(result).filter((text) => !text.includes('attribution/'))).toEqual([])
    expect(result.book?.assets.get('images/c.gif')).toMatchObject({mediaType: 'image/gif'})
    expect(result.book?.assets.get('images/d.webp')).toMatchObject({mediaType: 'image/webp'})
    expect(result.book?.assets.get('images/a.png')).toMatchObject({mediaType: 'image/png', width: 4, height: 3})
    expect(result.book?.assets.get('images/b.jpg')).toMatchObject({mediaType: 'image/jpeg', width: 4, height: 3})
  })
})
