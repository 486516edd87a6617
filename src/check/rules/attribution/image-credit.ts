// Rule `attribution/image-credit`: every image says who made it and under what licence, in its caption or in book.yaml.
import path from 'node:path'
import {configCreditFor, creditFor, globToRegExp, imageTitle, writtenSrc} from '../../../transform/image-credits.js'
import {configPlace} from '../../yaml-places.js'
import type {Rule} from '../../rule.js'

/** `attribution/image-credit` */
export const imageCredit: Rule = {
  id: 'attribution/image-credit',
  description: 'Every image (and the cover) has a credit and a licence: `Credit:` in its caption, or an `image-credits` entry.',
  severity: 'error',
  check(book, report) {
    const used: string[] = []
    for (const image of book.images) {
      if (image.chapter.generated || !image.asset) continue
      used.push(image.asset.href)
      const credit = creditFor(book, image.asset.href, imageTitle(image.chapter, image.node))
      const src = writtenSrc(image.chapter, image.node)
      if (credit && 'problem' in credit) {
        report(image.chapter.file, `Credit of image \`${src}\` ${credit.problem}`, image.node.position)
      } else if (!credit) {
        report(
          image.chapter.file,
          `Image \`${src}\` has no credit; end its caption with \`Credit: Creator, Licence\` or add it to \`image-credits\` in \`book.yaml\``,
          image.node.position
        )
      }
    }

    const cover = book.config.cover
    if (cover) {
      const href = path.posix.normalize(cover)
      used.push(href)
      if (!configCreditFor(book, href)) {
        report(book.configFile, `Cover \`${cover}\` has no credit; add it to \`image-credits\` in \`book.yaml\``, configPlace(book, ['cover']))
      }
    }

    // A credit that covers nothing is usually a moved or renamed image: the credit no longer reaches it.
    for (const [index, entry] of book.config['image-credits'].entries()) {
      for (const [globIndex, glob] of entry.images.entries()) {
        if (used.some((href) => globToRegExp(glob).test(href))) continue
        report(book.configFile, `\`image-credits\` pattern \`${glob}\` matches no image; fix the path or remove it`, configPlace(book, ['image-credits', index, 'images', globIndex]), {severity: 'warn'})
      }
    }
  }
}
