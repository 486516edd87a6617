// Suggests the closest known name for a misspelt one, for "did you mean" hints.
import {levenshteinEditDistance} from 'levenshtein-edit-distance'

/**
 * Find the candidate closest to `value`, if it is close enough to be a likely typo.
 *
 * @param value - What the author wrote.
 * @param candidates - Names that exist.
 * @returns The best candidate, or `undefined` when none is plausibly meant.
 */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const distance = levenshteinEditDistance(value, candidate, true)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }

  // Allow about a third of the word to differ: `titel` → `title`, not `x` → `title`.
  const limit = Math.max(2, Math.ceil(value.length / 3))
  return bestDistance <= limit ? best : undefined
}

/**
 * Format a "did you mean" suffix for a message.
 *
 * @param suggestion - Suggested value, if any.
 * @returns `; did you mean \`x\`?` or the empty string.
 */
export function didYouMeanText(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`
}
