// Browser discovery order, with real temporary executables and environment variables.
import {chmodSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findChrome, noChromeMessage, systemChromePaths, type ChromeSearch} from '../../src/print/find-chrome.js'
import {StageError} from '../../src/stage-error.js'

const dir = mkdtempSync(path.join(tmpdir(), 'colophon-find-chrome-'))

/** Make an executable (or, with `mode` 0o644, a plain file) at `name` inside the temp folder. */
function file(name: string, mode = 0o755): string {
  const target = path.join(dir, name)
  mkdirSync(path.dirname(target), {recursive: true})
  writeFileSync(target, '#!/bin/sh\nexit 0\n')
  chmodSync(target, mode)
  return target
}

const env = file('env/chrome')
const puppeteerEnv = file('puppeteer-env/chrome')
const system = file('system/chromium')
const onPath = file('bin/google-chrome')
const stablePath = file('bin2/google-chrome-stable')
const bundled = file('bundled/chrome')
const notExecutable = file('plain/chrome', 0o644)

/** A search with nothing found unless the case adds it. */
function search(overrides: Partial<ChromeSearch> & {env?: NodeJS.ProcessEnv}): ChromeSearch {
  return {platform: 'linux', systemPaths: [path.join(dir, 'missing')], commands: ['google-chrome', 'google-chrome-stable'], bundled: () => undefined, ...overrides, env: {PATH: '', ...overrides.env}}
}

describe('findChrome', () => {
  const cases: Array<[string, ChromeSearch, string]> = [
    ['CHROME_PATH first', search({env: {CHROME_PATH: env, PUPPETEER_EXECUTABLE_PATH: puppeteerEnv}, systemPaths: [system], bundled: () => bundled}), env],
    ['then PUPPETEER_EXECUTABLE_PATH', search({env: {PUPPETEER_EXECUTABLE_PATH: puppeteerEnv}, systemPaths: [system]}), puppeteerEnv],
    ['then a system path', search({systemPaths: [path.join(dir, 'nope'), system], env: {PATH: path.dirname(onPath)}, bundled: () => bundled}), system],
    ['then google-chrome on PATH', search({env: {PATH: [path.dirname(stablePath), path.dirname(onPath)].join(path.delimiter)}, bundled: () => bundled}), onPath],
    ['then google-chrome-stable on PATH', search({env: {PATH: path.dirname(stablePath)}, bundled: () => bundled}), stablePath],
    ["then puppeteer's own browser", search({bundled: () => bundled}), bundled],
    ['a system path that is not executable is passed over', search({systemPaths: [notExecutable], bundled: () => bundled}), bundled]
  ]

  it.each(cases)('%s', (_name, input, expected) => {
    expect(findChrome(input)).toBe(expected)
  })

  it('fails with the install hint when there is no browser at all', () => {
    expect(() => findChrome(search({bundled: () => path.join(dir, 'not-downloaded')}))).toThrow(new StageError('print pdf', noChromeMessage))
    try {
      findChrome(search({}))
    } catch (error) {
      expect((error as StageError).stage).toBe('print pdf')
    }
  })

  it('fails when CHROME_PATH names something that is not an executable', () => {
    expect(() => findChrome(search({env: {CHROME_PATH: notExecutable}, systemPaths: [system]}))).toThrow(/CHROME_PATH is `.*plain\/chrome`, which is not an executable file/)
  })

  it('knows the default paths of each platform', () => {
    expect(systemChromePaths('linux', {})).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    expect(systemChromePaths('darwin', {})[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
    expect(systemChromePaths('win32', {PROGRAMFILES: 'C:\\Program Files'})).toEqual(['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'])
  })
})
