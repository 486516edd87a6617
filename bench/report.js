// Turns the measured samples into Markdown tables (times, memory, ratios, targets) and writes them into docs/benchmarks.md.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'

const start = '<!-- bench:start -->'
const end = '<!-- bench:end -->'

/**
 * Median, min and max of a list of numbers.
 *
 * @param {number[]} values - Samples.
 * @returns {{median: number, min: number, max: number} | undefined} Statistics, or nothing for no samples.
 */
export function stats(values) {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return {median, min: sorted[0], max: sorted.at(-1)}
}

const seconds = (ms) => (ms < 1000 ? (ms / 1000).toFixed(3) : (ms / 1000).toFixed(2))
const mib = (kib) => (kib === undefined || kib === 0 ? '—' : String(Math.round(kib / 1024)))
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b)
const show = (value) => (value === undefined ? '—' : `${value.toFixed(2)}×`)

/**
 * Summarise one book's samples.
 *
 * @param {Record<string, Array<{ms: number, maxRssKiB?: number, treePssKiB: number, chrome: boolean, stages: Record<string, number>}>>} samples - Samples by task id.
 * @returns {Record<string, {time: {median: number, min: number, max: number}, rss?: number, tree: number, chrome: boolean, runs: number, stages: Record<string, number>}>} Summary by task id.
 */
export function summarise(samples) {
  const summary = {}
  for (const [id, list] of Object.entries(samples)) {
    if (list.length === 0) continue
    const stages = {}
    for (const name of new Set(list.flatMap((sample) => Object.keys(sample.stages)))) {
      stages[name] = stats(list.map((sample) => sample.stages[name]).filter((value) => value !== undefined)).median
    }

    summary[id] = {
      time: stats(list.map((sample) => sample.ms)),
      rss: stats(list.map((sample) => sample.maxRssKiB).filter((value) => value !== undefined))?.median,
      tree: Math.max(...list.map((sample) => sample.treePssKiB)),
      chrome: list.some((sample) => sample.chrome),
      runs: list.length,
      stages
    }
  }

  return summary
}

/**
 * The Markdown for one book: a row per task, then its ratios.
 *
 * @param {string} size - `S`, `M` or `L`.
 * @param {{words: number, chapters: string[], images: number}} book - The generated book.
 * @param {ReturnType<typeof summarise>} summary - Its summary.
 * @param {Array<{id: string, label: string}>} tasks - Its tasks, for labels and order.
 * @returns {string[]} Lines.
 */
export function bookTable(size, book, summary, tasks) {
  const lines = [
    `### ${size}: ${book.chapters.length} chapters, ${book.words.toLocaleString('en')} words, ${book.images} images`,
    '',
    '| Task | runs | median s | min–max s | peak RSS MiB, largest process | peak PSS MiB, process tree (sampled) | stages (median ms; parse workers: threads used) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |'
  ]
  for (const task of tasks) {
    const row = summary[task.id]
    if (!row) continue
    const stages = Object.entries(row.stages).map(([name, value]) => `${name} ${Math.round(value)}`).join(', ')
    lines.push(`| ${task.label}${row.chrome && task.id === 'noop' ? ' (launched Chrome)' : ''} | ${row.runs} | ${seconds(row.time.median)} | ${seconds(row.time.min)}–${seconds(row.time.max)} | ${mib(row.rss)} | ${mib(row.tree)} | ${stages} |`)
  }

  lines.push('', ...ratioLines(summary), '')
  return lines
}

/**
 * The ratios the targets are stated in, from one book's summary.
 *
 * @param {ReturnType<typeof summarise>} s - Summary by task id.
 * @returns {Record<string, number | undefined>} Ratios by name.
 */
export function ratios(s) {
  const median = (id) => s[id]?.time.median
  return {
    'EPUB / Pandoc': ratio(median('epub'), median('pandoc')),
    'EPUB from a warm cache / Pandoc': ratio(median('epub-warm'), median('pandoc')),
    'EPUB peak RSS / Pandoc peak RSS': ratio(s['epub']?.rss, s['pandoc']?.rss),
    'EPUB / EPUB floor': ratio(median('epub'), median('floor-epub')),
    'EPUB with 1 worker thread / with none': ratio(median('epub-worker'), median('epub-serial')),
    'PDF / PDF floor': ratio(median('pdf'), median('floor-pdf')),
    'EPUB + PDF / PDF floor': ratio(median('both'), median('floor-pdf')),
    'rebuild, 1 chapter edited / cold EPUB': ratio(median('rebuild'), median('epub')),
    'nothing changed / cold EPUB + PDF': ratio(median('noop'), median('both'))
  }
}

function ratioLines(summary) {
  const entries = Object.entries(ratios(summary)).filter(([, value]) => value !== undefined)
  if (entries.length === 0) return []
  return [entries.map(([name, value]) => `${name}: **${show(value)}**`).join(' · ')]
}

/**
 * Replace the generated part of `docs/benchmarks.md` (between the bench markers) with `lines`.
 *
 * @param {string} file - The document.
 * @param {string[]} lines - Generated Markdown.
 */
export function writeDocument(file, lines) {
  const generated = [start, ...lines, end].join('\n')
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  const next = from === -1 || to === -1 ? `${text.trimEnd()}\n\n${generated}\n` : text.slice(0, from) + generated + text.slice(to + end.length)
  writeFileSync(file, next)
}
