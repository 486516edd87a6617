// Every external URL of a book with the place it is written: links in chapters and the sources of image credits.
import type {VFile} from 'vfile'
import type {Book} from '../../book.js'
import type {Place} from '../../report/message.js'
import {imageTitle, parseCaptionCredit} from '../../transform/image-credits.js'
import {configPlace} from '../yaml-places.js'

/** One place a URL is written. */
export interface Occurrence {
  url: string
  kind: 'external' | 'mailto' | 'tel'
  file: VFile
  place?: Place | undefined
}

/**
 * Collect the URLs `link/external` checks, in book order. Generated chapters are left out: their
 * links (credit sources on the credits page) are reported where the author wrote them.
 *
 * @param book - The transformed book.
 * @returns The occurrences.
 */
export function externalOccurrences(book: Book): Occurrence[] {
  const found: Occurrence[] = []
  for (const [index, entry] of book.config['image-credits'].entries()) {
    if (entry.source) {
      found.push({url: entry.source, kind: 'external', file: book.configFile, place: configPlace(book, ['image-credits', index, 'source'])})
    }
  }

  for (const link of book.links) {
    if (link.chapter.generated) continue
    if (link.kind === 'external' || link.kind === 'mailto' || link.kind === 'tel') {
      found.push({url: link.url, kind: link.kind, file: link.chapter.file, place: link.node.position})
    }
  }

  for (const image of book.images) {
    const credit = parseCaptionCredit(imageTitle(image.chapter, image.node))
    if (credit && 'source' in credit && credit.source) {
      found.push({url: credit.source, kind: 'external', file: image.chapter.file, place: image.node.position})
    }
  }

  return found
}
