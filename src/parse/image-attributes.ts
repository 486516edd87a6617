// Reads Quarto's figure attributes (`![Caption](map.png){#fig-map fig-alt="…"}`): the id, the caption and the description.
import type {Image, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import {parseAttributes} from './heading-attributes.js'

/**
 * A remark plugin: an image followed at once by an attribute block with an id gets that id, which
 * the figure then takes (so `@fig-map` and `[](#fig-map)` reach it), and the block leaves the text.
 * In Quarto the bracketed text of such an image is its caption and `fig-alt` its description; Colophon's
 * caption is the image's title, so the bracketed text becomes the title when there is none, and
 * `fig-alt` the `alt`. Blocks without an id are left as written.
 *
 * @returns The transform.
 */
export function remarkImageAttributes() {
  return (tree: Root): void => {
    visit(tree, 'image', (image: Image, index, parent) => {
      const next = parent && index !== undefined ? parent.children[index + 1] : undefined
      if (next?.type !== 'text') return
      const match = /^\{([^{}\n]*)\}/.exec(next.value)
      const attributes = match ? parseAttributes(match[1] ?? '') : undefined
      if (!match || !attributes?.id) return
      next.value = next.value.slice(match[0].length)
      if (next.position?.start.offset !== undefined) {
        next.position.start = {...next.position.start, column: next.position.start.column + match[0].length, offset: next.position.start.offset + match[0].length}
      }
      if (next.value === '') parent!.children.splice(index! + 1, 1)
      const description = /\bfig-alt\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[1] ?? '')
      if (!image.title && image.alt) image.title = image.alt
      if (description) image.alt = description[1] ?? description[2] ?? ''
      image.data = {...image.data, hProperties: {...(image.data?.hProperties ?? {}), id: attributes.id}}
    })
  }
}
