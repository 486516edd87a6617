// The destinations of a whole-book print, put together from prints of parts of the book.
import type {Destinations} from './read-destinations.js'

/** A print of some of the book's sections, the others hidden. */
export interface PartPrint {
  /** What the print gave. */
  printed: Destinations
  /** The sections shown in it, in document order. */
  shown: readonly string[]
}

/**
 * Put together the destinations a print of the whole book would give from prints that each laid
 * out some of its sections. Every section starts a page (`break-before: page`) and nothing outside
 * it changes how it breaks, so a section takes as many pages, and has its targets on the same pages
 * counted from its first, whichever other sections are printed with it. Each section is taken from
 * the print in `from`, else from `base`; the result is only a prediction, and the print made from
 * it is checked as any other.
 *
 * @param order - The sections to put together, in document order.
 * @param from - For some or all of them, the print to take them from.
 * @param base - A print of all of them, for those `from` does not have.
 * @returns Pages and heights of every target, as one print of those sections would have them.
 */
export function composeDestinations(order: readonly string[], from: ReadonlyMap<string, PartPrint>, base?: Destinations): Destinations {
  const whole: PartPrint | undefined = base && {printed: base, shown: order}
  const owned = new Map<PartPrint, Map<string, Array<[string, number]>>>()
  const pages = new Map<string, number>()
  const tops = new Map<string, number>()
  let offset = 0
  for (const section of order) {
    const part = from.get(section) ?? whole
    if (!part) throw new Error(`No print laid out \`#${section}\``)
    let targets = owned.get(part)
    if (!targets) {
      targets = ownTargets(part)
      owned.set(part, targets)
    }

    const start = part.printed.pages.get(section)
    if (start === undefined) throw new Error(`No print laid out \`#${section}\``)
    const next = part.shown
      .slice(part.shown.indexOf(section) + 1)
      .map((id) => part.printed.pages.get(id))
      .find((page) => page !== undefined)
    for (const [id, page] of targets.get(section) ?? []) {
      pages.set(id, offset + page - start + 1)
      const top = part.printed.tops?.get(id)
      if (top !== undefined) tops.set(id, top)
    }

    offset += (next ?? part.printed.pageCount + 1) - start
  }

  const pageSize = base?.pageSize ?? [...from.values()].find((part) => part.printed.pageSize)?.printed.pageSize
  return {pageCount: offset, pages, tops, ...(pageSize ? {pageSize} : {})}
}

/** The targets of each shown section of a print: those from its first page to the next section's. */
function ownTargets(part: PartPrint): Map<string, Array<[string, number]>> {
  const starts = part.shown.flatMap((id) => {
    const page = part.printed.pages.get(id)
    return page === undefined ? [] : [{id, page}]
  })
  const targets = new Map<string, Array<[string, number]>>(starts.map(({id}) => [id, []]))
  for (const [id, page] of part.printed.pages) {
    // The last section starting on or before the target's page (a binary search: starts are in page order).
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((starts[middle]?.page ?? 0) <= page) low = middle + 1
      else high = middle
    }

    const owner = starts[low - 1]
    if (owner) targets.get(owner.id)?.push([id, page])
  }

  return targets
}
