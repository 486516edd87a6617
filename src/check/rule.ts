// What a check is: a rule with an id, a description, a default severity and a function that reports.
import type {VFile} from 'vfile'
import type {Book} from '../book.js'
import type {Severity} from '../config/schema.js'
import type {Context} from '../context.js'
import type {Place} from '../report/message.js'

/** Per-message options of a report. */
export interface ReportOptions {
  /**
   * `warn` caps this message at a warning even when the rule is set to `error`: a permanent
   * redirect or an unchecked link is worth knowing about but never breaks the build.
   */
  severity?: 'warn' | undefined
  /**
   * What the build does about the problem when the rule is a warning and the build goes on (such
   * as `the link is removed from the outputs`); appended to the message only then.
   */
  outcome?: string | undefined
}

/** Reports one problem found by a rule, at a place in a file. */
export type Report = (file: VFile, reason: string, place?: Place | undefined, options?: ReportOptions) => void

/** A check. The rule id is also its file name under `src/check/rules/`, its test and its entry in `docs/rules.md`. */
export interface Rule {
  /** `group/name`, such as `link/anchor-missing`. */
  id: string
  /** One line: what the rule wants. */
  description: string
  /** Severity unless `book.yaml` `checks` says otherwise. */
  severity: Severity
  /** Look at the book and report problems. */
  check(book: Book, report: Report, context: Context): void | Promise<void>
}
