// Rule `link/external`: external links work (checked over the network only when asked); `mailto:`/`tel:` are well formed.
import {STATUS_CODES} from 'node:http'
import path from 'node:path'
import type {Context} from '../../../context.js'
import {checkUrls} from '../../external/check-urls.js'
import {withoutFragment} from '../../external/check-url.js'
import {externalOccurrences, type Occurrence} from '../../external/occurrences.js'
import type {LinkOutcome} from '../../external/outcome.js'
import {mailtoProblem, telProblem} from '../../external/url-syntax.js'
import type {Report, Rule} from '../../rule.js'

/** `link/external` */
export const external: Rule = {
  id: 'link/external',
  description: 'External links answer (checked with `--external` or `links.check-external`); `mailto:` and `tel:` links are well formed.',
  severity: 'error',
  async check(book, report, context) {
    const web: Occurrence[] = []
    for (const occurrence of externalOccurrences(book)) {
      const {url, file, place} = occurrence
      if (occurrence.kind === 'external') {
        if (URL.canParse(url)) web.push(occurrence)
        else report(file, `\`${url}\` is not a valid URL; fix it`, place)
        continue
      }

      const problem = occurrence.kind === 'mailto' ? mailtoProblem(url) : telProblem(url)
      if (problem) report(file, `Link \`${url}\` ${problem}`, place)
    }

    // A build never depends on the network unless asked (CLI flag or book.yaml); `--offline` asks for the
    // list of links left unchecked without sending a request.
    const {external: asked, offline} = context.options
    if (web.length === 0 || !(asked || offline || book.config.links['check-external'])) return
    const outcomes = await checkUrls(
      web.map((occurrence) => occurrence.url),
      {
        offline: Boolean(offline),
        // Asked by book.yaml alone (a stranger's pull request can write it): public addresses only.
        publicOnly: !asked,
        skip: book.config.links.skip,
        cacheFile: cacheFile(context),
        signal: context.options.signal
      }
    )
    for (const occurrence of web) {
      const outcome = outcomes.get(withoutFragment(occurrence.url))
      if (outcome) reportOutcome(report, occurrence, outcome)
    }
  }
}

/**
 * Where link outcomes are cached: `links.json` in the cache folder (the CLI's default is
 * `.colophon-cache/` beside the manuscript folder; `--no-cache` leaves `cacheDir` unset: no file).
 * URLs are the same for every book, so manuscripts sharing a cache folder share one file.
 *
 * @param context - Run context.
 * @returns The JSON file, or `undefined` for no cache on disk.
 */
export function cacheFile(context: Context): string | undefined {
  return context.options.cacheDir === undefined ? undefined : path.join(context.options.cacheDir, 'links.json')
}

function reportOutcome(report: Report, {url, file, place}: Occurrence, outcome: LinkOutcome): void {
  const code = outcome.code === undefined ? '' : `\`${outcome.code}${STATUS_CODES[outcome.code] ? ` ${STATUS_CODES[outcome.code]}` : ''}\``
  const detail = outcome.detail ? ` (${outcome.detail})` : ''
  const warn = {severity: 'warn'} as const
  switch (outcome.status) {
    case 'ok':
    case 'skipped':
      return
    case 'redirect':
      report(file, `\`${url}\` has moved permanently to \`${outcome.location}\`; update the link`, place, warn)
      return
    case 'broken':
      report(file, `\`${url}\` is broken: ${code || `\`${outcome.detail}\``}${code ? detail : ''}; fix or remove the link`, place)
      return
    case 'unverified':
      report(file, `\`${url}\` refuses automated checks: ${code}${detail}; check it by hand or add it to \`links.skip\``, place, warn)
      return
    case 'timeout':
      report(file, `\`${url}\` did not answer in time${detail}; check it by hand`, place, warn)
      return
    case 'unchecked':
      report(file, `\`${url}\` was not checked: ${uncheckedReason(outcome.detail)}`, place, warn)
  }
}

function uncheckedReason(detail: string | undefined): string {
  if (detail === 'offline') return 'offline'
  const local = detail?.startsWith('private:') ? detail.slice('private:'.length) : undefined
  if (local) return `it points at this machine or a private network (\`${local}\`), which \`links.check-external\` in book.yaml may not reach; run with \`--external\` to check it`
  return `cannot reach the site (\`${detail}\`)`
}
