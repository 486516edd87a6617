// Takes every link and image that did not resolve out of the tree, keeping its text, so no output holds a dangling reference.
import type {Element, Parents} from 'hast'
import {visit} from 'unist-util-visit'
import type {Book} from '../book.js'

/** Class of the text an image that is not in the book leaves behind. */
export const missingImageClass = 'missing-image'

/** What the rule messages add when the rule is a warning and the build goes on. */
export const droppedLink = 'the link is removed from the outputs, its text kept'

/** What the image rules add when the rule is a warning and the build goes on. */
export const droppedImage = 'the image is left out of the outputs, its alt text shown instead'

/** What `link/duplicate-id` adds when it is a warning and the build goes on. */
export const droppedId = 'this id is removed from the outputs, links go to the first'

/**
 * Replace each internal link that points nowhere (a missing chapter or anchor, a path outside the
 * manuscript) with its content, and each image that has no asset in the book (missing, remote,
 * outside, unsupported, unsafe) with a `span` of its alt text. The rules still report them from
 * `book.links` and `book.images`, whose records keep the original elements; when a rule is switched
 * to a warning the build goes on, and neither the EPUB (EPUBCheck RSC-007) nor the print page ever
 * refers to something that is not there. An id used a second time is removed from its later
 * element, so no document has an id twice (EPUBCheck RSC-005); links resolved to the first.
 *
 * @param book - The book, after links and images are resolved.
 */
export function dropDangling(book: Book): void {
  for (const duplicate of book.duplicateIds) delete duplicate.node.properties['id']
  const dangling = new Set<Element>()
  for (const link of book.links) if (link.problem) dangling.add(link.node)
  for (const image of book.images) if (!image.asset) dangling.add(image.node)
  if (dangling.size === 0) return
  for (const chapter of book.chapters) {
    visit(chapter.hast, 'element', (node: Element, index, parent: Parents | undefined) => {
      if (!dangling.has(node) || !parent || index === undefined) return undefined
      const replacement: Element['children'] =
        node.tagName === 'img'
          ? [{type: 'element', tagName: 'span', properties: {className: [missingImageClass]}, children: [{type: 'text', value: String(node.properties['alt'] ?? '')}], position: node.position}]
          : node.children
      parent.children.splice(index, 1, ...(replacement as typeof parent.children))
      // Visit what took its place: a link's content may hold a dangling image.
      return index
    })
  }
}
