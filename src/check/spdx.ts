// Validates SPDX licence expressions and suggests the closest licence id for a misspelt one.
import {createRequire} from 'node:module'
import parse from 'spdx-expression-parse'
import {didYouMean} from '../util/did-you-mean.js'

const require = createRequire(import.meta.url)
/** Current SPDX licence ids (`CC-BY-4.0`, `MIT`…). */
const licenseIds = require('spdx-license-ids') as string[]

const knownIds = new Set(licenseIds)

/**
 * The SPDX page of a licence that is a single SPDX id, for readers to follow.
 *
 * @param expression - The licence as written (`CC-BY-4.0`, `MIT OR Apache-2.0`).
 * @returns `https://spdx.org/licenses/<id>.html`, or `undefined` for an expression or unknown id.
 */
export function licenseUrl(expression: string): string | undefined {
  const id = expression.trim()
  return knownIds.has(id) ? `https://spdx.org/licenses/${id}.html` : undefined
}

/** What {@link checkSpdx} found. */
export type SpdxResult = {ok: true} | {ok: false; suggestion?: string | undefined}

/**
 * Check that `expression` is a valid SPDX licence expression (`CC-BY-4.0`, `MIT OR Apache-2.0`,
 * `LicenseRef-All-rights-reserved`).
 *
 * @param expression - The licence as written.
 * @returns Whether it is valid and, if not, the closest id.
 */
export function checkSpdx(expression: string): SpdxResult {
  try {
    parse(expression)
    return {ok: true}
  } catch {
    const single = expression.trim()
    // Suggest for a single misspelt id only; compare ignoring case so `cc-by-4.0` finds `CC-BY-4.0`.
    if (/\s/.test(single)) return {ok: false}
    const byLower = new Map(licenseIds.map((id) => [id.toLowerCase(), id]))
    const exact = byLower.get(single.toLowerCase())
    const near = exact ?? didYouMean(single.toLowerCase(), byLower.keys())
    return {ok: false, suggestion: near === undefined ? undefined : (byLower.get(near) ?? near)}
  }
}

/**
 * Whether `license` reads as a statement in words (`All rights reserved`) rather than an attempt
 * at an SPDX expression. Image credits may use either.
 *
 * @param license - The licence as written.
 * @returns `true` for a statement.
 */
export function isLicenceStatement(license: string): boolean {
  if (!/\s/.test(license.trim())) return false
  // An expression joins ids with AND, OR or WITH; a statement has lower-case words.
  return !/^[\w.+-]+(\s+(AND|OR|WITH)\s+\(?[\w.+-]+\)?)+$/.test(license.trim().replace(/[()]/g, ''))
}
