// `npm run corpus [DIR]`: imports each real book in DIR (default ../shared/corpus) into a copy, builds EPUB and PDF,
// validates the EPUB with EPUBCheck and axe-core, and prints one table. Exit 1 when a book exits 0 with an
// EPUB a validator rejects: the promise that a build that succeeds is a valid book.
// Options: --format epub|pdf|epub,pdf  --json FILE  --keep (leave the copies and outputs in the temp folder)
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {PDFDocument} from 'pdf-lib'
import {parse, stringify} from 'yaml'
import {rules} from '../../lib/check/rules/index.js'
import {bookYamlText, importBook} from '../../lib/import/import-book.js'
import {axeEpub, epubcheck, launchChrome} from './validate-epub.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const args = process.argv.slice(2)
const option = (name) => {
  const index = args.indexOf(`--${name}`)
  return index === -1 ? undefined : args[index + 1]
}

const optionValues = new Set([option('format'), option('json')])
const dir = path.resolve(args.find((arg) => !arg.startsWith('--') && !optionValues.has(arg)) ?? path.join(root, '../shared/corpus'))
const format = option('format') ?? 'epub,pdf'
const say = (text) => process.stderr.write(`corpus: ${text}\n`)
if (!existsSync(dir)) {
  say(`no corpus at ${dir}`)
  process.exit(2)
}

const work = mkdtempSync(path.join(tmpdir(), 'colophon-corpus-'))
// The date written by the import is fixed, so two runs build the same books.
const date = '2026-01-01'
const books = readdirSync(dir)
  .filter((name) => !name.startsWith('.') && statSync(path.join(dir, name)).isDirectory())
  .sort()
const chrome = await launchChrome()
const rows = []
try {
  for (const name of books) rows.push(...(await checkBook(name)))
} finally {
  await chrome.close()
  if (!args.includes('--keep')) rmSync(work, {recursive: true, force: true})
  else say(`copies and outputs kept in ${work}`)
}

process.stdout.write(table(rows))
if (option('json')) writeFileSync(option('json'), JSON.stringify(rows, null, 2) + '\n')
const broken = rows.filter((row) => row.exit === 0 && ((format.includes('epub') && !row.epubcheck) || row.epubcheck?.fatals + row.epubcheck?.errors + row.epubcheck?.warnings > 0 || row.axe.length > 0))
for (const row of broken) say(`${row.book} (${row.build}) exited 0 with an EPUB that a validator rejects:\n  ${[...(row.epubcheck?.messages ?? []), ...row.axe].join('\n  ')}`)
process.exitCode = broken.length > 0 ? 1 : 0

/**
 * Copy, import, build and validate one book. A book refused for errors is built a second time with every
 * rule set to `warn` in its book.yaml (`lenient`): what a rule lets through must still make a valid book.
 */
async function checkBook(name) {
  const copy = path.join(work, name)
  cpSync(path.join(dir, name), copy, {recursive: true})
  // A book that brings its own book.yaml is read as it is; any other is imported first.
  const own = existsSync(path.join(copy, 'book.yaml'))
  let manuscript = copy
  let tradition = 'Colophon'
  if (!own) {
    const imported = importBook(copy, date)
    if (!imported) return [{book: name, build: 'as imported', tradition: '–', ...emptyRow(), notes: ['no book found to import']}]
    tradition = imported.tradition
    manuscript = imported.root
    writeFileSync(path.join(manuscript, 'book.yaml'), bookYamlText(imported))
  }

  const strict = {book: name, build: own ? 'as written' : 'as imported', tradition, ...(await buildAndValidate(name, manuscript, own, 'strict'))}
  if (strict.exit !== 1) return [strict]
  const configPath = path.join(manuscript, 'book.yaml')
  const config = parse(readFileSync(configPath, 'utf8'))
  config.checks = {...config.checks, ...Object.fromEntries(rules.map((rule) => [rule.id, 'warn']))}
  writeFileSync(configPath, stringify(config))
  return [strict, {book: name, build: 'every rule warn', tradition, ...(await buildAndValidate(name, manuscript, own, 'lenient'))}]
}

function emptyRow() {
  return {exit: undefined, errors: 0, warnings: 0, rules: {}, epubcheck: undefined, axe: [], pages: undefined, seconds: 0, notes: []}
}

/** Build one manuscript into its own folder, then validate what it wrote. */
async function buildAndValidate(name, manuscript, own, variant) {
  const row = emptyRow()
  const out = path.join(work, `${name}-${variant}-dist`)
  say(`${name}: building ${format} (${variant})`)
  // An imported book never turns on external link checks, so its build stays off the network without
  // `--offline` (which reports every external link as unchecked); a book's own book.yaml might turn them on.
  const began = performance.now()
  const build = spawnSync(process.execPath, [path.join(root, 'bin/colophon.js'), 'build', '--manuscript', manuscript, '--out', out, '--format', format, '--no-cache', '--report', 'json', ...(own ? ['--offline'] : [])], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {...process.env, NO_COLOR: '1'}
  })
  row.seconds = (performance.now() - began) / 1000
  row.exit = build.status
  const reportPath = path.join(out, 'colophon-report.json')
  if (existsSync(reportPath)) countMessages(row, JSON.parse(readFileSync(reportPath, 'utf8')))
  const failure = build.stderr.split('\n').find((line) => line.startsWith('colophon:'))
  if (failure) row.notes.push(failure)

  const outputs = existsSync(out) ? readdirSync(out) : []
  const epub = outputs.find((file) => file.endsWith('.epub'))
  const pdf = outputs.find((file) => file.endsWith('.pdf'))
  if (epub) {
    row.epubcheck = epubcheck(path.join(out, epub))
    row.axe = await axeEpub(chrome.browser, path.join(out, epub))
  }

  if (pdf) row.pages = (await PDFDocument.load(readFileSync(path.join(out, pdf)), {updateMetadata: false})).getPageCount()
  return row
}

/** Tally the JSON report's messages by rule id and severity. */
function countMessages(row, report) {
  for (const message of report.messages) {
    if (message.severity === 'error') row.errors++
    else row.warnings++
    const key = `${message.ruleId ?? 'none'} ${message.severity}`
    row.rules[key] = (row.rules[key] ?? 0) + 1
  }
}

/** The table, in Markdown, then each book's diagnostics by rule. */
function table(list) {
  const lines = [
    '| book | read as | build | exit | errors | warnings | EPUBCheck fatal/error/warning | axe violations | PDF pages | time |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const row of list) {
    const check = row.epubcheck ? `${row.epubcheck.fatals}/${row.epubcheck.errors}/${row.epubcheck.warnings}` : '–'
    const axe = row.epubcheck ? String(row.axe.length) : '–'
    lines.push(`| ${row.book} | ${row.tradition} | ${row.build} | ${row.exit ?? '–'} | ${row.errors} | ${row.warnings} | ${check} | ${axe} | ${row.pages ?? '–'} | ${row.seconds.toFixed(1)} s |`)
  }

  for (const row of list) {
    lines.push('', `${row.book} (${row.build}):`)
    const rules = Object.entries(row.rules).sort(([a], [b]) => a.localeCompare(b))
    for (const [key, count] of rules) lines.push(`  ${key.padEnd(48)} ${count}`)
    if (rules.length === 0) lines.push('  no diagnostics')
    for (const note of row.notes) lines.push(`  ${note}`)
  }

  return lines.join('\n') + '\n'
}
