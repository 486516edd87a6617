// Rule `markdown/repeated-heading`: a heading that opens most chapters (the book's title, repeated) is not every chapter's title.
import type {Rule} from '../../rule.js'

/** `markdown/repeated-heading` */
export const repeatedHeading: Rule = {
  id: 'markdown/repeated-heading',
  description: "No heading opens most chapters (the book's title repeated at the top of each): a chapter's title is its own.",
  severity: 'warn',
  check(book, report) {
    for (const chapter of book.chapters) {
      const repeated = chapter.repeatedHeading
      // The parse stage already left the heading out and took the next one as the title (parse-book.ts).
      if (!repeated) continue
      report(
        chapter.file,
        `Heading \`${repeated.text}\` opens ${repeated.count} chapters, so it is not taken as this chapter's title: \`${chapter.title}\` is, and \`${repeated.text}\` is left out; remove it or give the chapter a \`title:\``,
        repeated.element.position
      )
    }
  }
}
