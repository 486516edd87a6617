// Rule `attribution/rights-missing`: a book must say who holds its rights (and, ideally, under what licence).
import {configPlace} from '../../yaml-places.js'
import type {Rule} from '../../rule.js'

/** `attribution/rights-missing` */
export const rightsMissing: Rule = {
  id: 'attribution/rights-missing',
  description: 'The book has a `rights` statement (who holds the copyright); `license` says what readers may do. Only a warning when a `license` is given.',
  severity: 'error',
  check(book, report) {
    const {rights, license} = book.config
    if (rights) return
    const reason = license
      ? 'Book has no `rights` statement; add `rights: © <year> <holder>` to `book.yaml`'
      : 'Book has no `rights` statement or `license`; add `rights: © <year> <holder>` and a `license` such as `CC-BY-4.0`'
    // With a licence the reader knows what they may do and the authors stand as the holders: the missing
    // statement is worth adding, not worth a failed build. With neither, the book says nothing about its terms.
    if (license) report(book.configFile, reason, configPlace(book, ['license'], true), {severity: 'warn'})
    else report(book.configFile, reason, configPlace(book, ['title'], true))
  }
}
