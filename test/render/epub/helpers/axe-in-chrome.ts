// Test helper: loads XHTML documents in headless Chrome from disk, offline, and runs axe-core's WCAG 2.x A/AA rules on each.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {AxeResults, RunOptions} from 'axe-core'
import puppeteer, {type Browser} from 'puppeteer'

const require = createRequire(import.meta.url)

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules (axe-core tags). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** One axe violation, short enough to read in a failed assertion. */
export interface Violation {
  document: string
  rule: string
  impact: string
  targets: string[]
}

/** The Chrome to use: the environment first, then the system Chromium. */
export function chromePath(): string {
  return process.env['CHROME_PATH'] || process.env['PUPPETEER_EXECUTABLE_PATH'] || '/usr/bin/chromium'
}

/**
 * Why Chrome cannot run here, if it cannot.
 *
 * @returns `undefined` when the executable exists, else the reason.
 */
export function chromeMissing(): string | undefined {
  return existsSync(chromePath()) ? undefined : `Chrome not found at ${chromePath()}: install chromium or set CHROME_PATH`
}

/** A browser with its throw-away profile. */
export interface Chrome {
  browser: Browser
  close(): Promise<void>
}

/**
 * Start headless Chrome with a temporary profile and no background networking.
 *
 * @returns The browser and how to close it.
 */
export async function launchChrome(): Promise<Chrome> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'colophon-axe-chrome-'))
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${userDataDir}`]
  // Chrome refuses its sandbox as root; only then is it switched off.
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  const browser = await puppeteer.launch({executablePath: chromePath(), headless: true, args})
  return {
    browser,
    async close() {
      await browser.close()
      rmSync(userDataDir, {recursive: true, force: true})
    }
  }
}

/**
 * Open each document from `folder` and run axe-core on it. Every request that is not a file inside
 * `folder` is aborted and reported, so an EPUB that reaches for the network fails too.
 *
 * @param browser - The browser.
 * @param folder - The unzipped EPUB.
 * @param documents - Paths of the XHTML documents, relative to `folder`.
 * @returns The violations and the blocked requests.
 */
export async function axeDocuments(browser: Browser, folder: string, documents: string[]): Promise<{violations: Violation[]; blocked: string[]}> {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  const allowed = pathToFileURL(folder + path.sep).href
  const violations: Violation[] = []
  const blocked: string[] = []
  const page = await browser.newPage()
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    if (request.url().startsWith(allowed)) void request.continue()
    else {
      blocked.push(request.url())
      void request.abort()
    }
  })
  try {
    for (const document of documents) {
      await page.goto(pathToFileURL(path.join(folder, document)).href, {waitUntil: 'load'})
      await page.evaluate(axeSource)
      const options: RunOptions = {runOnly: {type: 'tag', values: wcagTags}, resultTypes: ['violations']}
      const results = await page.evaluate(
        // axe is a global the script above defined; the page's window type knows nothing of it.
        async (runOptions) => (window as unknown as {axe: {run(context: Document, options: RunOptions): Promise<AxeResults>}}).axe.run(window.document, runOptions),
        options
      )
      for (const violation of results.violations) {
        violations.push({document, rule: violation.id, impact: String(violation.impact), targets: violation.nodes.map((node) => node.target.join(' '))})
      }
    }
  } finally {
    await page.close()
  }

  return {violations, blocked}
}
