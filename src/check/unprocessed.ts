// The constructs of other tools that parsing kept as written (`file.data.unprocessed`), for the rules that report them.
import type {VFile} from 'vfile'
import type {Book} from '../book.js'
import type {Unprocessed} from '../parse/find-unprocessed.js'
import type {Place} from '../report/message.js'

/** One construct kept as written, with its chapter's file and its place there. */
export interface UnprocessedAt {
  file: VFile
  item: Unprocessed
  place: Place
}

/**
 * Every construct of the given kinds, chapter by chapter, in the order parsing found them.
 *
 * @param book - The book.
 * @param kinds - The kinds a rule reports.
 * @returns The constructs with their files and places.
 */
export function unprocessedOf(book: Book, kinds: ReadonlyArray<Unprocessed['kind']>): UnprocessedAt[] {
  return book.chapters.flatMap((chapter) =>
    (chapter.file.data.unprocessed ?? [])
      .filter((item) => kinds.includes(item.kind))
      .map((item) => ({file: chapter.file, item, place: {line: item.line, column: item.column, offset: item.offset}}))
  )
}
