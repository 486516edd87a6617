// Accessibility metadata computed from what the book holds (EPUB Accessibility 1.1 §2, schema.org properties).

/** What the rendered content holds, as far as accessibility metadata is concerned. */
export interface ContentFacts {
  /** Images that carry information, the cover included. */
  informativeImages: number
  /** Informative images with no text alternative. */
  imagesWithoutAlt: number
  /** Whether the EPUB has a page list with page-break markers. */
  pageList: boolean
  /** Whether any chapter has notes. */
  notes: boolean
  /** Accessibility rules that were off or reported something (`unmetAccessibilityRules`). */
  unmetRules: readonly string[]
  /** Whether any image animates (`isAnimated`). */
  animated: boolean
}

/** One `meta` element of the package: property, value and, for prose, its language. */
export interface MetaEntry {
  property: string
  value: string
  lang?: string | undefined
}

/** The conformance identifier of EPUB Accessibility 1.1 §4.1 ("EPUB Accessibility 1.1 - WCAG 2.x Level y"). */
export const conformanceIdentifier = 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA'

/**
 * The accessibility metadata. Every claim follows from `facts`:
 * - `accessMode` (§2.1 of the EPUB Accessibility 1.1 "Discovery" requirements, via schema.org):
 *   `textual`, plus `visual` when there are images.
 * - `accessModeSufficient`: `textual` alone only when every image has a text alternative.
 * - `accessibilityFeature`: what the renderer always does (contents, headings and landmarks, reading
 *   order, transformable text, ARIA roles), `alternativeText` only when every image has alt text,
 *   `printPageNumbers` and `pageBreakMarkers` only with a page list.
 * - `accessibilityHazard`: `none`, as the renderer adds no motion, flashing or sound and raw HTML
 *   cannot; `unknown` when an image animates, since whether it flashes cannot be told from the file.
 * - `dcterms:conformsTo` and `a11y:certifiedBy` (§4.1, §4.2) only when every image has alt text and
 *   every accessibility rule ran and reported nothing: a rule turned off, or a warning left standing
 *   (vague link text, a gap in the headings), is a claim the build cannot back.
 *
 * @param facts - What the content holds.
 * @param certifier - Who stands behind the conformance claim (the publisher, else the first author).
 * @returns The entries, in a fixed order.
 */
export function accessibilityMetadata(facts: ContentFacts, certifier: string | undefined): MetaEntry[] {
  const visual = facts.informativeImages > 0
  const allAlt = facts.imagesWithoutAlt === 0
  const conforms = allAlt && facts.unmetRules.length === 0 && !facts.animated
  const entries: MetaEntry[] = [{property: 'schema:accessMode', value: 'textual'}]
  if (visual) entries.push({property: 'schema:accessMode', value: 'visual'})
  if (!visual || allAlt) entries.push({property: 'schema:accessModeSufficient', value: 'textual'})
  if (visual) entries.push({property: 'schema:accessModeSufficient', value: 'textual,visual'})

  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability', 'ARIA']
  if (visual && allAlt) features.push('alternativeText')
  if (facts.pageList) features.push('printPageNumbers', 'pageBreakMarkers')
  for (const feature of features) entries.push({property: 'schema:accessibilityFeature', value: feature})
  entries.push({property: 'schema:accessibilityHazard', value: facts.animated ? 'unknown' : 'none'})
  entries.push({property: 'schema:accessibilitySummary', value: summary(facts, allAlt, conforms), lang: 'en'})

  if (conforms) {
    entries.push({property: 'dcterms:conformsTo', value: conformanceIdentifier})
    if (certifier) entries.push({property: 'a11y:certifiedBy', value: certifier})
  }

  return entries
}

/** A human-readable summary of the above (schema.org `accessibilitySummary`), in English. */
function summary(facts: ContentFacts, allAlt: boolean, conforms: boolean): string {
  const sentences: string[] = []
  if (conforms) {
    sentences.push(
      'This publication meets EPUB Accessibility 1.1 at WCAG 2.2 Level AA: its text passed the checks for text alternatives, link text and heading order when it was built.'
    )
  } else {
    const reasons = [
      ...(facts.unmetRules.length > 0 ? [`the checks ${facts.unmetRules.join(', ')} did not pass when it was built`] : []),
      ...(allAlt ? [] : ['some images have no text alternative']),
      ...(facts.animated ? ['it has animated images, which may move or flash with no way to pause them'] : [])
    ]
    sentences.push(`This publication makes no WCAG conformance claim: ${reasons.join('; ')}.`)
  }

  const headings = facts.unmetRules.includes('markdown/heading-order') ? 'headings' : 'headings in order'
  sentences.push(`It has a table of contents, ${headings}, landmarks and a logical reading order, and its text can be resized and restyled.`)
  if (facts.informativeImages > 0) {
    sentences.push(allAlt ? 'Every image has a text description.' : 'Some images have no text description.')
  }

  if (facts.notes) sentences.push('Footnotes are pop-up notes with links back to the text.')
  if (facts.pageList) sentences.push('Page-break markers and a page list follow the PDF edition.')
  return sentences.join(' ')
}
