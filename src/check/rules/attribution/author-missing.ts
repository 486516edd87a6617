// Rule `attribution/author-missing`: a book must say who wrote it.
import {configPlace} from '../../yaml-places.js'
import type {Rule} from '../../rule.js'

/** `attribution/author-missing` */
export const authorMissing: Rule = {
  id: 'attribution/author-missing',
  description: 'The book names at least one author in `authors`.',
  severity: 'error',
  check(book, report) {
    if (book.config.authors.length > 0) return
    report(book.configFile, 'Book has no author; add `authors:` with at least one `- name: …` to `book.yaml`', configPlace(book, ['authors'], true))
  }
}
