// Stage 4, check: runs every rule at the severity the book sets, after all chapters are transformed.
import type {Book} from '../book.js'
import type {Severity} from '../config/schema.js'
import type {Context} from '../context.js'
import {addMessage} from '../report/message.js'
import {placeOf, parseYaml} from '../config/parse-yaml.js'
import {didYouMean, didYouMeanText} from '../util/did-you-mean.js'
import {rules} from './rules/index.js'

/**
 * Run the rules on `book`; problems become messages on the chapter files and `book.yaml`.
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
      (file, reason, place) => {
        addMessage(file, reason, {ruleId: rule.id, severity, place})
      },
      context
    )
  }
}

/** Severities set in `book.yaml` `checks`; unknown rule ids are config errors. */
function ruleSeverities(book: Book): Map<string, Severity> {
  const known = new Set(rules.map((rule) => rule.id))
  const result = new Map<string, Severity>()
  let yaml: ReturnType<typeof parseYaml> | undefined
  for (const [id, severity] of Object.entries(book.config.checks)) {
    if (known.has(id)) {
      result.set(id, severity)
      continue
    }

    // Positions are only needed on this error path, so the YAML is parsed again only here.
    yaml ??= parseYaml(book.configFile, String(book.configFile.value))
    addMessage(book.configFile, `Unknown rule \`${id}\` in \`checks\`${didYouMeanText(didYouMean(id, known))}`, {
      ruleId: 'config/unknown-rule',
      place: placeOf(yaml, ['checks', id], true)
    })
  }

  return result
}
