// Rule `attribution/funder`: every funder (role `fnd`) is a book contributor, so the generated credits page acknowledges them.
import {toString} from 'hast-util-to-string'
import {funders} from '../../../transform/credits-page.js'
import {configPlace, frontMatterPlace} from '../../yaml-places.js'
import type {Rule} from '../../rule.js'

/** `attribution/funder` */
export const funder: Rule = {
  id: 'attribution/funder',
  description: 'Every funder (role `fnd`) is in `book.yaml` `contributors`, so the credits page acknowledges them.',
  severity: 'error',
  check(book, report) {
    const bookFunders = new Set(funders(book).map((person) => key(person.name)))
    for (const [index, person] of book.config.authors.entries()) {
      if (person.role !== 'fnd') continue
      report(book.configFile, `Funder \`${person.name}\` is listed under \`authors\`; move them to \`contributors\``, configPlace(book, ['authors', index, 'role']))
    }

    for (const chapter of book.chapters) {
      for (const [index, person] of chapter.frontMatter.contributors.entries()) {
        if (person.role !== 'fnd' || bookFunders.has(key(person.name))) continue
        report(chapter.file, `Funder \`${person.name}\` is not in \`book.yaml\`, so the credits page does not acknowledge them; add them to \`contributors\` with \`role: fnd\``, frontMatterPlace(chapter, ['contributors', index, 'name']))
      }
    }

    // The credits page is generated, so this only fails if it is missing or drops a funder: a guard on the generator.
    const page = book.chapters.find((chapter) => chapter.generated && chapter.type === 'credits')
    const text = page ? key(toString(page.hast)) : ''
    for (const [index, person] of book.config.contributors.entries()) {
      if (person.role !== 'fnd' || text.includes(key(person.name))) continue
      report(book.configFile, `Funder \`${person.name}\` is not acknowledged on the credits page`, configPlace(book, ['contributors', index, 'name']))
    }
  }
}

function key(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase()
}
