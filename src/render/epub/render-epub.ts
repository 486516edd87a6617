// Stage 5a, render EPUB: the book's hast trees → XHTML documents, package, navigation → a zip.
import {unmetAccessibilityRules} from '../../check/accessibility-rules.js'
import type {Asset, Book, Chapter} from '../../book.js'
import {openDocumentCache} from '../../cache/document-cache.js'
import type {Context} from '../../context.js'
import type {PageMap} from '../../print/print-pdf.js'
import {isAnimated} from '../../transform/is-animated.js'
import {loadAsset} from '../../transform/resolve-images.js'
import type {ContentFacts} from './accessibility-metadata.js'
import {chapterDocument, type ChapterDocument, type TocEntry} from './chapter-document.js'
import {FileNames, relativeHref, xmlId} from './file-names.js'
import {coverPage, titlePage} from './front-pages.js'
import {navDocument, type Landmark} from './nav-document.js'
import {ncxDocument} from './ncx-document.js'
import {containerDocument, packageDocument, type ManifestItem} from './package-document.js'
import {packageMetadata} from './package-metadata.js'
import {landmarkTypes} from './semantics.js'
import {staticFiles, stylesheetPath} from './static-files.js'
import {zipEpub, type ContainerFile} from './zip-epub.js'

/** Where the package lives in the container; every other file is under this folder. */
const contentFolder = 'OEBPS'

/** Spacing between documents when reading-order positions within documents become book-wide. */
const perDocument = 1_000_000

/**
 * Render the EPUB.
 *
 * @param book - The checked book.
 * @param context - Run context.
 * @param pages - Where the PDF's pages begin, when the PDF was printed in the same run.
 * @returns The EPUB's bytes.
 */
export async function renderEpub(book: Book, context: Context, pages?: PageMap): Promise<Uint8Array> {
  const names = new FileNames()
  const statics = staticFiles(book)
  for (const file of statics) names.claim(file.path)
  const fixed = {package: names.claim('package.opf'), nav: names.claim('nav.xhtml'), ncx: names.claim('toc.ncx')}
  const cover = coverAsset(book)
  const coverFile = cover ? names.claim('cover.xhtml') : undefined
  const titleFile = names.claim('title-page.xhtml')
  const chapterFiles = new Map<Chapter, string>(book.chapters.map((chapter) => [chapter, names.claim(`${chapter.slug}.xhtml`)]))
  // Sorted, so the names handed out never depend on the order images were met in.
  const assets = [...book.assets.values()].sort((a, b) => (a.href < b.href ? -1 : a.href > b.href ? 1 : 0))
  const assetFiles = new Map(assets.map((asset) => [asset.href, names.claim(asset.href)]))

  const placement = {chapterFile: (chapter: Chapter) => chapterFiles.get(chapter) ?? `${chapter.slug}.xhtml`, assetFile: (href: string) => assetFiles.get(href)}
  const pageIds = new Set(book.idToChapter.keys())
  // A rebuild renders again only the chapters whose document would change (src/cache/document-cache.ts).
  const cache = openDocumentCache(context.options.cacheDir, {book, files: book.chapters.map(placement.chapterFile), assets: assetFiles, stylesheet: stylesheetPath, pages})
  const documents = book.chapters.map((chapter) =>
    cache.document(chapter, placement.chapterFile(chapter), () => chapterDocument(chapter, {book, placement, stylesheet: stylesheetPath, pages, pageIds}))
  )
  context.logger.debug(`epub: ${cache.hits} of ${documents.length} chapter documents from the cache`)

  const front = (coverFile ? 1 : 0) + 2 // cover, title page, contents come before the chapters in the spine
  const toc = documents.flatMap((document, index) => nestedEntries(book.chapters[index], document, (front + index) * perDocument))
  const pageLinks = documents.flatMap((document, index) =>
    document.pages.map((page) => ({page: page.page, href: `${document.file}#${page.id}`, order: (front + index) * perDocument + page.order}))
  )
  const landmarks = landmarksOf(book, documents, {cover: coverFile, titlePage: titleFile, contents: `${fixed.nav}#toc`})

  const files: ContainerFile[] = []
  const items: ManifestItem[] = []
  const add = (path: string, bytes: Uint8Array | string, mediaType: string, extra: Partial<ManifestItem> = {}): void => {
    files.push({path: `${contentFolder}/${path}`, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes})
    items.push({id: xmlId(path), href: path, mediaType, ...extra})
  }

  // Spine order: cover, title page, contents (the navigation document), then the chapters.
  const xhtml = 'application/xhtml+xml'
  if (cover && coverFile) {
    const page = coverPage(book, relativeHref(coverFile, assetFiles.get(cover.href) ?? ''), relativeHref(coverFile, stylesheetPath))
    add(coverFile, page, xhtml, {spine: 'linear'})
  }

  add(titleFile, titlePage(book, relativeHref(titleFile, stylesheetPath)), xhtml, {spine: 'linear'})
  const nav = navDocument(book, {toc, landmarks, pages: pageLinks, file: fixed.nav, stylesheet: stylesheetPath})
  add(fixed.nav, nav, xhtml, {properties: ['nav'], spine: 'linear'})
  for (const document of documents) {
    add(document.file, document.xhtml, xhtml, {properties: document.svg ? ['svg'] : undefined, spine: 'linear'})
  }

  add(fixed.ncx, ncxDocument(book, toc, pageLinks), 'application/x-dtbncx+xml')
  for (const file of statics) add(file.path, file.bytes, file.mediaType)
  for (const asset of assets) {
    add(assetFiles.get(asset.href) ?? asset.href, asset.bytes, asset.mediaType, {properties: asset === cover ? ['cover-image'] : undefined})
  }

  uniqueIds(items)
  const coverId = items.find((item) => item.properties?.includes('cover-image'))?.id
  const metadata = packageMetadata(book, {epoch: context.epoch, facts: contentFacts(book, documents, cover, pageLinks.length > 0), coverId})
  files.push({path: `${contentFolder}/${fixed.package}`, bytes: Buffer.from(packageDocument(book, metadata, items), 'utf8')})
  files.push({path: 'META-INF/container.xml', bytes: Buffer.from(containerDocument(`${contentFolder}/${fixed.package}`), 'utf8')})
  context.logger.debug(`epub: ${documents.length} chapters, ${assets.length} images, ${pageLinks.length} page-break markers`)
  return zipEpub(files, context.epoch)
}

/**
 * A document's contents entries placed in the book's nesting: a sub-chapter's entries one level
 * deeper per level of nesting, and before a chapter the parts without a page that it opens, as
 * entries that lead to it (the nav shows them as headings without a link, the NCX as its first point).
 */
function nestedEntries(chapter: Chapter | undefined, document: ChapterDocument, offset: number): Array<TocEntry & {order: number}> {
  const depth = chapter?.depth ?? 0
  const parts = (chapter?.opens ?? []).map((part, index) => ({level: part.depth + 1, text: part.title, href: document.file, order: offset + index - 100, part: true}))
  return [...parts, ...document.toc.map((entry) => ({...entry, level: entry.level + depth, order: offset + entry.order}))]
}

/** The cover image from `book.yaml`, loaded like any image (inside the manuscript, type from its bytes). */
function coverAsset(book: Book): Asset | undefined {
  if (!book.config.cover) return undefined
  const result = loadAsset(book, book.root, book.config.cover)
  return 'bytes' in result ? result : undefined
}

/**
 * The landmarks (EPUB 3.3 "The landmarks nav element"), in reading order: cover, title page, contents, then each
 * chapter that starts the body matter or is the first of a type in {@link landmarkTypes}.
 */
function landmarksOf(book: Book, documents: ChapterDocument[], places: {cover?: string | undefined; titlePage: string; contents: string}): Landmark[] {
  const landmarks: Landmark[] = []
  if (places.cover) landmarks.push({type: 'cover', label: 'Cover', href: places.cover})
  landmarks.push({type: 'titlepage', label: 'Title page', href: places.titlePage}, {type: 'toc', label: 'Contents', href: places.contents})
  const seen = new Set<string>()
  for (const [index, chapter] of book.chapters.entries()) {
    const href = documents[index]?.file
    if (href === undefined) continue
    const label = landmarkTypes[chapter.type]
    if (chapter.matter === 'body' && !seen.has('bodymatter')) {
      seen.add('bodymatter')
      landmarks.push({type: 'bodymatter', label: 'Start of content', href})
    } else if (label !== undefined && !seen.has(chapter.type)) {
      seen.add(chapter.type)
      landmarks.push({type: chapter.type, label, href})
    }
  }

  return landmarks
}

/** What the accessibility metadata is computed from. */
function contentFacts(book: Book, documents: ChapterDocument[], cover: Asset | undefined, pageList: boolean): ContentFacts {
  return {
    informativeImages: documents.reduce((sum, document) => sum + document.images.informative, 0) + (cover ? 1 : 0),
    imagesWithoutAlt: documents.reduce((sum, document) => sum + document.images.withoutAlt, 0),
    pageList,
    notes: documents.some((document) => document.notes > 0),
    unmetRules: unmetAccessibilityRules(book),
    animated: [...book.assets.values(), ...(cover ? [cover] : [])].some((asset) => isAnimated(asset.bytes, asset.mediaType))
  }
}

/** Manifest ids come from unique paths, but two paths can still map to one id (`a.b` and `a-b`): number the later ones. */
function uniqueIds(items: ManifestItem[]): void {
  const seen = new Set<string>()
  for (const item of items) {
    let id = item.id
    for (let count = 2; seen.has(id); count++) id = `${item.id}-${count}`
    seen.add(id)
    item.id = id
  }
}
