// Warns, at its line, about every element and attribute of a chapter that the sanitiser removed.
import type {Element, Properties, Root} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {addMessage} from '../report/message.js'
import {strippedElements} from './sanitize-schema.js'

/** Rule id of the warning; raw HTML is allowed, so a removal is worth knowing but not fatal. */
export const htmlRemovedRule = 'security/html-removed'

/** Elements removed with their content, so their children are not reported again. */
const strippedWithContent = new Set(strippedElements)

/**
 * Compare the tree before sanitising with the one after and warn about what is gone.
 *
 * hast-util-sanitize builds a new tree and copies each kept node's position, so an element of
 * `before` is kept exactly when `after` has an element with the same name at the same offset.
 * Elements without a position were made by Colophon's own handlers and are not reported.
 *
 * @param before - The chapter's hast with raw HTML parsed, not yet sanitised.
 * @param after - The sanitised hast.
 * @param file - The chapter, for the warnings.
 * @returns How many removals were reported.
 */
export function reportRemovals(before: Root, after: Root, file: VFile): number {
  const kept = new Map<string, Element>()
  visit(after, 'element', (node: Element) => {
    const key = keyOf(node)
    if (key !== undefined) kept.set(key, node)
  })

  let count = 0
  visit(before, 'element', (node: Element) => {
    const key = keyOf(node)
    if (key === undefined) return
    const place = node.position
    const survivor = kept.get(key)
    if (!survivor) {
      count++
      const what = strippedWithContent.has(node.tagName) ? `\`<${node.tagName}>\` element and its content` : `\`<${node.tagName}>\` element (its content kept)`
      addMessage(file, `Removed ${what} from raw HTML; ${removalReason(node.tagName)}`, {
        ruleId: htmlRemovedRule,
        severity: 'warn',
        place
      })
      return strippedWithContent.has(node.tagName) ? SKIP : undefined
    }

    for (const name of removedProperties(node.properties, survivor.properties)) {
      count++
      addMessage(file, `Removed ${describe(node.tagName, name, node.properties[name])}`, {ruleId: htmlRemovedRule, severity: 'warn', place})
    }

    return undefined
  })

  return count
}

/** Why an element is not allowed in a book, by what it is: only scripts are called scripts. */
const reasons: Array<[RegExp, string]> = [
  [/^(?:script|noscript|template)$/, 'books cannot run scripts'],
  [/^(?:iframe|frame|frameset|object|embed|applet|noembed|noframes|portal)$/, 'books cannot embed other pages or plugins'],
  [/^(?:picture|source|track)$/, 'its sources could make the renderer load any URL; use a Markdown image of a file in the manuscript'],
  [/^(?:video|audio|canvas)$/, 'Colophon does not render audio, video or canvas; link to the media or show a still image'],
  [/^(?:form|input|button|select|option|optgroup|textarea|label|fieldset|legend|datalist|output)$/, 'books have no forms'],
  [/^(?:style|link|meta|base|title|head|html|body)$/, 'a book\'s styles and metadata come from Colophon and `book.yaml`'],
  [/^(?:svg|math)$/, 'inline SVG and MathML are not supported yet; use an SVG image file or Markdown math']
]

function removalReason(tagName: string): string {
  return reasons.find(([pattern]) => pattern.test(tagName))?.[1] ?? 'Colophon does not render this element'
}

/** Properties of `before` that `after` no longer has at all (a class list only filtered is not reported). */
function removedProperties(before: Properties, after: Properties): string[] {
  return Object.keys(before).filter((name) => before[name] !== undefined && before[name] !== null && !(name in after))
}

/** `offset:tagName`, or `undefined` for elements without a position. */
function keyOf(node: Element): string | undefined {
  const offset = node.position?.start.offset
  return offset === undefined ? undefined : `${offset}:${node.tagName}`
}

/** A short description of a removed attribute, naming the URL scheme when that was the reason. */
function describe(tagName: string, property: string, value: unknown): string {
  const attribute = attributeName(property)
  const text = Array.isArray(value) ? value.join(' ') : String(value)
  // Browsers drop tabs and newlines inside a URL, so `jav&#x09;ascript:` is named as the `javascript:` it is.
  const scheme = /^\s*([^:/?#]+):/.exec(text)?.[1]?.replace(/[\t\n\r]/g, '').toLowerCase()
  if (scheme && ['href', 'src', 'cite', 'longdesc', 'action', 'formaction', 'poster', 'xlink:href'].includes(attribute)) {
    const kind = scheme === 'data' ? `\`data:\` URL that is not a PNG, JPEG, GIF or WebP image` : `\`${scheme}:\` URL`
    return `${kind} from \`${attribute}\` of \`<${tagName}>\`; images must be files in the manuscript and links http, https, mailto or tel`
  }

  if (attribute.startsWith('on')) return `event handler \`${attribute}\` from \`<${tagName}>\`; books cannot run scripts`
  return `attribute \`${attribute}\` from \`<${tagName}>\`; it is not allowed in books`
}

/** The HTML attribute name of a hast property name (`onClick` → `onclick`, `dataFoo` → `data-foo`, `xLinkHref` → `xlink:href`). */
function attributeName(property: string): string {
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
  if (/^xLink[A-Z]/.test(property)) return `xlink:${property.slice(5).toLowerCase()}`
  return property.toLowerCase()
}
