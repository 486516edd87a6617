// Rule `link/text-not-descriptive`: link text that says nothing about where it leads (WCAG 2.4.4, Link Purpose).
import type {Element, ElementContent, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {visitParents} from 'unist-util-visit-parents'
import type {Rule} from '../../rule.js'

/** Texts that only make sense beside the link, never read out alone in a list of links. */
const vague = new Set([
  'here', 'click here', 'click', 'tap here', 'this', 'this link', 'link', 'this page', 'page', 'this site',
  'this website', 'website', 'read more', 'more', 'learn more', 'find out more', 'more info', 'more information',
  'details', 'see here', 'go', 'go here', 'continue', 'follow this link', 'source'
])

/** Blocks whose text is running prose around a link. */
const blocks = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'figcaption', 'blockquote', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** `link/text-not-descriptive` */
export const textNotDescriptive: Rule = {
  id: 'link/text-not-descriptive',
  description: 'Link text says where the link leads: not "here", "click here", "read more", nor a bare URL in running prose.',
  severity: 'warn',
  check(book, report) {
    for (const chapter of book.chapters) {
      if (chapter.generated) continue
      visitParents(chapter.hast, 'element', (node: Element, ancestors: Array<Root | Element>) => {
        if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string') return
        // Footnote references (`1`) and back-references (`↑`) are announced by their ARIA labels.
        if (node.properties['dataFootnoteRef'] !== undefined || node.properties['dataFootnoteBackref'] !== undefined) return
        const text = linkText(node).replace(/\s+/g, ' ').trim()
        const normal = text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '').trim()
        if (text === '') {
          report(chapter.file, `Link to \`${node.properties['href']}\` has no text; say where it leads`, node.position)
        } else if (vague.has(normal)) {
          report(chapter.file, `Link text \`${text}\` does not say where it leads; use the target's name, such as \`[the NICE guideline](…)\``, node.position)
        } else if (/^(https?:\/\/|www\.)\S+$/i.test(text) && !namesItself(text) && inProse(node, ancestors)) {
          report(chapter.file, `Bare URL \`${text}\` as link text; name the page instead: \`[Page title](${text})\``, node.position)
        }
      })
    }
  }
}

/**
 * A URL that is its own best name: a site's bare address (`https://example.org`), read as the site's
 * name, or a local address (`http://127.0.0.1:8000/`) that a tutorial tells the reader to type.
 */
function namesItself(text: string): boolean {
  let url: URL
  try {
    url = new URL(/^www\./i.test(text) ? `https://${text}` : text)
  } catch {
    return false
  }

  const local = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\./.test(url.hostname)
  return local || ((url.pathname === '/' || url.pathname === '') && url.search === '' && url.hash === '')
}

/** The text a screen reader announces: text content, with images read as their alt text. */
function linkText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return ''
  if (node.tagName === 'img') return typeof node.properties['alt'] === 'string' ? node.properties['alt'] : ''
  return node.children.map(linkText).join('')
}

/** Whether the link sits in a block with words of its own (not a list item or cell that is only the URL). */
function inProse(node: Element, ancestors: Array<Root | Element>): boolean {
  const block = [...ancestors].reverse().find((ancestor) => ancestor.type === 'element' && blocks.has(ancestor.tagName))
  if (!block) return false
  const rest = toString(block).replace(toString(node), '')
  return /[\p{L}\p{N}]/u.test(rest)
}
