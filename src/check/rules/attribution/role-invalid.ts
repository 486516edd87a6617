// Rule `attribution/role-invalid`: a person's `role` must be a MARC relator code, as EPUB's `role` refinement requires.
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {Person} from '../../../config/schema.js'
import {didYouMean, didYouMeanText} from '../../../util/did-you-mean.js'
import {discontinuedRelators, isRelator, marcRelators} from '../../../util/marc-relators.js'
import {configPlace, frontMatterPlace} from '../../yaml-places.js'
import type {Report, Rule} from '../../rule.js'

/** `attribution/role-invalid` */
export const roleInvalid: Rule = {
  id: 'attribution/role-invalid',
  description: 'Every `role` in `book.yaml` and in front matter is a MARC relator code (`aut`, `edt`, `ill`, `fnd`…).',
  severity: 'error',
  check(book, report) {
    for (const key of ['authors', 'contributors'] as const) {
      for (const [index, person] of book.config[key].entries()) {
        checkPerson(report, book.configFile, person, () => configPlace(book, [key, index, 'role']))
      }
    }

    for (const chapter of book.chapters) {
      for (const [index, person] of chapter.frontMatter.contributors.entries()) {
        checkPerson(report, chapter.file, person, () => frontMatterPlace(chapter, ['contributors', index, 'role']))
      }
    }
  }
}

const byTerm = new Map(Object.entries(marcRelators).map(([code, term]) => [term.toLowerCase(), code]))

function checkPerson(report: Report, file: VFile, person: Person, place: () => Position | undefined): void {
  const role = person.role
  if (role === undefined || isRelator(role)) return
  const replacement = discontinuedRelators[role]
  if (replacement) {
    report(file, `Role \`${role}\` of \`${person.name}\` is a discontinued MARC relator code; use \`${replacement}\``, place())
    return
  }

  // `Editor` → `edt`, `EDT` → `edt`, `edit` → `edt`.
  const suggestion = byTerm.get(role.toLowerCase()) ?? (isRelator(role.toLowerCase()) ? role.toLowerCase() : didYouMean(role.toLowerCase(), Object.keys(marcRelators)))
  report(file, `Role \`${role}\` of \`${person.name}\` is not a MARC relator code${didYouMeanText(suggestion)}`, place())
}
