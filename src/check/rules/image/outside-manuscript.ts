// Rule `image/outside-manuscript`: an image outside the manuscript folder or on the web; a book carries its own files.
import {markdownImage} from '../../../transform/image-credits.js'
import type {Rule} from '../../rule.js'
import {droppedImage} from '../../../transform/drop-dangling.js'

/** `image/outside-manuscript` */
export const outsideManuscript: Rule = {
  id: 'image/outside-manuscript',
  description: 'Every image is a file inside the manuscript folder, not outside it and not on the web.',
  severity: 'error',
  check(book, report) {
    for (const image of book.images) {
      if (image.chapter.generated) continue
      if (image.problem === 'outside') {
        report(image.chapter.file, `Image \`${image.src}\` is outside the manuscript folder; move it inside`, image.node.position, {outcome: droppedImage})
      } else if (image.problem === 'remote') {
        // The sanitiser drops remote `src`s; the Markdown still has the URL the author wrote.
        const url = markdownImage(image.chapter, image.node)?.url ?? image.src
        if (url === '') continue
        report(image.chapter.file, `Image \`${url}\` is not a file of the manuscript; download it into the manuscript folder`, image.node.position, {outcome: droppedImage})
      }
    }
  }
}
