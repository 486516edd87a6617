// Test helper: runs a rule's table of valid and invalid manuscripts through the real pipeline (check only).
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {BuildOptions} from '../../src/context.js'
import {minimalBookYaml, runBook, writeManuscript} from '../helpers/manuscript.js'

/** One case: files over the minimal book (`book.yaml` + `01-start.md`). */
export interface RuleCase {
  name: string
  /** Files to write; `book.yaml` and `01-start.md` default to a minimal valid book. */
  files: Record<string, string | Uint8Array>
  /** Extra build options (`external`, `offline`, `cacheDir`). */
  options?: Partial<BuildOptions>
}

/** An invalid case: the messages of the rule, as `file line:column`, and what their text says. */
export interface InvalidCase extends RuleCase {
  /** `01-start.md 3:1` per message, in report order. */
  expected: string[]
  /** Each message's reason must match, in order (one pattern may cover all). */
  reason?: RegExp | RegExp[]
  /** `warn` when the messages are warnings, or one severity per message; default `error`. */
  severity?: 'error' | 'warn' | Array<'error' | 'warn'>
}

/** A minimal chapter. */
export const startChapter = '# Start\n\nThe first chapter.\n'

/**
 * Write the case's manuscript and run the pipeline with `formats: []`.
 *
 * @param files - Files over the minimal book.
 * @param options - Extra build options.
 * @returns The run result.
 */
export async function runCase(files: RuleCase['files'], options: Partial<BuildOptions> = {}): ReturnType<typeof runBook> {
  const dir = writeManuscript({'book.yaml': minimalBookYaml, '01-start.md': startChapter, ...files})
  return runBook(dir, {cacheDir: path.join(dir, '.cache'), ...options})
}

/**
 * Messages of one rule in a run, as `file line:column`.
 *
 * @param result - A run result.
 * @param ruleId - The rule.
 * @returns The places, plus reasons and severities for further assertions.
 */
export function ruleMessages(result: Awaited<ReturnType<typeof runBook>>, ruleId: string) {
  const found = result.files.flatMap((file) =>
    file.messages
      .filter((message) => message.ruleId === ruleId)
      .map((message) => ({
        at: `${path.basename(file.path ?? '')} ${message.line}:${message.column}`,
        reason: message.reason,
        severity: message.fatal ? 'error' : 'warn'
      }))
  )
  return found
}

/**
 * Declare the tests of a rule: every valid case has no message of the rule, every invalid case
 * exactly the expected ones at the expected places.
 *
 * @param ruleId - The rule.
 * @param cases - Valid and invalid cases.
 */
export function ruleTable(ruleId: string, cases: {valid: RuleCase[]; invalid: InvalidCase[]}): void {
  describe(ruleId, () => {
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, async () => {
        const result = await runCase(testCase.files, testCase.options)
        expect(ruleMessages(result, ruleId)).toEqual([])
      })
    }

    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        const result = await runCase(testCase.files, testCase.options)
        const found = ruleMessages(result, ruleId)
        expect(found.map((message) => message.at)).toEqual(testCase.expected)
        const reasons = testCase.reason === undefined ? [] : Array.isArray(testCase.reason) ? testCase.reason : found.map(() => testCase.reason as RegExp)
        for (const [index, pattern] of reasons.entries()) expect(found[index]?.reason).toMatch(pattern)
        const severities = Array.isArray(testCase.severity) ? testCase.severity : found.map(() => testCase.severity ?? 'error')
        expect(found.map((message) => message.severity)).toEqual(severities)
      })
    }
  })
}

/** A small valid SVG image. */
export const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n'

/** A 1×1 PNG image. */
export const png = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
)
