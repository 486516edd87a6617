// Rule `markdown/directive-unknown`: a `:::name` or `::name` directive (or attribute) Colophon does not know, usually a typo.
import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import {visit} from 'unist-util-visit'
import {containerDirectives} from '../../../parse/handlers/container-directive.js'
import {didYouMean, didYouMeanText} from '../../../util/did-you-mean.js'
import type {Rule} from '../../rule.js'

/** Attributes each known directive reads. */
const knownAttributes: Record<string, string[]> = {
  'case-story': ['title', 'source'],
  tip: ['title'],
  note: ['title']
}

/** `markdown/directive-unknown` */
export const directiveUnknown: Rule = {
  id: 'markdown/directive-unknown',
  description: 'Block directives are `:::case-story`, `:::tip` or `:::note`, with only the attributes they read.',
  severity: 'error',
  check(book, report) {
    const names = Object.keys(containerDirectives)
    const known = names.map((name) => `\`:::${name}\``).join(', ')
    for (const chapter of book.chapters) {
      if (!chapter.mdast) continue
      // Text directives (`:name`) are left alone: they are kept as the text typed, so `Note:this` stays prose.
      visit(chapter.mdast, (node) => node.type === 'containerDirective' || node.type === 'leafDirective', (node) => {
        const directive = node as ContainerDirective | LeafDirective
        const prefix = directive.type === 'containerDirective' ? ':::' : '::'
        const attributes = knownAttributes[directive.name]
        if (directive.type === 'leafDirective' || !attributes) {
          const suggestion = didYouMean(directive.name, names)
          const hint = suggestion ? didYouMeanText(`:::${suggestion}`) : `; Colophon knows ${known}`
          report(chapter.file, `Unknown directive \`${prefix}${directive.name}\`${hint}`, directive.position)
          return
        }

        for (const name of Object.keys(directive.attributes ?? {})) {
          if (attributes.includes(name)) continue
          const hint = didYouMeanText(didYouMean(name, attributes)) || `; \`${prefix}${directive.name}\` reads ${attributes.map((item) => `\`${item}\``).join(', ')}`
          report(chapter.file, `Unknown attribute \`${name}\` on \`${prefix}${directive.name}\`${hint}`, directive.position)
        }
      })
    }
  }
}
