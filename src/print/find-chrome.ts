// Finds the Chrome or Chromium to print with: the environment, then the system, then puppeteer's own download.
import {accessSync, constants, existsSync, statSync} from 'node:fs'
import path from 'node:path'
import puppeteer from 'puppeteer'
import {StageError} from '../stage-error.js'

/** What {@link findChrome} looks at; tests pass their own. */
export interface ChromeSearch {
  /** Environment (`CHROME_PATH`, `PUPPETEER_EXECUTABLE_PATH`, `PATH`). */
  env: NodeJS.ProcessEnv
  /** `process.platform`. */
  platform: NodeJS.Platform
  /** Absolute paths of system browsers to try, in order; defaults to {@link systemChromePaths}. */
  systemPaths?: string[]
  /** Names to look up on `PATH`, in order. */
  commands?: string[]
  /** puppeteer's downloaded browser, if any; defaults to `puppeteer.executablePath()`. */
  bundled?: () => string | undefined
}

/** The message when there is no browser at all: one line that says how to get one. */
export const noChromeMessage = 'No Chrome or Chromium found; install one (Debian: apt-get install chromium) or set CHROME_PATH'

/**
 * Where Chrome or Chromium usually lives on `platform`.
 *
 * @param platform - `process.platform`.
 * @param env - Environment (Windows program folders).
 * @returns Absolute paths, most likely first.
 */
export function systemChromePaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium'
    ]
  }

  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((root): root is string => Boolean(root))
    return roots.map((root) => path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'))
  }

  return ['/usr/bin/chromium', '/usr/bin/chromium-browser']
}

/**
 * Find the browser: `CHROME_PATH` or `PUPPETEER_EXECUTABLE_PATH`, a system Chrome or Chromium
 * (fixed paths, then `google-chrome` and friends on `PATH`), then puppeteer's downloaded browser.
 *
 * @param search - Where to look; defaults to this process.
 * @returns Absolute path of an executable.
 * @throws {StageError} When there is none, or a path set in the environment is not an executable.
 */
export function findChrome(search: ChromeSearch = {env: process.env, platform: process.platform}): string {
  const {env, platform} = search
  for (const name of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const value = env[name]
    if (!value) continue
    // A path the user chose that does not work is an error, not a reason to print with another browser.
    if (!isExecutable(value)) throw new StageError('print pdf', `${name} is \`${value}\`, which is not an executable file`)
    return value
  }

  for (const candidate of search.systemPaths ?? systemChromePaths(platform, env)) {
    if (isExecutable(candidate)) return candidate
  }

  const commands = search.commands ?? ['google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser']
  const dirs = (env['PATH'] ?? '').split(path.delimiter).filter(Boolean)
  for (const command of commands) {
    for (const dir of dirs) {
      const candidate = path.join(dir, platform === 'win32' ? `${command}.exe` : command)
      if (isExecutable(candidate)) return candidate
    }
  }

  const bundled = (search.bundled ?? puppeteerBrowser)()
  if (bundled && isExecutable(bundled)) return bundled
  throw new StageError('print pdf', noChromeMessage)
}

function puppeteerBrowser(): string | undefined {
  try {
    const file = puppeteer.executablePath()
    return existsSync(file) ? file : undefined
  } catch {
    // No download and no configuration: puppeteer throws rather than returning nothing.
    return undefined
  }
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}
