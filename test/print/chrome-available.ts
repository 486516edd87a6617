// Test helper: whether Chrome is there; a missing browser skips the PDF tests locally but fails them in CI.
import {findChrome} from '../../src/print/find-chrome.js'

/**
 * Why the PDF tests cannot run here, or `undefined` when they can.
 *
 * @returns The reason to skip.
 * @throws {Error} Under `CI=true`, where a missing browser is a failure.
 */
export function noChromeReason(): string | undefined {
  try {
    findChrome()
    return undefined
  } catch (error) {
    const reason = `PDF tests skipped: ${(error as Error).message}`
    if (process.env['CI'] === 'true') throw new Error(`${reason} (CI=true: a browser is required)`)
    console.warn(reason)
    return reason
  }
}
