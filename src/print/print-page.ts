// The print page: locked down (no JavaScript, no requests but its own data) and changed between passes.
import type {Page} from 'puppeteer'
import type {Book} from '../book.js'
import type {Context} from '../context.js'
import {reportBlockedRequest} from './blocked-request.js'
import type {PagePlan} from './page-plan.js'

/**
 * `data:` URLs the print page may load: the images and fonts Colophon itself embeds. A `data:`
 * document (`text/html`, `application/pdf`…) is a page inside the page, so it is blocked too.
 */
const allowedData = /^data:(?:image\/(?:png|jpeg|gif|webp|svg\+xml)|font\/woff2?)[;,]/i

/**
 * Switch JavaScript off and allow no request but `data:` images and fonts (issue 7: rendering reads nothing
 * outside the build). Every blocked URL is reported once, as a `security/request-blocked` warning
 * on the chapter line that asked for it where known (else on `book.yaml`).
 *
 * @param page - A new page.
 * @param book - The book being printed, whose files take the warnings.
 * @param context - Run context, for the debug log.
 */
export async function lockDown(page: Page, book: Pick<Book, 'chapters' | 'configFile'>, context: Context): Promise<void> {
  await page.setJavaScriptEnabled(false)
  await page.setRequestInterception(true)
  const reported = new Set<string>()
  page.on('request', (request) => {
    const url = request.url()
    if (allowedData.test(url) || url === 'about:blank') {
      void request.continue()
      return
    }

    // A URL asked for again (another element, a retry) was already reported.
    if (!reported.has(url)) {
      reported.add(url)
      context.logger.debug(`print pdf: blocked a request for \`${url.slice(0, 200)}\``)
      reportBlockedRequest(book, url)
    }

    void request.abort('blockedbyclient')
  })
}

/**
 * Write a plan into the loaded document: contents numbers, blank pages, the per-page counter styles.
 * Runs through the DevTools protocol, which works with the page's JavaScript off.
 *
 * @param page - The print page.
 * @param plan - The plan.
 */
export async function applyPlan(page: Page, plan: PagePlan): Promise<void> {
  await page.evaluate(
    (numbers: Array<[string, string]>, blanks: string[], css: string) => {
      const byId = new Map(numbers)
      for (const slot of document.querySelectorAll<HTMLElement>('.toc-page')) {
        const label = byId.get(slot.dataset['for'] ?? '')
        if (label !== undefined) slot.textContent = label
      }

      for (const blank of document.querySelectorAll('.blank-page')) blank.remove()
      for (const id of blanks) {
        const blank = document.createElement('div')
        blank.className = 'blank-page'
        blank.setAttribute('aria-hidden', 'true')
        document.getElementById(id)?.before(blank)
      }

      let style = document.getElementById('colophon-plan')
      if (!style) {
        style = document.createElement('style')
        style.id = 'colophon-plan'
        document.head.append(style)
      }

      style.textContent = css
    },
    plan.numbers,
    plan.blanks,
    plan.css
  )
}

/**
 * Set the page up for a layout pass (`on`) or for the final print.
 *
 * A layout pass needs only where things fall: the hidden links to every block are on, so the PDF
 * names a destination for each, and everything is `visibility: hidden`, which by definition leaves
 * layout alone but spares Chrome painting and serialising the text (on a 570-page book a layout
 * pass takes 1.4 s instead of 2.4 s, with the same pages and destinations). The final print turns
 * both off, so the PDF carries no named destination nobody links to; it is checked against the
 * plan anyway, so a layout pass that ever differed would only cost another pass.
 *
 * @param page - The print page.
 * @param on - Whether the next print is a layout pass.
 */
export async function setMeasuring(page: Page, on: boolean): Promise<void> {
  await page.evaluate((on: boolean) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.colophon-targets a')) {
      if (on && link.dataset['target']) link.setAttribute('href', link.dataset['target'])
      else if (!on) {
        link.dataset['target'] = link.getAttribute('href') ?? link.dataset['target'] ?? ''
        link.removeAttribute('href')
      }
    }

    let style = document.getElementById('colophon-measure')
    if (on && !style) {
      style = document.createElement('style')
      style.id = 'colophon-measure'
      style.textContent = 'body * { visibility: hidden !important; }'
      document.head.append(style)
    } else if (!on) style?.remove()
  }, on)
}

/**
 * Leave only these sections in the layout (every other child of the body hidden), or, with
 * `undefined`, everything again.
 *
 * @param page - The print page.
 * @param sections - Ids of the sections to keep.
 */
export async function showOnly(page: Page, sections: string[] | undefined): Promise<void> {
  await page.evaluate((sections: string[] | undefined) => {
    const keep = sections?.map((id) => document.getElementById(id)).filter((node) => node !== null)
    for (const child of document.body.children) {
      const hide = keep !== undefined && !keep.some((section) => child.contains(section))
      child.classList.toggle('colophon-out', hide)
    }
  }, sections)
}
