// Every rule Colophon has, in the order they run and are documented: the single list docs/rules.md is checked against.
import type {Rule} from '../rule.js'
import {authorMissing} from './attribution/author-missing.js'
import {contributorUncredited} from './attribution/contributor-uncredited.js'
import {funder} from './attribution/funder.js'
import {imageCredit} from './attribution/image-credit.js'
import {licenseInvalid} from './attribution/license-invalid.js'
import {quoteSource} from './attribution/quote-source.js'
import {rightsMissing} from './attribution/rights-missing.js'
import {roleInvalid} from './attribution/role-invalid.js'
import {altMissing} from './image/alt-missing.js'
import {missing} from './image/missing.js'
import {outsideManuscript} from './image/outside-manuscript.js'
import {unsupportedType} from './image/unsupported-type.js'
import {anchorMissing} from './link/anchor-missing.js'
import {duplicateId} from './link/duplicate-id.js'
import {external} from './link/external.js'
import {fileMissing} from './link/file-missing.js'
import {textNotDescriptive} from './link/text-not-descriptive.js'
import {directiveUnknown} from './markdown/directive-unknown.js'
import {headingOrder} from './markdown/heading-order.js'
import {glyphMissing} from './text/glyph-missing.js'
import {repeatedHeading} from './markdown/repeated-heading.js'
import {citationUnrendered} from './markdown/citation-unrendered.js'
import {directiveUnprocessed} from './markdown/directive-unprocessed.js'
import {includeUnprocessed} from './markdown/include-unprocessed.js'
import {mathUnrendered} from './markdown/math-unrendered.js'

/** All rules. */
export const rules: readonly Rule[] = [
  fileMissing,
  anchorMissing,
  duplicateId,
  external,
  textNotDescriptive,
  missing,
  outsideManuscript,
  unsupportedType,
  altMissing,
  authorMissing,
  roleInvalid,
  rightsMissing,
  licenseInvalid,
  imageCredit,
  quoteSource,
  contributorUncredited,
  funder,
  directiveUnknown,
  headingOrder,
  repeatedHeading,
  includeUnprocessed,
  directiveUnprocessed,
  mathUnrendered,
  citationUnrendered,
  glyphMissing
]
