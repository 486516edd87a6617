// Stage 5b, render print HTML: the same hast trees → one self-contained HTML document for Chrome to print.
import type {Element} from 'hast'
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import type {Asset, Book} from '../../book.js'
import type {Context} from '../../context.js'
import {loadAsset} from '../../transform/resolve-images.js'
import {chapterNotes} from './chapter-notes.js'
import {chapterSection, partSection} from './chapter-section.js'
import {contentsPage} from './contents-page.js'
import {coverPage, copyrightPage, titlePage} from './front-pages.js'
import {blockIds, contentsEntries, printSections, targetsClass} from './print-sections.js'
import {printStylesheet} from './stylesheet.js'

/**
 * Render the print document: cover, title page, copyright page, contents, then every chapter.
 *
 * @param book - The checked book.
 * @param context - Run context.
 * @returns The HTML document as a string.
 */
export function renderPrintHtml(book: Book, context: Context): string {
  const {config} = book
  const cover = printCover(book)
  if (config.cover && !cover) context.logger.debug(`no cover page: \`${config.cover}\` did not load`)
  const body: Element[] = []
  if (cover) body.push(coverPage(book, cover))
  body.push(titlePage(book), copyrightPage(book), contentsPage(contentsEntries(book), config.language))
  for (const chapter of book.chapters) {
    for (const part of chapter.opens) body.push(partSection(book, part))
    body.push(chapterSection(book, chapter))
  }
  body.push(targets(book, cover !== undefined))

  const tree = h('html', {lang: config.language, dir: book.direction}, [
    h('head', [
      h('meta', {charset: 'utf-8'}),
      h('title', config.title),
      h('meta', {name: 'author', content: config.authors.map((person) => person.name).join(', ')}),
      config.description ? h('meta', {name: 'description', content: config.description}) : undefined,
      h('style', printStylesheet(book, context.options.cacheDir))
    ]),
    // `notes-foot`: the notes lists stay out of the layout; the print stage sets each note at the foot of its page.
    h('body', {className: config.page.notes === 'footnotes' ? ['notes-foot'] : []}, body)
  ])
  return `<!doctype html>\n${toHtml(tree)}`
}

/**
 * The cover image, when the book has one that loads.
 *
 * @param book - The book.
 * @returns The asset, or nothing.
 */
export function printCover(book: Book): Asset | undefined {
  if (!book.config.cover) return undefined
  const result = loadAsset(book, book.root, book.config.cover)
  return 'bytes' in result ? result : undefined
}

/**
 * Hidden links to every part, every top-level block and every note reference: Chrome writes a
 * named destination for each link target, which is how the layout pass learns the page each one
 * falls on. Removed before the final print.
 */
function targets(book: Book, hasCover: boolean): Element {
  const ids = printSections(book, hasCover).map((section) => section.id)
  for (const chapter of book.chapters) ids.push(...blockIds(chapter), ...chapterNotes(chapter).map((note) => note.ref))
  return h(`nav.${targetsClass}`, {hidden: true, ariaHidden: 'true'}, ids.map((id) => h('a', {href: `#${id}`})))
}
