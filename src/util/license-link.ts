// A licence as readers see it in the generated pages: a link to its SPDX page when it has one.
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {licenseUrl} from '../check/spdx.js'

/**
 * The licence as hast: a link to its SPDX page when it is a single SPDX id, else plain text (an
 * expression such as `MIT OR Apache-2.0`, a `LicenseRef-…`, or a statement in words).
 *
 * @param license - The licence as written in `book.yaml` or a caption.
 * @returns A link or a text node.
 */
export function licenseLink(license: string): ElementContent {
  const href = licenseUrl(license)
  return href ? h('a', {href}, license.trim()) : {type: 'text', value: license}
}
