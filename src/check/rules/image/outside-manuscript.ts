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
        // The sanitiser keeps only http(s) and relative `src`s; the Markdown still has any other URL the author wrote.
        const url = image.src === '' ? (markdownImage(image.chapter, image.node)?.url ?? '') : image.src
        if (url === '') continue
        const fix = /^https?:\/\//i.test(url) ? 'run `colophon fetch-images` to download it into the manuscript' : 'download it into the manuscript folder'
        report(image.chapter.file, `Image \`${url}\` is not a file of the manuscript; ${fix}`, image.node.position, {outcome: droppedImage})
      }
    }
  }
}
