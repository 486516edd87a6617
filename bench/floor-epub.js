// The EPUB floor: only parses the chapters with unified (remark-parse + gfm → remark-rehype → rehype-stringify) and zips the HTML with fflate.
// Usage: node bench/floor-epub.js MANUSCRIPT OUT.zip
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {zipSync, strToU8} from 'fflate'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

const [manuscript, out] = process.argv.slice(2)
if (!manuscript || !out) throw new Error('usage: node bench/floor-epub.js MANUSCRIPT OUT.zip')

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)
const files = {mimetype: [strToU8('application/epub+zip'), {level: 0}]}
for (const name of readdirSync(manuscript).filter((name) => name.endsWith('.md')).sort()) {
  const html = String(processor.processSync(readFileSync(path.join(manuscript, name), 'utf8')))
  files[`EPUB/${name.replace(/\.md$/, '.xhtml')}`] = strToU8(`<html><body>${html}</body></html>`)
}

writeFileSync(out, zipSync(files, {level: 6}))
