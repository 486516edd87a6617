// The measured commands for one book, in the order a round runs them (some depend on the one before: no-op after both).
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const colophon = path.join(root, 'bin', 'colophon.js')
const bench = path.join(root, 'bench')

/** Whether this Colophon has the per-chapter cache (`--cache-dir`); older builds are measured without one. */
export const hasCache = /--cache-dir/.test(spawnSync(process.execPath, [colophon, 'build', '--help'], {encoding: 'utf8'}).stdout ?? '')

/**
 * Tasks for one generated book.
 *
 * @param {{manuscript: string, chapters: string[]}} book - The generated book.
 * @param {string} folder - The book's work folder (`bench/.books/M`).
 * @param {{pandoc: boolean, pdf: boolean}} options - Whether to run Pandoc and the Chrome tasks.
 * @returns {Array<{id: string, label: string, command: string, args: string[], cwd?: string, env?: NodeJS.ProcessEnv, chrome?: boolean, before?: (round: number) => void, after?: () => void}>}
 */
export function tasksFor(book, folder, options) {
  const out = (name) => path.join(folder, 'out', name)
  const cache = path.join(folder, 'cache')
  const cacheArgs = hasCache ? ['--cache-dir', cache] : []
  const build = (name, format) => [colophon, 'build', '--verbose', '--manuscript', book.manuscript, '--out', out(name), '--format', format, ...cacheArgs]
  const cold = () => rmSync(cache, {recursive: true, force: true})
  const edited = path.join(book.manuscript, book.chapters[Math.floor(book.chapters.length / 2)])
  const original = readFileSync(edited, 'utf8')
  const node = process.execPath
  const tasks = [
    {id: 'version', label: '`colophon --version`', command: node, args: [colophon, '--version']},
    {id: 'epub', label: 'Colophon EPUB (cold)', command: node, args: build('epub', 'epub'), before: cold},
    // Right after the cold build, whose cache it reads: nothing changed, every chapter from the cache.
    {id: 'epub-warm', label: 'Colophon EPUB, nothing changed (warm cache)', command: node, args: build('epub', 'epub')},
    {id: 'epub-serial', label: 'Colophon EPUB (cold, forced to 0 worker threads)', command: node, args: build('epub', 'epub'), before: cold,
      env: {...process.env, COLOPHON_PARSE_WORKERS: '0'}},
    {id: 'epub-worker', label: 'Colophon EPUB (cold, forced to 1 worker thread)', command: node, args: build('epub', 'epub'), before: cold,
      env: {...process.env, COLOPHON_PARSE_WORKERS: '1'}},
    {id: 'pandoc', label: 'Pandoc EPUB (`-t epub3 --toc`)', command: 'pandoc', cwd: book.manuscript,
      args: ['-t', 'epub3', '--toc', '--metadata', 'title=Benchmark', '-o', out('pandoc.epub'), ...book.chapters]},
    {id: 'floor-epub', label: 'EPUB floor (unified + fflate)', command: node, args: [path.join(bench, 'floor-epub.js'), book.manuscript, out('floor.zip')]},
    {id: 'rebuild', label: 'Colophon EPUB, 1 chapter edited (warm cache)', command: node, args: build('epub', 'epub'),
      before: (round) => {
        spawnSync(node, build('epub', 'epub'))
        writeFileSync(edited, `${original}\nAn edit made by benchmark round ${round}.\n`)
      },
      after: () => writeFileSync(edited, original)},
    {id: 'pdf', label: 'Colophon PDF (cold)', command: node, args: build('pdf', 'pdf'), before: cold, chrome: true},
    {id: 'floor-pdf', label: 'PDF floor (Chrome: launch, load, tagged `page.pdf`)', command: node, chrome: true,
      args: [path.join(bench, 'floor-pdf.js'), path.join(folder, 'print.html'), out('floor.pdf')]},
    {id: 'both', label: 'Colophon EPUB + PDF (cold)', command: node, args: build('both', 'epub,pdf'), before: cold, chrome: true},
    {id: 'noop', label: 'Colophon EPUB + PDF, nothing changed', command: node, args: build('both', 'epub,pdf'), chrome: true}
  ]
  // Worker threads only start above ~400 kB of Markdown, so the comparison means nothing for S.
  const serial = book.words > 50_000
  // L's PDF alone takes minutes and tells little that EPUB + PDF does not: it is left out for L.
  const pdfAlone = book.words < 500_000
  return tasks.filter(
    (task) =>
      (options.pandoc || task.id !== 'pandoc') &&
      (options.pdf || !task.chrome) &&
      (serial || !['epub-serial', 'epub-worker'].includes(task.id)) &&
      (pdfAlone || task.id !== 'pdf')
  )
}
