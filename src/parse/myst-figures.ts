// MyST figures (```` ```{figure} path ```` with `:name:`, `:alt:` and a caption) become Colophon's figure: an image whose title is the caption.
import type {Code, Image, Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Processor} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {readFenceBody} from './myst-fence-body.js'

/**
 * A remark plugin: a `{figure}` fence becomes a paragraph holding only an image, the Markdown
 * Colophon makes a figure from: the argument is its path, `:alt:` its description, the body (caption
 * and legend, as plain text: Colophon's captions are one line) its title, so a `Credit: Creator, Licence`
 * written there satisfies `attribution/image-credit`, and `:name:` its id, which `{ref}` and `[](#name)`
 * reach. `:width:`, `:align:` and `:class:` style HTML themes and are dropped. The image stands where
 * the fence does, so rules report it there.
 *
 * @returns The transform.
 */
export function remarkMystFigures(this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the processor parses the captions.
  const processor = this
  return (tree: Root, file: VFile): void => {
    visit(tree, 'code', (node: Code, index, parent) => {
      const path = (node.meta ?? '').trim()
      if (node.lang !== '{figure}' || !path || !parent || index === undefined) return undefined
      const {options, content} = readFenceBody(processor, file, node)
      const caption = content.children.map((child) => toString(child)).filter((text) => text.trim() !== '').join(' ').replace(/\s+/g, ' ').trim()
      const image: Image = {type: 'image', url: path, alt: options['alt'] ?? '', title: caption || null, position: node.position}
      if (options['name']) image.data = {hProperties: {id: options['name']}}
      const paragraph: Paragraph = {type: 'paragraph', children: [image], position: node.position}
      parent.children[index] = paragraph as RootContent
      return undefined
    })
  }
}
