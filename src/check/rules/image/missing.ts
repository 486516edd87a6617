// Rule `image/missing`: an image whose file does not exist in the manuscript.
import {readdirSync} from 'node:fs'
import path from 'node:path'
import {didYouMean, didYouMeanText} from '../../../util/did-you-mean.js'
import {markdownImage} from '../../../transform/image-credits.js'
import {chapterDir} from '../../../transform/resolve-images.js'
import type {Rule} from '../../rule.js'
import {droppedImage} from '../../../transform/drop-dangling.js'
import {safeDecode} from '../../../util/safe-decode.js'

/** `image/missing` */
export const missing: Rule = {
  id: 'image/missing',
  description: 'Every image names a file that exists in the manuscript folder.',
  severity: 'error',
  check(book, report) {
    for (const image of book.images) {
      if (image.chapter.generated) continue
      const local = image.url === undefined ? undefined : book.remoteImages.get(image.url)
      if (image.problem === 'missing' && local !== undefined) {
        const fix = `; run \`colophon fetch-images\` to download it again`
        report(image.chapter.file, `Cannot find image \`${local}\`, downloaded from \`${image.url}\`${fix}`, image.node.position, {outcome: droppedImage})
      } else if (image.problem === 'missing') {
        const suggestion = nearbyFile(path.resolve(chapterDir(book, image.chapter), safeDecode(image.src.split(/[?#]/)[0] ?? '')))
        const guess = suggestion === undefined ? undefined : path.posix.join(path.posix.dirname(image.src), suggestion)
        report(image.chapter.file, `Cannot find image \`${image.src}\`${didYouMeanText(guess)}`, image.node.position, {outcome: droppedImage})
      } else if (image.problem === 'remote') {
        const written = markdownImage(image.chapter, image.node)
        // Raw HTML has no Markdown image node; its `src` is empty because the sanitiser removed a remote
        // or script URL (reported as `security/html-removed`), so advise in HTML, not Markdown, syntax.
        if (written === undefined && image.src === '') report(image.chapter.file, rawHtmlReason, image.node.position, {outcome: droppedImage})
        else if (written?.url === '') report(image.chapter.file, 'Image has no file; give its path, such as `![Alt text](images/name.png)`', image.node.position, {outcome: droppedImage})
      }
    }
  }
}

/** Why a raw HTML `<img>` has no file, and how to give one. */
const rawHtmlReason =
  'Image `<img>` has no usable `src`; images must be files inside the manuscript folder (remote and script URLs are removed), such as `<img src="images/name.png" alt="…">`'

/** The file in the same folder whose name is closest to the missing one's. */
function nearbyFile(target: string): string | undefined {
  try {
    return didYouMean(path.basename(target), readdirSync(path.dirname(target)))
  } catch {
    return undefined
  }
}
