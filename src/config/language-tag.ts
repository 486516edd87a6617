// Checks a BCP 47 language tag against the languages it may name, not only its form, with a "did you mean".
import {parse} from 'bcp-47'
import {iso6393} from 'iso-639-3'

/** Two-letter codes (ISO 639-1), which BCP 47 uses wherever one exists (RFC 5646 §2.2.1). */
const twoLetter = new Map(iso6393.filter((language) => language.iso6391).map((language) => [language.iso6391!, language]))
/** Three-letter codes (ISO 639-3) of languages without a two-letter code. */
const threeLetter = new Map(iso6393.map((language) => [language.iso6393, language]))
/** Language names, lower-cased, for authors who write `French` rather than `fr`. */
const byName = new Map(iso6393.map((language) => [language.name.toLowerCase(), language]))

/**
 * What is wrong with `tag` as the language of a book, if anything.
 *
 * The form is checked with `bcp-47`; the primary language subtag must name a language of ISO 639
 * in the form BCP 47 asks for (the two-letter code where there is one), or be private use
 * (`qaa`–`qtz`, `x-…`). Script, region and variants are left to the form check.
 *
 * @param tag - Such as `en-GB`.
 * @returns A sentence for the message, or `undefined` when the tag is fine.
 */
export function languageTagProblem(tag: string): string | undefined {
  const parsed = parse(tag)
  if (parsed.privateuse.length > 0 && parsed.language === null) return undefined
  const named = byName.get(tag.trim().toLowerCase())
  const hint = named ? `; did you mean \`${named.iso6391 ?? named.iso6393}\` (${named.name})?` : ''
  if (!parsed.language) return `must be a BCP 47 language tag such as \`en-GB\`${hint}`
  const language = parsed.language.toLowerCase()
  if (/^q[a-t][a-z]$/.test(language)) return undefined
  if (language.length === 2 && twoLetter.has(language)) return undefined
  const three = language.length === 3 ? threeLetter.get(language) : undefined
  if (three && !three.iso6391) return undefined
  if (three?.iso6391) return `names ${three.name} with \`${language}\`; BCP 47 uses the two-letter code \`${three.iso6391}\``
  return `\`${parsed.language}\` is not an ISO 639 language code${hint || '; use a code such as `en`, `fr` or `ar`'}`
}
