// Rule `attribution/quote-source`: a block quotation or case story must say where it comes from.
import type {Element} from 'hast'
import {toString} from 'hast-util-to-string'
import type {ContainerDirective} from 'mdast-util-directive'
import {visit} from 'unist-util-visit'
import type {Rule} from '../../rule.js'
import {quotationKind} from '../../quotation-kind.js'
import {classNames} from '../../../util/class-names.js'

/** A source that names nobody, which is only acceptable with the person's consent. */
const anonymous = /^\s*(?:—\s*)?anonym(?:ous|ously)?\b/i
const withConsent = /\bwith (?:their |her |his )?consent\b/i

/** `attribution/quote-source` */
export const quoteSource: Rule = {
  id: 'attribution/quote-source',
  description: 'Every quotation ends with `— Source` (or has a `<cite>`), every case story has `source`; anonymous ones say "shared with consent". Notes, alerts and links set as `>` are not quotations.',
  severity: 'error',
  check(book, report) {
    for (const chapter of book.chapters) {
      if (chapter.generated) continue
      visit(chapter.hast, 'element', (node: Element, _index, parent) => {
        if (node.tagName === 'blockquote') {
          const wrapped = parent?.type === 'element' && parent.tagName === 'figure' && classNames(parent).includes('quote')
          if (wrapped) return
          const kind = quotationKind(node, parent)
          if (kind === 'quotation') report(chapter.file, 'Quotation has no source; end it with a paragraph `— Source, year`', node.position)
          // A `>` block may be an aside the book sets as a quote: worth a look, never a failed build.
          else if (kind === 'unknown') report(chapter.file, 'Block quotation has no source; if it quotes someone, end it with a paragraph `— Source, year`', node.position, {severity: 'warn'})
        } else if (node.tagName === 'figure' && classNames(node).includes('quote')) {
          const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption')
          const source = caption ? toString(caption) : ''
          if (anonymous.test(source) && !withConsent.test(source)) {
            report(chapter.file, 'Anonymous quotation does not say it is shared with consent; end it with `— Anonymous, shared with consent`', node.position)
          }
        }
      })

      if (!chapter.mdast) continue
      visit(chapter.mdast, 'containerDirective', (node: ContainerDirective) => {
        if (node.name !== 'case-story') return
        const source = node.attributes?.['source']?.trim() ?? ''
        if (source === '') {
          report(chapter.file, 'Case story has no source; add `source="…"`, such as `:::case-story{source="Illustrative composite"}`', node.position)
        } else if (anonymous.test(source) && !withConsent.test(source)) {
          report(chapter.file, `Case story source \`${source}\` does not say it is shared with consent; write \`source="Anonymous, shared with consent"\``, node.position)
        }
      })
    }
  }
}

