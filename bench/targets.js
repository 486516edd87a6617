// Checks the measured figures against issue 6's targets and lists each as met, not met or not measured.
import {ratios} from './report.js'

/**
 * The targets as a Markdown table.
 *
 * @param {Record<string, {summary: Record<string, {time: {median: number}, rss?: number, chrome: boolean, runs: number}>, book: {words: number}}>} results - Summaries by size.
 * @returns {string[]} Lines.
 */
export function targetLines(results) {
  const of = (size) => (results[size] ? ratios(results[size].summary) : {})
  const M = of('M')
  const L = of('L')
  const rows = []
  const add = (target, value, limit, format = (x) => `${x.toFixed(2)}×`) => {
    const verdict = value === undefined ? 'not measured' : value <= limit ? 'met' : '**not met**'
    rows.push(`| ${target} | ${value === undefined ? '—' : format(value)} | ${verdict} |`)
  }

  add('EPUB, M ≤ 0.35× Pandoc (cold: no cache)', M['EPUB / Pandoc'], 0.35)
  add('EPUB, M ≤ 0.35× Pandoc (warm cache, nothing changed)', M['EPUB from a warm cache / Pandoc'], 0.35)
  add('EPUB, L ≤ 0.3× Pandoc (cold: no cache)', L['EPUB / Pandoc'], 0.3)
  add('EPUB, L ≤ 0.3× Pandoc (warm cache, nothing changed)', L['EPUB from a warm cache / Pandoc'], 0.3)
  add('EPUB, L peak RSS ≤ 0.4× Pandoc’s', L['EPUB peak RSS / Pandoc peak RSS'], 0.4)
  add('PDF, M ≤ 1.6× Chrome floor', M['PDF / PDF floor'], 1.6)
  add('Rebuild after editing 1 chapter of M ≤ 25 % of a cold EPUB build', M['rebuild, 1 chapter edited / cold EPUB'], 0.25, (x) => `${(x * 100).toFixed(0)} %`)
  for (const size of Object.keys(results)) {
    const noop = results[size].summary['noop']
    if (noop) rows.push(`| ${size}: rebuild with nothing changed does not launch Chrome | ${noop.chrome ? 'Chrome seen' : 'no Chrome process seen'} | ${noop.chrome ? '**not met**' : 'met'} |`)
  }

  const L_both = results['L']?.summary['both']
  if (results['L']) rows.push(`| L builds both formats | ${L_both ? `${(L_both.time.median / 1000).toFixed(1)} s` : 'failed or not run'} | ${L_both ? 'met' : '**not met**'} |`)
  const versions = Object.values(results).map((result) => result.summary['version']?.time.median).filter((value) => value !== undefined)
  if (versions.length > 0) add('`colophon --version` < 300 ms (median)', Math.max(...versions), 300, (x) => `${Math.round(x)} ms`)

  const memory = Object.entries(results)
    .filter(([, result]) => result.summary['epub']?.rss)
    .map(([size, result]) => `${size} ${Math.round(result.summary['epub'].rss / 1024)} MiB (${((result.summary['epub'].rss / result.book.words) * 1000).toFixed(0)} KiB per 1k words)`)
  return [
    '### Targets (issue 6)',
    '',
    '| Target | Measured | |',
    '| --- | --- | --- |',
    ...rows,
    '',
    memory.length > 0 ? `EPUB peak RSS by size: ${memory.join(', ')}.` : '',
    ''
  ]
}
