// Turns an element's presentational and obsolete attributes into classes the stylesheets honour, or removes them, with a warning.
import type {Element} from 'hast'
import type {VFile} from 'vfile'
import {addMessage} from '../report/message.js'
import {classNames} from '../util/class-names.js'
import {elementAttributes, enumeratedAttributes, globalAttributes, integerAttributes} from './content-model.js'

/** Id of the warnings about raw HTML rewritten to fit XHTML. */
export const htmlRewrittenRule = 'html/rewritten'

/** The class each `align` value becomes: text alignment on blocks, floats or centring on images and tables. */
const alignClass: Record<string, Record<string, string>> = {
  text: {left: 'align-left', center: 'align-center', middle: 'align-center', right: 'align-right', justify: 'align-justify'},
  box: {left: 'float-left', right: 'float-right', center: 'block-center', middle: 'valign-middle', top: 'valign-top', bottom: 'valign-bottom'}
}

/** The class each `valign` value becomes. */
const valignClass: Record<string, string> = {top: 'valign-top', middle: 'valign-middle', bottom: 'valign-bottom', baseline: 'valign-baseline'}

/** A CSS length an old `width`/`height` may say: pixels or a percentage, nothing that could carry more CSS. */
const length = /^\s*(\d{1,5}(?:\.\d{1,3})?)\s*(%|px)?\s*$/i

/**
 * Make `node`'s attributes conforming XHTML: `align` and `valign` become classes, a `width` or
 * `height` that is not a whole number of pixels becomes a `style` made only of that checked length,
 * and every other attribute that is obsolete or not allowed on this element (`border`,
 * `cellpadding`, `hspace`, `clear`…) is removed. Each change but one is a warning at the element:
 * `align` on a table cell is how GFM writes a column's alignment, so it changes silently.
 *
 * @param node - An element of a sanitised chapter.
 * @param file - The chapter, for the warnings.
 */
export function fitAttributes(node: Element, file: VFile): void {
  const allowed = elementAttributes[node.tagName] ?? []
  for (const [name, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null) continue
    const text = Array.isArray(value) ? value.join(' ') : String(value)
    const known = globalAttributes.has(name) || /^(aria|data)[A-Z]/.test(name) || allowed.includes(name)
    if (known && conforming(name, value, text)) continue
    delete node.properties[name]
    const change = replacement(node, name, text)
    if (name === 'align' && (node.tagName === 'td' || node.tagName === 'th') && change?.startsWith('the class')) continue
    const written = `\`${attributeName(name)}="${text.slice(0, 40)}"\``
    const reason = change
      ? `Replaced ${written} on \`<${node.tagName}>\` with ${change}; XHTML has no such attribute there`
      : `Removed ${written} from \`<${node.tagName}>\`; XHTML has no such attribute there (style the book in CSS)`
    addMessage(file, reason, {ruleId: htmlRewrittenRule, severity: 'warn', place: node.position})
  }
}

/** Whether a known attribute's value is one XHTML accepts. */
function conforming(name: string, value: unknown, text: string): boolean {
  if (name in integerAttributes) return /^-?\d{1,9}$/.test(text.trim()) && Number(text) >= (integerAttributes[name] ?? 0)
  const values = enumeratedAttributes[name]
  if (values) return values.includes(text)
  if (name === 'id') return text !== '' && !/\s/.test(text)
  return typeof value !== 'number' || Number.isFinite(value)
}

/** Apply the CSS equivalent of a presentational attribute, and say what it became; `undefined` when it just goes. */
function replacement(node: Element, name: string, text: string): string | undefined {
  const value = text.trim().toLowerCase()
  let className: string | undefined
  if (name === 'align') className = (node.tagName === 'img' || node.tagName === 'table' ? alignClass['box'] : alignClass['text'])?.[value]
  else if (name === 'vAlign') className = valignClass[value]
  if (className) {
    node.properties['className'] = [...new Set([...classNames(node), className])]
    return `the class \`${className}\``
  }

  const size = (name === 'width' || name === 'height') && node.tagName !== 'hr' ? length.exec(text) : null
  if (!size) return undefined
  const declaration = `${name}: ${size[1]}${size[2]?.toLowerCase() ?? 'px'}`
  const style = typeof node.properties['style'] === 'string' ? `${node.properties['style']}; ` : ''
  node.properties['style'] = `${style}${declaration}`
  return `the style \`${declaration}\``
}

/** The HTML attribute name of a hast property name (`cellPadding` → `cellpadding`, `dataFoo` → `data-foo`). */
function attributeName(property: string): string {
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
  return property.toLowerCase()
}
