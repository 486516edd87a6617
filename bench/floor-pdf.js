// The PDF floor: only launches Chrome, loads one pre-rendered HTML file of the book and calls `page.pdf` once (tagged, outline).
// Usage: node bench/floor-pdf.js BOOK.html OUT.pdf — prints launch/load/pdf times in ms as JSON on stdout.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import puppeteer from 'puppeteer'

const [html, out] = process.argv.slice(2)
if (!html || !out) throw new Error('usage: node bench/floor-pdf.js BOOK.html OUT.pdf')

const times = {}
let last = performance.now()
const lap = (name) => {
  const now = performance.now()
  times[name] = Math.round(now - last)
  last = now
}

const userDataDir = mkdtempSync(path.join(tmpdir(), 'colophon-floor-'))
const browser = await puppeteer.launch({
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || process.env.CHROME_PATH || '/usr/bin/chromium',
  userDataDir,
  // No per-call limit: a 1M-word book's single page.pdf runs past puppeteer's default 180 s.
  protocolTimeout: 0,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']
})
try {
  lap('launch')
  const page = await browser.newPage()
  await page.goto(pathToFileURL(path.resolve(html)).href, {waitUntil: 'load', timeout: 0})
  lap('load')
  const bytes = await page.pdf({tagged: true, outline: true, preferCSSPageSize: true, printBackground: true, timeout: 0})
  lap('pdf')
  writeFileSync(out, bytes)
} finally {
  await browser.close()
  rmSync(userDataDir, {recursive: true, force: true})
}

process.stdout.write(JSON.stringify(times) + '\n')
