// Rule `attribution/license-invalid`: the book's licence must be an SPDX expression, so readers and tools can rely on it.
import {imageTitle, parseCaptionCredit} from '../../../transform/image-credits.js'
import {didYouMeanText} from '../../../util/did-you-mean.js'
import {checkSpdx, isLicenceStatement} from '../../spdx.js'
import {configPlace} from '../../yaml-places.js'
import type {Rule} from '../../rule.js'

/** `attribution/license-invalid` */
export const licenseInvalid: Rule = {
  id: 'attribution/license-invalid',
  description: 'The book\'s `license` is a valid SPDX expression; image licences are SPDX expressions or statements in words.',
  severity: 'error',
  check(book, report) {
    const {license} = book.config
    if (license !== undefined) {
      const result = checkSpdx(license)
      if (!result.ok) {
        report(book.configFile, `\`${license}\` is not a valid SPDX licence expression${didYouMeanText(result.suggestion)}`, configPlace(book, ['license']))
      }
    }

    // Image licences may be statements (`All rights reserved`); a single token must be a real SPDX id.
    for (const [index, entry] of book.config['image-credits'].entries()) {
      const result = isLicenceStatement(entry.license) ? {ok: true as const} : checkSpdx(entry.license)
      if (!result.ok) {
        const place = configPlace(book, ['image-credits', index, 'license'])
        report(book.configFile, `Image licence \`${entry.license}\` is not a valid SPDX expression${didYouMeanText(result.suggestion)}`, place)
      }
    }

    for (const image of book.images) {
      const credit = parseCaptionCredit(imageTitle(image.chapter, image.node))
      if (!credit || 'problem' in credit || isLicenceStatement(credit.license)) continue
      const result = checkSpdx(credit.license)
      if (!result.ok) {
        report(image.chapter.file, `Image licence \`${credit.license}\` is not a valid SPDX expression${didYouMeanText(result.suggestion)}`, image.node.position)
      }
    }
  }
}
