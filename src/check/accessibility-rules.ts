// Which rules the EPUB's accessibility conformance claim rests on, and which of them this book did not pass.
import {bookFiles, type Book} from '../book.js'

/**
 * Rules that check WCAG success criteria in the text itself: text alternatives (1.1.1), link
 * purpose (2.4.4) and the heading outline (1.3.1). The rest of WCAG 2.2 AA that a book can fail
 * is the renderer's own markup (roles, `lang`, contrast, tables), tested with axe-core.
 */
export const accessibilityRules = ['image/alt-missing', 'link/text-not-descriptive', 'markdown/heading-order'] as const

/**
 * The accessibility rules this book did not pass: turned off in `book.yaml`, or reporting
 * anything (a warning too), so the EPUB claims conformance only when all of them ran clean.
 *
 * @param book - The checked book.
 * @returns Rule ids, in {@link accessibilityRules} order; empty when the claim is earned.
 */
export function unmetAccessibilityRules(book: Book): string[] {
  const reported = new Set(bookFiles(book).flatMap((file) => file.messages.map((message) => message.ruleId)))
  return accessibilityRules.filter((id) => book.config.checks[id] === 'off' || reported.has(id))
}
