// The `colophon` command: parses arguments with commander, runs the pipeline, reports, and returns the exit code.
import {existsSync, readFileSync} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {Command, CommanderError, Option} from 'commander'
import {defaultCacheDir} from './cache/cache-folder.js'
import type {BuildOptions, Format} from './context.js'
import {createLogger} from './report/logger.js'
import {countMessages, formatHuman, toJson} from './report/reporter.js'
import {exitCodes} from './stage-error.js'
import {writeAtomic} from './write/write-atomic.js'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

/** Options shared by `build` and `check`. */
interface CommonOptions {
  manuscript: string
  out: string
  external?: boolean
  offline?: boolean
  report?: string
  maxWarnings?: string
  verbose?: boolean
  format?: string
  cacheDir?: string
  cache?: boolean
}

/**
 * Run the CLI with `argv` and return the exit code; never calls `process.exit()`.
 *
 * @param argv - `process.argv`.
 * @returns 0 success, 1 the book has errors, 2 usage, config or internal error, 130/143 interrupted.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = exitCodes.ok
  const program = new Command('colophon')
    .description('Build a checked EPUB 3 and a print-quality PDF from a Markdown manuscript.')
    .version(packageJson.version)
    .exitOverride()
    .configureOutput({writeErr: (text) => process.stderr.write(text)})

  const common = (command: Command): Command =>
    command
      .option('-m, --manuscript <dir>', 'manuscript folder with book.yaml', 'manuscript')
      .option('-o, --out <dir>', 'output folder', 'dist')
      .option('--external', 'check external links over the network')
      .option('--offline', 'never use the network; report external links as unchecked')
      .addOption(new Option('--report <format>', 'also write the messages as JSON to <out>/colophon-report.json').choices(['json']))
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
      .option('--verbose', 'show debug output')
      .option('--cache-dir <dir>', 'cache folder, safe to delete (default: .colophon-cache next to the manuscript)')
      .option('--no-cache', 'parse every chapter and print the PDF again, without reading or writing the cache')

  common(program.command('build').description('check the book, then render EPUB and PDF into the output folder'))
    .option('-f, --format <list>', 'comma-separated formats: epub, pdf', 'epub,pdf')
    .action(async (options: CommonOptions) => {
      code = await execute(options, parseFormats(options.format ?? 'epub,pdf'))
    })

  common(program.command('check').description('run every check without rendering')).action(async (options: CommonOptions) => {
    code = await execute(options, [])
  })

  program
    .command('import')
    .description("write a book.yaml for a book made for mdBook, GitBook/HonKit, Quarto or Jupyter Book, without touching its chapters")
    .argument('[dir]', "the book's folder", '.')
    .option('--force', 'replace an existing book.yaml')
    .action(async (dir: string, options: {force?: boolean}) => {
      code = await importCommand(dir, Boolean(options.force))
    })

  program
    .command('fetch-images')
    .description('download the remote images of the chapters and the cover into the manuscript, without editing the chapters')
    .option('-m, --manuscript <dir>', 'manuscript folder with book.yaml', 'manuscript')
    .action(async (options: {manuscript: string}) => {
      // Loaded only here: the only command besides `--external` that uses the network.
      const {fetchImages} = await import('./fetch/fetch-images.js')
      const result = await fetchImages(options.manuscript)
      for (const line of result.lines) process.stderr.write(`${line}\n`)
      code = result.code
    })

  program
    .command('schema')
    .description('print the JSON Schema of book.yaml, with a description of every key')
    .action(async () => {
      // Loaded only here so `--version` and `build` never pay for it.
      const [{z}, {bookSchema}] = await Promise.all([import('zod'), import('./config/schema.js')])
      process.stdout.write(JSON.stringify(z.toJSONSchema(bookSchema, {io: 'input', unrepresentable: 'any'}), null, 2) + '\n')
    })

  try {
    await program.parseAsync([...argv])
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`colophon: error: ${error.message}\n`)
      return exitCodes.failure
    }

    if (error instanceof CommanderError) {
      // `--help` and `--version` end through here too, with code 0.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.failure
    }

    process.stderr.write(`colophon: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return exitCodes.failure
  }

  return code
}

/** `colophon import DIR`: draft `book.yaml` beside the chapters and say what needs the author's eye. */
async function importCommand(dir: string, force: boolean): Promise<number> {
  const {bookYamlText, importBook} = await import('./import/import-book.js')
  // The build time rule holds here too: the date written is `SOURCE_DATE_EPOCH`'s when it is set.
  const epoch = process.env['SOURCE_DATE_EPOCH']
  const date = (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10)
  const book = importBook(path.resolve(dir), date)
  if (!book) {
    process.stderr.write(`colophon: no book found in \`${dir}\`: looked for book.toml (mdBook), _quarto.yml (Quarto), _toc.yml (Jupyter Book), book.json or SUMMARY.md (GitBook/HonKit)\n`)
    return exitCodes.failure
  }

  const target = path.join(book.root, 'book.yaml')
  const shown = path.relative(process.cwd(), target) || 'book.yaml'
  if (!force && existsSync(target)) {
    process.stderr.write(`colophon: \`${shown}\` already exists; pass --force to replace it\n`)
    return exitCodes.failure
  }

  await writeAtomic(target, bookYamlText(book))
  process.stderr.write(`Read the book as ${book.tradition} wrote it; wrote ${shown}\n`)
  for (const note of book.notes) process.stderr.write(`  - ${note}\n`)
  process.stderr.write(`Build it with: colophon build --manuscript ${path.relative(process.cwd(), book.root) || '.'}\n`)
  return exitCodes.ok
}

/** A usage mistake found after commander parsed the arguments. */
class UsageError extends Error {}

function parseFormats(list: string): Format[] {
  const formats = list.split(',').map((format) => format.trim())
  for (const format of formats) {
    if (format !== 'epub' && format !== 'pdf') {
      throw new UsageError(`unknown format \`${format}\`; use epub, pdf or epub,pdf`)
    }
  }

  return formats as Format[]
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY
  // A typo must not switch the limit off silently: `--max-warnings abc` would otherwise allow any number.
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`\`--max-warnings\` takes a whole number of warnings (such as 0), not \`${value}\``)
  return Number(value)
}

async function execute(options: CommonOptions, formats: Format[]): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings)
  const controller = new AbortController()
  let signalCode: number = exitCodes.interrupted
  const onSignal = (signal: NodeJS.Signals): void => {
    signalCode = signal === 'SIGTERM' ? exitCodes.terminated : exitCodes.interrupted
    controller.abort(new Error(signal))
  }

  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    const buildOptions: BuildOptions = {
      manuscript: path.resolve(options.manuscript),
      out: path.resolve(options.out),
      formats,
      external: Boolean(options.external),
      offline: Boolean(options.offline),
      cacheDir: options.cache === false ? undefined : path.resolve(options.cacheDir ?? defaultCacheDir(options.manuscript)),
      signal: controller.signal
    }
    const logger = createLogger({verbose: Boolean(options.verbose)})
    // Loaded only now: `--version` and `--help` need none of the pipeline's modules (unified, zod, puppeteer…).
    const {run} = await import('./pipeline.js')
    const result = await run(buildOptions, logger)
    const color = Boolean(process.stderr.isTTY) && !process.env['NO_COLOR']
    process.stderr.write(formatHuman(result.files, {color}))
    if (options.report === 'json') {
      await mkdir(buildOptions.out, {recursive: true})
      const target = path.join(buildOptions.out, 'colophon-report.json')
      await writeAtomic(target, JSON.stringify(toJson(result.files), null, 2) + '\n')
    }

    if (result.failure) process.stderr.write(`colophon: ${result.failure}\n`)
    for (const output of result.outputs) logger.info(`wrote ${path.relative(process.cwd(), output)}`)
    if (controller.signal.aborted) return signalCode
    if (result.code === exitCodes.ok && countMessages(result.files).warnings > maxWarnings) return exitCodes.bookErrors
    return result.code
  } catch (error) {
    if (controller.signal.aborted) return signalCode
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
