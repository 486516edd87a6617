// Finds who made each image and under what licence: a `Credit:` in its caption, else an `image-credits` entry of book.yaml.
import path from 'node:path'
import type {Element} from 'hast'
import type {Image} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Book, Chapter} from '../book.js'
import {safeDecode} from '../util/safe-decode.js'
import {globToRegExp} from '../util/glob-to-regexp.js'

export {globToRegExp}

/** A credit for an image. */
export interface ImageCredit {
  /** Who made the image. */
  creator: string
  /** SPDX expression or a statement such as `All rights reserved`. */
  license: string
  /** Where the image comes from. */
  source?: string | undefined
  /** Where the credit is written: the image's caption, or `image-credits[index]` in book.yaml. */
  origin: {kind: 'caption'} | {kind: 'config'; index: number}
}

/** A `Credit:` in a caption that lacks a creator or a licence. */
export interface IncompleteCredit {
  problem: string
}

/** `Caption text. Credit: Creator, Licence[, https://source]` — the credit is the end of the image's title. */
const captionCredit = /(?:^|\s)Credit:\s*(.*)$/s

/**
 * Read the credit at the end of an image title: `"A map of the services. Credit: Jo Artist, CC-BY-4.0, https://example.org/map"`.
 *
 * The last comma-separated part is the source when it is a URL; the part before it is the licence;
 * everything before that is the creator (so a creator may contain commas).
 *
 * @param title - The image's title (its caption), if any.
 * @returns The credit, what is wrong with it, or `undefined` when the title has no `Credit:`.
 */
export function parseCaptionCredit(title: string | undefined): ImageCredit | IncompleteCredit | undefined {
  const match = title === undefined ? null : captionCredit.exec(title)
  if (!match) return undefined
  const parts = (match[1] ?? '').split(/,\s*/).map((part) => part.trim()).filter(Boolean)
  const source = parts.length > 0 && /^https?:\/\//i.test(parts.at(-1) ?? '') ? parts.pop() : undefined
  const license = parts.length >= 2 ? parts.pop() : undefined
  const creator = parts.join(', ')
  if (!license || !creator) return {problem: 'needs a creator and a licence: `Credit: Creator, CC-BY-4.0`'}
  return {creator, license, source, origin: {kind: 'caption'}}
}

/**
 * The first `image-credits` entry of book.yaml whose `images` match `href`.
 *
 * @param book - The book.
 * @param href - Image path relative to the manuscript, `/`-separated.
 * @returns The credit, if an entry covers the image.
 */
export function configCreditFor(book: Book, href: string): ImageCredit | undefined {
  for (const [index, entry] of book.config['image-credits'].entries()) {
    if (entry.images.some((glob) => globToRegExp(glob).test(href))) {
      return {creator: entry.creator, license: entry.license, source: entry.source, origin: {kind: 'config', index}}
    }
  }

  return undefined
}

/**
 * The Markdown image (`![alt](url "title")`) an `img` element came from: same position in the file.
 *
 * @param chapter - The chapter holding the image.
 * @param node - The `img` element.
 * @returns The URL and title as written, or `undefined` for raw HTML images.
 */
export function markdownImage(chapter: Chapter, node: Element): {url: string; title: string | undefined} | undefined {
  const start = node.position?.start
  return start ? imagesOf(chapter).get(`${start.line}:${start.column}`) : undefined
}

/**
 * The path of an image as the author wrote it, for messages: `画像/地図.png`, not the
 * percent-encoded `%E7%94%BB…` that mdast-util-to-hast leaves in the `src`.
 *
 * @param chapter - The chapter holding the image.
 * @param node - The `img` element.
 * @returns The Markdown URL, else the decoded `src`.
 */
export function writtenSrc(chapter: Chapter, node: Element): string {
  const src = String(node.properties['src'] ?? '')
  const written = markdownImage(chapter, node)?.url
  if (written !== undefined) return written
  return safeDecode(src)
}

/**
 * The title the author gave an image. The figure transform moves titles into captions, so it is
 * read from the Markdown tree, falling back to the `img`'s own `title` (raw HTML).
 *
 * @param chapter - The chapter holding the image.
 * @param node - The `img` element.
 * @returns The title, if any.
 */
export function imageTitle(chapter: Chapter, node: Element): string | undefined {
  const own = node.properties['title']
  return markdownImage(chapter, node)?.title ?? (typeof own === 'string' ? own : undefined)
}

const imageCache = new WeakMap<Chapter, Map<string, {url: string; title: string | undefined}>>()

function imagesOf(chapter: Chapter): Map<string, {url: string; title: string | undefined}> {
  let images = imageCache.get(chapter)
  if (!images) {
    const found = new Map<string, {url: string; title: string | undefined}>()
    if (chapter.mdast) {
      visit(chapter.mdast, 'image', (image: Image) => {
        const start = image.position?.start
        if (start) found.set(`${start.line}:${start.column}`, {url: image.url, title: image.title ?? undefined})
      })
    }

    images = found
    imageCache.set(chapter, images)
  }

  return images
}

/**
 * The credit of an image: its caption's `Credit:` first (the more specific), else book.yaml.
 *
 * @param book - The book.
 * @param href - Image path relative to the manuscript.
 * @param title - The image's title.
 * @returns The credit, what is wrong with the caption's credit, or `undefined`.
 */
export function creditFor(book: Book, href: string, title: string | undefined): ImageCredit | IncompleteCredit | undefined {
  return parseCaptionCredit(title) ?? configCreditFor(book, href)
}
