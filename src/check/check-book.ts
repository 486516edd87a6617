// Stage 4, check: runs every rule at the severity the book sets, after all chapters are transformed.
import type {Book} from '../book.js'
import type {Severity} from '../config/schema.js'
import type {Context} from '../context.js'
import {addMessage} from '../report/message.js'
import {didYouMean, didYouMeanText} from '../util/did-you-mean.js'
import {configPlace} from './yaml-places.js'
import {rules} from './rules/index.js'

/**
 * Run the rules on `book`; problems become messages on the chapter files and `book.yaml`.
 *
 * Every rule runs to the end and reports every problem it finds: a book with ten broken
 * links gets ten messages in one run.
 *
 * @param book - The transformed book.
 * @param context - Run context (external link options).
 */
export async function checkBook(book: Book, context: Context): Promise<void> {
  const severities = ruleSeverities(book)
  for (const rule of rules) {
    const severity = severities.get(rule.id) ?? rule.severity
    if (severity === 'off') continue
    await rule.check(
      book,
      (file, reason, place, options) => {
        const level = options?.severity ?? severity
        addMessage(file, level === 'warn' && options?.outcome ? `${reason}; ${options.outcome}` : reason, {ruleId: rule.id, severity: level, place})
      },
      context
    )
  }
}

/** Severities set in `book.yaml` `checks`; unknown rule ids are config errors. */
function ruleSeverities(book: Book): Map<string, Severity> {
  const known = new Set(rules.map((rule) => rule.id))
  const result = new Map<string, Severity>()
  for (const [id, severity] of Object.entries(book.config.checks)) {
    if (known.has(id)) {
      result.set(id, severity)
      continue
    }

    addMessage(book.configFile, `Unknown rule \`${id}\` in \`checks\`${didYouMeanText(didYouMean(id, known))}`, {
      ruleId: 'config/unknown-rule',
      place: configPlace(book, ['checks', id], true)
    })
  }

  return result
}
