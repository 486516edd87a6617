// Formats diagnostics like a linter: `file:line:column  severity  message  rule-id`, grouped by file, with a summary.
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Counts of what was reported. */
export interface Counts {
  errors: number
  warnings: number
}

/**
 * Count errors and warnings in `files`.
 *
 * @param files - Files with messages.
 * @returns The counts.
 */
export function countMessages(files: readonly VFile[]): Counts {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal) errors++
      else if (message.fatal === false) warnings++
    }
  }

  return {errors, warnings}
}

/**
 * Format the messages of `files` for a person.
 *
 * @param files - Files in book order.
 * @param options - `color` for a terminal; `cwd` that paths are shown relative to.
 * @returns The report, empty when there is nothing to say.
 */
export function formatHuman(files: readonly VFile[], options: {color?: boolean; cwd?: string} = {}): string {
  const paint = (code: number, text: string): string => (options.color ? `\u001B[${code}m${text}\u001B[39m` : text)
  const cwd = options.cwd ?? process.cwd()
  const lines: string[] = []
  for (const file of files) {
    const name = file.path ? path.relative(cwd, file.path) || file.path : '<input>'
    for (const message of sorted(file.messages)) {
      const place = `${name}:${message.line ?? 1}:${message.column ?? 1}`
      const severity = message.fatal ? paint(31, 'error') : paint(33, 'warning')
      lines.push(`${place}  ${severity}  ${message.reason}  ${paint(2, message.ruleId ?? '')}`.trimEnd())
    }
  }

  const {errors, warnings} = countMessages(files)
  if (errors + warnings === 0) return ''
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`
  lines.push('', `${errors > 0 ? paint(31, '✖') : paint(33, '⚠')} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`)
  return lines.join('\n') + '\n'
}

/** One message as JSON, stable for CI annotations. */
export interface JsonMessage {
  file: string
  line: number
  column: number
  endLine: number | null
  endColumn: number | null
  severity: 'error' | 'warning'
  message: string
  ruleId: string | null
}

/**
 * The messages of `files` as JSON data.
 *
 * @param files - Files in book order.
 * @param cwd - Folder paths are shown relative to.
 * @returns Messages and counts.
 */
export function toJson(files: readonly VFile[], cwd = process.cwd()): {messages: JsonMessage[]} & Counts {
  const messages: JsonMessage[] = []
  for (const file of files) {
    for (const message of sorted(file.messages)) {
      messages.push({
        file: file.path ? path.relative(cwd, file.path).split(path.sep).join('/') : '<input>',
        line: message.line ?? 1,
        column: message.column ?? 1,
        endLine: message.place && 'end' in message.place ? message.place.end.line : null,
        endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
        severity: message.fatal ? 'error' : 'warning',
        message: message.reason,
        ruleId: message.ruleId ?? null
      })
    }
  }

  return {messages, ...countMessages(files)}
}

function sorted(messages: readonly VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
