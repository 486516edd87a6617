// Layout passes printed a few chapters at a time: Chrome's print time grows faster than the document, and every chapter starts a page.
import type {Page} from 'puppeteer'
import {composeDestinations, type PartPrint} from './compose-destinations.js'
import {showOnly} from './print-page.js'
import type {Destinations} from './read-destinations.js'

/**
 * Characters of text per batch. Chrome's print time grows faster than the document: on this
 * machine a layout pass of the whole 575-page benchmark book took 7.0 s, and 3.1 s as five prints
 * of about this much text each; the 3,600-page one took 272 s whole and 28 s so.
 */
const batchText = 200_000

/**
 * A layout pass of some sections, printed in batches of a few sections each (the others hidden)
 * and put together as one print of those sections would have them ({@link composeDestinations}):
 * every section starts a page, so none moves another. A section larger than a batch is printed alone.
 *
 * @param page - The print page, measuring.
 * @param sections - Ids of the sections to lay out, in document order.
 * @param print - Prints the page as it is and reads where everything fell.
 * @returns Where everything fell, as one print of the sections. Only the last batch is left shown
 *   (`showOnly(page, undefined)` shows everything again): showing the whole book would have the
 *   next measurement in the page lay all of it out.
 */
export async function layoutInBatches(page: Page, sections: readonly string[], print: () => Promise<Destinations>): Promise<Destinations> {
  const sizes = await page.evaluate((ids: readonly string[]) => ids.map((id) => document.getElementById(id)?.textContent?.length ?? 0), sections)
  const batches: string[][] = []
  let size = Infinity
  sections.forEach((section, index) => {
    const text = sizes[index] ?? 0
    if (size + text > batchText) {
      batches.push([])
      size = 0
    }

    batches.at(-1)?.push(section)
    size += text
  })

  const parts = new Map<string, PartPrint>()
  for (const batch of batches) {
    await showOnly(page, batch)
    const part = {printed: await print(), shown: batch}
    for (const section of batch) parts.set(section, part)
  }

  return composeDestinations(sections, parts)
}
