// Test helper: a missing external tool (Java, Chrome) skips a test with its reason, except in CI where it fails.

/**
 * Decide what to do about a missing tool: nothing when it is there; in CI (`CI=true`) throw, so a
 * broken machine can never pass by skipping; elsewhere print the reason and report a skip.
 *
 * @param missing - Why the tool cannot run, or `undefined` when it can.
 * @param skip - The test context's `skip`.
 * @returns Whether the test should go on.
 */
export function requireTool(missing: string | undefined, skip: (note?: string) => void): boolean {
  if (missing === undefined) return true
  if (process.env['CI'] === 'true') throw new Error(`${missing} (required when CI=true)`)
  console.warn(`skipped: ${missing}`)
  skip(missing)
  return false
}
