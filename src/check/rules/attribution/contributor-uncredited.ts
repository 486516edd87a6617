// Rule `attribution/contributor-uncredited`: chapter contributors and the book's credits name the same people, both ways.
import type {Person} from '../../../config/schema.js'
import {configPlace, frontMatterPlace} from '../../yaml-places.js'
import type {Rule} from '../../rule.js'

/** Roles that belong to one chapter (foreword, afterword, preface, introduction): the chapter must name its writer. */
export const chapterRoles = new Set(['aui', 'aft', 'wpr', 'win'])

/** `attribution/contributor-uncredited` */
export const contributorUncredited: Rule = {
  id: 'attribution/contributor-uncredited',
  description: 'Every contributor in a chapter\'s front matter is in `book.yaml` with the same role, and every foreword (`aui`), afterword (`aft`), preface (`wpr`) or introduction (`win`) writer in `book.yaml` is named by a chapter.',
  severity: 'error',
  check(book, report) {
    const people = [...book.config.authors.map((person) => ({...person, role: person.role ?? 'aut'})), ...book.config.contributors]
    const named = new Set<string>()
    for (const chapter of book.chapters) {
      for (const [index, person] of chapter.frontMatter.contributors.entries()) {
        // Funders are book-wide: `attribution/funder` reports a funder named only in a chapter.
        if (person.role === 'fnd') continue
        named.add(key(person.name))
        const matches = people.filter((other) => key(other.name) === key(person.name))
        if (matches.length === 0) {
          const role = person.role ? ` with role \`${person.role}\`` : ''
          report(chapter.file, `Contributor \`${person.name}\` is not credited in \`book.yaml\`; add them to \`contributors\`${role}`, frontMatterPlace(chapter, ['contributors', index, 'name']))
        } else if (person.role && !matches.some((other) => (other.role ?? 'ctb') === person.role)) {
          const roles = matches.map((other) => `\`${other.role ?? 'ctb'}\``).join(', ')
          report(chapter.file, `Contributor \`${person.name}\` is \`${person.role}\` here but ${roles} in \`book.yaml\`; use the same role`, frontMatterPlace(chapter, ['contributors', index, 'role']))
        }
      }
    }

    for (const [index, person] of book.config.contributors.entries()) {
      if (!chapterRoles.has(person.role ?? '') || named.has(key(person.name))) continue
      report(book.configFile, `Contributor \`${person.name}\` (\`${person.role}\`) is named by no chapter; add them to the \`contributors\` of the chapter they wrote`, configPlace(book, ['contributors', index, 'name']))
    }
  }
}

/** Names compare without case or extra spaces: `Dr Sam  Example` is `dr sam example`. */
function key(name: Person['name']): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase()
}
