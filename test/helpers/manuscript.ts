// Test helper: writes a small manuscript into a fresh temporary folder and runs the real pipeline on it.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {BuildOptions} from '../../src/context.js'
import {run, type RunResult} from '../../src/pipeline.js'
import {createLogger} from '../../src/report/logger.js'

/** A valid minimal `book.yaml`; tests override keys by appending or replacing lines. */
export const minimalBookYaml = `title: A Small Book
language: en-GB
identifier: urn:uuid:6f1c2a44-2c1e-4b7e-9a55-0d6b3c1e9f10
date: 2026-11-01
authors:
  - name: Ada Writer
rights: © 2026 Ada Writer
license: CC-BY-4.0
chapters:
  body:
    - 01-start.md
`

/**
 * Write `files` (path → contents) into a new temporary folder.
 *
 * @param files - Relative paths and their contents.
 * @returns The folder.
 */
export function writeManuscript(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'colophon-test-'))
  for (const [name, contents] of Object.entries(files)) {
    const target = path.join(dir, name)
    mkdirSync(path.dirname(target), {recursive: true})
    writeFileSync(target, contents)
  }

  return dir
}

/**
 * Run the pipeline on `manuscript` without rendering (or with `formats`).
 *
 * @param manuscript - Manuscript folder.
 * @param options - Extra build options.
 * @returns The run result.
 */
export async function runBook(manuscript: string, options: Partial<BuildOptions> = {}): Promise<RunResult> {
  const logger = createLogger({progress: false, write: () => {}})
  return run({manuscript, out: path.join(manuscript, '..', path.basename(manuscript) + '-dist'), formats: [], ...options}, logger)
}

/**
 * Every message of a run as `ruleId line:column`, for compact assertions.
 *
 * @param result - A run result.
 * @returns One string per message, in file then position order.
 */
export function messagesOf(result: RunResult): string[] {
  return result.files.flatMap((file) =>
    file.messages.map((message) => `${path.basename(file.path ?? '')} ${message.ruleId} ${message.line}:${message.column}`)
  )
}
