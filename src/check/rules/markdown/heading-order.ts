// Rule `markdown/heading-order`: headings go down one level at a time, so the outline a screen reader lists has no gaps (WCAG 1.3.1).
import type {Element} from 'hast'
import {visit} from 'unist-util-visit'
import type {Rule} from '../../rule.js'

const levels: Record<string, number> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}

/** `markdown/heading-order` */
export const headingOrder: Rule = {
  id: 'markdown/heading-order',
  description: 'Headings go down one level at a time (`##` then `###`, not `####`), so the outline has no gaps.',
  severity: 'warn',
  check(book, report) {
    for (const chapter of book.chapters) {
      if (chapter.generated) continue
      // Every chapter document opens with its title as the level-1 heading, written or not; a chapter
      // that opens with `##` had its headings raised one level (parse-book.ts), so the message names
      // the levels as the author wrote them.
      const shift = chapter.headingShift
      let previous = 1
      visit(chapter.hast, 'element', (node: Element) => {
        const level = levels[node.tagName]
        if (level === undefined) return
        // Headings Colophon adds (the notes heading) have no position and are in order by construction.
        if (level > previous + 1 && node.position) {
          const wanted = previous + 1 + shift
          report(
            chapter.file,
            `Heading level ${level + shift} follows level ${previous + shift}; make it level ${wanted} (\`${'#'.repeat(wanted)}\`) so the outline has no gap. The EPUB claims WCAG conformance only without such gaps`,
            node.position
          )
        }

        previous = level
      })
    }
  }
}
