// Saves, once per book, the print HTML the PDF floor loads: Colophon's own print document, or a plain one while the renderer is missing.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

/**
 * Write `target` with the print HTML of `manuscript` unless it exists.
 *
 * @param {string} manuscript - Manuscript folder.
 * @param {string} target - HTML file to write.
 * @returns {Promise<{source: 'colophon' | 'plain', bytes: number}>} Which document was saved and its size.
 */
export async function savePrintHtml(manuscript, target) {
  const meta = `${target}.json`
  if (existsSync(target) && existsSync(meta)) {
    const saved = JSON.parse(readFileSync(meta, 'utf8'))
    // A plain stand-in is replaced as soon as Colophon can render its own document.
    if (saved.source === 'colophon') return saved
  }

  let html
  let source = 'colophon'
  try {
    html = await colophonHtml(manuscript)
  } catch (error) {
    source = 'plain'
    process.stderr.write(`bench: Colophon's print HTML is not available (${error.message}); the PDF floor uses a plain document\n`)
    html = plainHtml(manuscript)
  }

  // Relative URLs (images, fonts) resolve against the manuscript, as they do when Colophon prints.
  if (!/<base\s/i.test(html)) html = html.replace(/<head([^>]*)>/i, `<head$1><base href="${pathToFileURL(manuscript).href}/">`)
  writeFileSync(target, html)
  const result = {source, bytes: Buffer.byteLength(html)}
  writeFileSync(meta, JSON.stringify(result))
  return result
}

/** The document Colophon's own stages render, taken from the compiled modules in lib/. */
async function colophonHtml(manuscript) {
  const lib = new URL('../lib/', import.meta.url)
  const {loadManuscript} = await import(new URL('load/load-manuscript.js', lib).href)
  const {parseBook} = await import(new URL('parse/parse-book.js', lib).href)
  const {parseChapters} = await import(new URL('parse/parse-chapters.js', lib).href)
  const {transformBook} = await import(new URL('transform/transform-book.js', lib).href)
  const {checkBook} = await import(new URL('check/check-book.js', lib).href)
  const {renderPrintHtml} = await import(new URL('render/print/render-print-html.js', lib).href)
  const {createLogger} = await import(new URL('report/logger.js', lib).href)
  const {buildEpoch} = await import(new URL('context.js', lib).href)
  const loaded = await loadManuscript(path.resolve(manuscript))
  const book = parseBook(loaded, await parseChapters(loaded.sources, {root: loaded.root}))
  const logger = createLogger({progress: false, write: () => {}})
  const context = {options: {manuscript, out: manuscript, formats: ['pdf']}, logger, epoch: buildEpoch(loaded.config.date)}
  await transformBook(book)
  await checkBook(book, context)
  return await renderPrintHtml(book, context)
}

/** Every chapter through unified into one HTML page, A5 pages: a stand-in with no book features. */
function plainHtml(manuscript) {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)
  const body = readdirSync(manuscript)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `<section>${processor.processSync(readFileSync(path.join(manuscript, name), 'utf8'))}</section>`)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Book</title><style>@page{size:A5;margin:20mm}section{break-before:page}body{font:10.5pt/1.4 serif}</style></head><body>${body.join('\n')}</body></html>`
}
