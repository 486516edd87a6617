// Turns custom HTML elements (`<Listing caption="…">`) into a `div`, `span` or captioned `figure`, keeping content and caption.
import type {Element, ElementContent, Properties, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {addMessage} from '../report/message.js'
import {strippedElements} from './sanitize-schema.js'

/** Id of the warning about an element Colophon does not know. */
export const htmlUnknownRule = 'parse/html-unknown'

/**
 * The elements of the HTML Living Standard (and the obsolete ones the sanitiser already deals with):
 * anything else in a chapter is a custom element of some other tool, such as the Rust book's
 * `<Listing>` (which HTML itself knows only as the obsolete `listing`, so it is not listed here).
 */
const htmlElements = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del ' +
    'details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ' +
    'ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p picture pre progress q rp rt ruby ' +
    's samp script search section select slot small source span strike strong style sub summary sup table tbody td template textarea tfoot th ' +
    'thead time title tr track tt u ul var video wbr svg math frame frameset applet noembed noframes portal'
  ).split(' ')
)

/** Elements that make their parent a block: an unknown element holding one becomes a `div`, else a `span`. */
const blockElements = new Set(
  'address article aside blockquote details dialog div dl figure figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul'.split(' ')
)

/** Elements whose content is text-level only (HTML's phrasing content), so an unknown element in them must be a `span`. */
const phrasingParents = new Set(
  'a abbr b bdi bdo cite code data dfn em h1 h2 h3 h4 h5 h6 i kbd label mark p q rp rt ruby s samp small span strong sub sup time u var'.split(' ')
)

/** Attributes that carry a caption or title, first found wins. */
const captionAttributes = ['caption', 'title', 'label', 'dataCaption', 'dataTitle']

/** Children that carry a caption: HTML's own, and custom ones named like them (`<x-caption>`, `<listing-title>`). */
const captionChild = /^(?:caption|figcaption|summary|legend)$|[-_:](?:caption|title)$/

/** Attributes every kept element may keep (the sanitiser allows them everywhere). */
const keptAttributes = new Set(['id', 'className', 'lang', 'dir'])

/**
 * Replace every element `tree` has that HTML does not know by a neutral one, in place, and warn at
 * its line. Its content is kept: a `div` when it holds blocks (a code listing), a `span` when it holds
 * only text. A caption it carries (a `caption`/`title`/`label` attribute, or a `<caption>`,
 * `<figcaption>`, `<summary>` or `…-caption` child) makes it a `figure` whose `figcaption` is that
 * caption; inline, the caption becomes the `span`'s `title`. Other attributes mean something only to
 * the tool that defined the element, so they go, and the warning names them.
 *
 * Runs before sanitising, which would otherwise unwrap the element and lose its caption with its
 * attributes. Elements inside `svg` or `math` belong to those languages and are left to the sanitiser.
 *
 * @param tree - The chapter's hast with raw HTML parsed.
 * @param file - The chapter, for the warnings.
 */
export function unwrapUnknown(tree: Root, file: VFile): void {
  visit(tree, 'element', (node: Element, _, parent) => {
    if (node.tagName === 'svg' || node.tagName === 'math') return SKIP
    if (htmlElements.has(node.tagName) || strippedElements.includes(node.tagName) || !node.position) return undefined
    const name = node.tagName
    // Inside a paragraph, heading or other text-level element only a `span` is valid (a `figure` in a `p` is not).
    const inline = parent?.type === 'element' && phrasingParents.has(parent.tagName)
    const dropped = Object.keys(node.properties).filter((key) => !keptAttributes.has(key) && node.properties[key] !== undefined && node.properties[key] !== null)
    const attribute = captionAttributes.find((key) => typeof node.properties[key] === 'string' && String(node.properties[key]).trim() !== '')
    const childIndex = node.children.findIndex((child) => child.type === 'element' && captionChild.test(child.tagName))
    const block = !inline && node.children.some((child) => child.type === 'element' && (blockElements.has(child.tagName) || !htmlElements.has(child.tagName)))
    const properties: Properties = {}
    for (const key of keptAttributes) if (node.properties[key] !== undefined) properties[key] = node.properties[key]

    let caption: ElementContent[] | undefined
    let from = ''
    if (childIndex !== -1 && inline) {
      // A caption element cannot leave text-level content; it stays where it is, as text.
      const child = node.children[childIndex] as Element
      child.tagName = 'span'
      child.properties = {}
    } else if (childIndex !== -1) {
      const child = node.children[childIndex] as Element
      caption = child.children
      from = `its \`<${child.tagName}>\``
      node.children.splice(childIndex, 1)
    } else if (attribute) {
      caption = [{type: 'text', value: String(node.properties[attribute]).trim()}]
      from = `its \`${attributeName(attribute)}\``
    }

    let became: string
    if (caption && block) {
      node.tagName = 'figure'
      node.children = [{type: 'element', tagName: 'figcaption', properties: {}, children: caption}, ...node.children]
      became = `a \`<figure>\` with ${from} as the caption`
    } else if (caption) {
      node.tagName = 'span'
      properties['title'] = toString({type: 'element', tagName: 'span', properties: {}, children: caption}).trim()
      became = `a \`<span>\` with ${from} as its title`
    } else {
      node.tagName = block ? 'div' : 'span'
      became = `a \`<${node.tagName}>\``
    }

    // One class marks what Colophon made of a custom element, so styles can set it apart (a listing's
    // figure is not centred like an image's).
    const classes = Array.isArray(properties['className']) ? properties['className'] : []
    node.properties = {...properties, className: [...classes, 'custom-element']}
    const lost = dropped.filter((key) => key !== attribute).map((key) => `\`${attributeName(key)}\``)
    const why = lost.length > 0 ? `; dropped ${lost.join(', ')}, which only the tool that defined it understands` : ''
    addMessage(file, `Custom or obsolete element \`<${name}>\` kept as ${became}, its content unchanged${why}`, {ruleId: htmlUnknownRule, severity: 'warn', place: node.position})
    return undefined
  })
}

/** The HTML attribute name of a hast property name (`fileName` → `file-name`, `dataCaption` → `data-caption`). */
function attributeName(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}
