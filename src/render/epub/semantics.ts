// What each kind of chapter is called in EPUB structural semantics and in DPUB-ARIA.
import type {Chapter, Matter} from '../../book.js'

/** The `epub:type` (EPUB SSV 1.1) and ARIA `role` (DPUB-ARIA 1.1) of a chapter's `section`. */
export interface Semantics {
  /** `epub:type` value, if the vocabulary has one. */
  epubType?: string | undefined
  /** `role`, if DPUB-ARIA has one. */
  role?: string | undefined
}

const byType: Record<Chapter['type'], Semantics> = {
  dedication: {epubType: 'dedication', role: 'doc-dedication'},
  foreword: {epubType: 'foreword', role: 'doc-foreword'},
  preface: {epubType: 'preface', role: 'doc-preface'},
  introduction: {epubType: 'introduction', role: 'doc-introduction'},
  prologue: {epubType: 'prologue', role: 'doc-prologue'},
  chapter: {epubType: 'chapter', role: 'doc-chapter'},
  appendix: {epubType: 'appendix', role: 'doc-appendix'},
  epilogue: {epubType: 'epilogue', role: 'doc-epilogue'},
  afterword: {epubType: 'afterword', role: 'doc-afterword'},
  acknowledgments: {epubType: 'acknowledgments', role: 'doc-acknowledgments'},
  bibliography: {epubType: 'bibliography', role: 'doc-bibliography'},
  glossary: {epubType: 'glossary', role: 'doc-glossary'},
  // A reading list of organisations and websites is not a bibliography of works cited
  // (DPUB-ARIA `doc-bibliography`); it stays a plain section, named by its heading.
  resources: {},
  credits: {epubType: 'credits', role: 'doc-credits'},
  colophon: {epubType: 'colophon', role: 'doc-colophon'},
  part: {epubType: 'part', role: 'doc-part'}
}

/**
 * The chapter types a landmark points at (EPUB 3.3 "The landmarks nav element": landmarks are the book's major
 * structures, each an EPUB SSV term, which EPUBCheck checks). Only the first chapter of each
 * type gets one: a second "Appendix" landmark would say nothing the first does not. Foreword,
 * preface and the like are found from the contents; the reading order starts at `bodymatter`.
 */
export const landmarkTypes: Partial<Record<Chapter['type'], string>> = {
  dedication: 'Dedication',
  appendix: 'Appendix',
  acknowledgments: 'Acknowledgements',
  bibliography: 'Bibliography',
  glossary: 'Glossary',
  credits: 'Credits',
  colophon: 'Colophon'
}

/**
 * The semantics of a chapter's section.
 *
 * @param chapter - The chapter.
 * @returns Its `epub:type` and `role`.
 */
export function chapterSemantics(chapter: Pick<Chapter, 'type'>): Semantics {
  return byType[chapter.type]
}

/**
 * The `epub:type` of a document's `body`: which part of the book it is in (EPUB SSV 1.1 "Document partitions").
 *
 * @param matter - Front, body or back.
 * @returns `frontmatter`, `bodymatter` or `backmatter`.
 */
export function matterType(matter: Matter): string {
  return `${matter}matter`
}
