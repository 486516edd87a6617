// The contents page: nested lists of links with dot leaders and a page-number slot the printer fills in.
import type {Element} from 'hast'
import {h} from 'hastscript'
import {englishProperties} from '../../util/generated-text.js'
import type {ContentsEntry} from './print-sections.js'

/** Text of a page number before the layout pass has learnt it. */
export const pagePlaceholder = '000'

/**
 * The contents section. Each number sits in `span.toc-page[data-for=<id>]`; the printer writes the
 * real numbers there after the layout pass, as Chrome has no `target-counter()` (CSS GCPM 3 §4.1).
 *
 * The heading is Colophon's English word, and an entry keeps the language its heading was marked
 * with (the credits page's), so the PDF's tagged text reads them in the right voice (WCAG 3.1.2).
 *
 * @param entries - The entries, in reading order.
 * @param language - The book's language.
 * @returns The section.
 */
export function contentsPage(entries: ContentsEntry[], language: string): Element {
  const root: Element = h('ol')
  // The open list at each level; an entry deeper than its predecessor opens a nested list.
  const stack: Array<{level: number; list: Element}> = [{level: 0, list: root}]
  for (const entry of entries) {
    while (stack.length > 1 && (stack.at(-1)?.level ?? 0) >= entry.level) stack.pop()
    const parent = stack.at(-1) as {level: number; list: Element}
    const item = h(`li.toc-entry.toc-level-${entry.level}`, [
      h('a', {href: `#${entry.id}`}, [
        h('span.toc-title', entry.lang === undefined ? {} : {lang: entry.lang}, entry.text),
        h('span.toc-leader', {ariaHidden: 'true'}),
        h('span.toc-page', {dataFor: entry.id}, pagePlaceholder)
      ])
    ])
    parent.list.children.push(item)
    const nested = h('ol')
    item.children.push(nested)
    stack.push({level: entry.level, list: nested})
  }

  pruneEmpty(root)
  return h('section.contents.matter-front', {id: 'colophon-contents', role: 'doc-toc'}, [h('h1', {id: 'colophon-contents-heading', ...englishProperties(language)}, 'Contents'), root])
}

function pruneEmpty(list: Element): void {
  for (const item of list.children) {
    if (item.type !== 'element') continue
    item.children = item.children.filter((child) => !(child.type === 'element' && child.tagName === 'ol' && child.children.length === 0))
    for (const child of item.children) if (child.type === 'element' && child.tagName === 'ol') pruneEmpty(child)
  }
}
