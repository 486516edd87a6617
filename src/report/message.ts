// Adds a diagnostic to a file: the one way every stage reports a problem with a place and a rule id.
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Where a message points: a point or a range in its file. */
export type Place = Point | Position

/** How serious a reported message is. */
export type MessageSeverity = 'error' | 'warn'

/** Options for {@link addMessage}. */
export interface MessageOptions {
  /** Rule id such as `link/anchor-missing`, or `config/…` for config errors. */
  ruleId: string
  /** Defaults to `error`. */
  severity?: MessageSeverity
  /** Place in the file. */
  place?: Place | undefined
  /** A second place that explains the first ("defined here"). */
  cause?: VFileMessage | undefined
}

/** Base address of the documentation of `config/…` messages. */
export const docsUrl = 'https://github.com/colophon-books/colophon#'

/** Base address of the rule documentation: one section per rule id in `docs/rules.md`. */
export const rulesDocsUrl = 'https://github.com/colophon-books/colophon/blob/main/docs/rules.md#'

/**
 * The address of a rule's section: GitHub's anchor for the heading `## link/anchor-missing` is `linkanchor-missing`.
 *
 * @param ruleId - Rule id.
 * @returns The address.
 */
export function ruleUrl(ruleId: string): string {
  if (ruleId.startsWith('config/')) return docsUrl + ruleId.replace(/\W/g, '').toLowerCase()
  return rulesDocsUrl + ruleId.toLowerCase().replace(/[^\w -]/g, '').replace(/ /g, '-')
}

/**
 * Add a message to `file`.
 *
 * @param file - File the message is about.
 * @param reason - Short concrete text, values in backticks.
 * @param options - Rule id, severity and place.
 * @returns The message.
 */
export function addMessage(file: VFile, reason: string, options: MessageOptions): VFileMessage {
  const source = options.ruleId.startsWith('config/') ? 'config' : 'colophon'
  const message = file.message(reason, {place: options.place, ruleId: options.ruleId, source, cause: options.cause})
  message.fatal = (options.severity ?? 'error') === 'error'
  message.url = ruleUrl(options.ruleId)
  return message
}

/**
 * Whether any message of `files` is a config or internal error (exit code 2).
 *
 * @param files - Files of the book.
 * @returns `true` when the book could not be loaded as configured.
 */
export function hasConfigError(files: Iterable<VFile>): boolean {
  for (const file of files) {
    if (file.messages.some((message) => message.fatal && message.source === 'config')) return true
  }

  return false
}

/**
 * Whether any message of `files` is an error.
 *
 * @param files - Files of the book.
 * @returns `true` when any message is fatal.
 */
export function hasError(files: Iterable<VFile>): boolean {
  for (const file of files) {
    if (file.messages.some((message) => message.fatal)) return true
  }

  return false
}
