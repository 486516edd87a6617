// The schema of `book.yaml`: the one source of the config's types, validation and documentation.
import {languageTagProblem} from './language-tag.js'
import {z} from 'zod'

/** Text directions a book can declare. */
export const directions = ['ltr', 'rtl'] as const

/** Page sizes the print layout knows, with their CSS `size` value. */
export const pageSizes = {
  A5: '148mm 210mm',
  A4: '210mm 297mm',
  Letter: '8.5in 11in',
  '6x9in': '6in 9in'
} as const

/** Chapter types a chapter's front matter may declare, mapped to EPUB `epub:type` values. */
export const chapterTypes = [
  'dedication',
  'foreword',
  'preface',
  'introduction',
  'prologue',
  'chapter',
  'appendix',
  'epilogue',
  'afterword',
  'acknowledgments',
  'bibliography',
  'glossary',
  'resources',
  'colophon',
  'part'
] as const

/** Rule severities, as in ESLint. */
export const severities = ['error', 'warn', 'off'] as const

const nonEmpty = z.string().trim().min(1, 'must not be empty')

/** ISBN-13 with a valid check digit; hyphens and spaces are allowed. */
export function isIsbn13(value: string): boolean {
  const digits = value.replace(/[-\s]/g, '')
  if (!/^97[89]\d{10}$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < 12; index++) {
    sum += Number(digits[index]) * (index % 2 === 0 ? 1 : 3)
  }

  return (10 - (sum % 10)) % 10 === Number(digits[12])
}

/** A person credited in the book: an author or a contributor. */
export const personSchema = z.strictObject({
  name: nonEmpty.describe('Name as it should be displayed.'),
  'file-as': nonEmpty.optional().describe('Sort form of the name, such as `Writer, Ada`.'),
  role: nonEmpty
    .optional()
    .describe('MARC relator code: `aut`, `aui` (foreword), `edt`, `ill`, `pht`, `trl`, `fnd` (funder), `ctb`…')
})

/** A contributor: a person whose role must be said, since a credit without one tells the reader nothing. */
const contributorSchema = personSchema.extend({
  role: nonEmpty.describe('MARC relator code: `aui` (foreword), `edt`, `ill`, `pht`, `trl`, `fnd` (funder), `ctb`…')
})

const pageSchema = z.strictObject({
  size: z.enum(Object.keys(pageSizes) as [keyof typeof pageSizes]).default('A5').describe('Page size of the PDF.'),
  'chapter-start': z
    .enum(['any', 'right'])
    .default('any')
    .describe('`right` opens every chapter on a right-hand page, for print.'),
  notes: z
    .enum(['footnotes', 'endnotes'])
    .default('footnotes')
    .describe('Where the PDF prints notes: at the foot of the page that refers to them, or (`endnotes`) at the end of their chapter.')
})

const imageCreditSchema = z.strictObject({
  images: z.array(nonEmpty).min(1).describe('Image paths or globs (`images/*.svg`), relative to the manuscript.'),
  creator: nonEmpty.describe('Who made the images.'),
  license: nonEmpty.describe('SPDX licence expression, or a statement such as `All rights reserved`.'),
  source: z.url().optional().describe('Where the images come from.')
})

/** A chapter as `book.yaml` lists it: a file, a file with sub-chapters, or a part grouping chapters. */
export type ChapterEntry = string | {file: string; chapters?: ChapterEntry[] | undefined} | {part: string; file?: string | undefined; chapters: ChapterEntry[]}

/**
 * One entry of a `chapters` list. Recursive, so sub-chapters nest to any depth; a plain string is a
 * chapter as before, so existing books read unchanged.
 */
const chapterEntrySchema: z.ZodType<ChapterEntry> = z.lazy(() =>
  z.union([
    nonEmpty.describe('A chapter file.'),
    z
      .strictObject({
        file: nonEmpty.describe('The chapter file.'),
        chapters: z.array(chapterEntrySchema).optional().describe('Its sub-chapters, in reading order.')
      })
      .describe('A chapter with sub-chapters.'),
    z
      .strictObject({
        part: nonEmpty.describe("The part's title."),
        file: nonEmpty.optional().describe('A page of its own that opens the part (its part title page).'),
        chapters: z.array(chapterEntrySchema).min(1, 'a part needs at least one chapter').describe('The chapters of the part.')
      })
      .describe('A part: a title over a group of chapters.')
  ], {error: 'must be a chapter file, `{file, chapters}` or `{part, chapters, file?}`'})
).meta({id: 'chapter-entry', description: 'A chapter file, a chapter with sub-chapters `{file, chapters}`, or a part `{part, chapters, file?}`.'})

const chaptersSchema = z.strictObject({
  front: z.array(chapterEntrySchema).default([]).describe('Front matter: foreword, preface…'),
  body: z.array(chapterEntrySchema).min(1, 'a book needs at least one body chapter').describe('The chapters, sub-chapters (`{file, chapters}`) and parts (`{part, file?, chapters}`).'),
  back: z.array(chapterEntrySchema).default([]).describe('Back matter: appendices, resources, acknowledgements…')
})

/** The schema of `book.yaml`. */
export const bookSchema = z.strictObject({
  title: nonEmpty.describe("The book's title."),
  subtitle: nonEmpty.optional().describe('Subtitle.'),
  language: nonEmpty
    .superRefine((value, context) => {
      const problem = languageTagProblem(value)
      if (problem) context.addIssue({code: 'custom', message: problem})
    })
    .describe('BCP 47 language tag of a language in ISO 639 (`en-GB`, `ar`, `ja`).'),
  direction: z.enum(directions).optional().describe('Text direction; defaults from the language.'),
  identifier: z
    .string()
    .regex(/^urn:uuid:[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i, 'must be `urn:uuid:` and a UUID')
    .describe('Unique, fixed identifier of the book.'),
  isbn: z.string().refine(isIsbn13, 'must be an ISBN-13 with a valid check digit').optional().describe('ISBN-13.'),
  authors: z.array(personSchema).default([]).describe('Authors (role `aut` unless given).'),
  contributors: z.array(contributorSchema).default([]).describe('Other contributors, each with a MARC relator role.'),
  publisher: nonEmpty.optional().describe('Publisher.'),
  date: z.iso.date('must be a date as `YYYY-MM-DD`').describe('Publication date.'),
  edition: nonEmpty.optional().describe('Edition statement.'),
  rights: nonEmpty.optional().describe('Rights statement.'),
  license: nonEmpty.optional().describe('SPDX licence expression.'),
  description: nonEmpty.optional().describe('Description of the book.'),
  subjects: z.array(nonEmpty).default([]).describe('Subjects or keywords.'),
  series: z
    .strictObject({name: nonEmpty, position: z.number().int().positive().optional()})
    .optional()
    .describe('The series the book belongs to.'),
  cover: nonEmpty.optional().describe('Cover image, relative to the manuscript.'),
  variables: z
    .record(z.string().regex(/^[A-Za-z_]\w*$/, 'must be a name of letters, digits and `_`'), z.union([z.string(), z.number()]).transform(String))
    .default({})
    .describe('Values of GitBook/HonKit `{{ book.name }}` variables in the chapters; `colophon import` copies them from `book.json`.'),
  'project-root': z
    .string()
    .regex(/^\.\.(?:\/\.\.)*\/?$/, 'must be `..`, `../..` and so on: a folder that holds the manuscript')
    .optional()
    .describe('Folder above the manuscript that includes (`{{#include ../../examples/x.rs}}`) may read from, such as the repository of a guide; by default only the manuscript folder.'),
  page: pageSchema.prefault({}).describe('Print layout.'),
  'toc-depth': z.number().int().min(1).max(3).default(2).describe('Heading depth of the contents.'),
  chapters: chaptersSchema.describe('Chapter files in reading order.'),
  exclude: z
    .array(nonEmpty)
    .default([])
    .describe('Markdown files in the manuscript that are not chapters (includes, notes, a `SUMMARY.md`): paths or globs such as `drafts/**`.'),
  numbering: z
    .enum(['chapters', 'none'])
    .default('chapters')
    .describe('`chapters` numbers the top-level body chapters 1…N (not sub-chapters, nor a book whose titles carry their own numbers); `none` numbers nothing.'),
  'image-credits': z.array(imageCreditSchema).default([]).describe('Credits and licences of images.'),
  links: z
    .strictObject({
      'check-external': z.boolean().default(false).describe('Check external links on every check or build.'),
      skip: z.array(nonEmpty).default([]).describe('URL patterns (`*` wildcards) never checked.')
    })
    .prefault({})
    .describe('External link checking.'),
  checks: z.record(z.string(), z.enum(severities)).default({}).describe('Rule severities by rule id.')
})

/** A validated `book.yaml`. */
export type BookConfig = z.infer<typeof bookSchema>

/** A person in a validated `book.yaml`. */
export type Person = z.infer<typeof personSchema>

/** A chapter type. */
export type ChapterType = (typeof chapterTypes)[number]

/** A rule severity. */
export type Severity = (typeof severities)[number]

/** The schema of a chapter's YAML front matter. */
export const frontMatterSchema = z.strictObject({
  title: nonEmpty.optional().describe('Chapter title; defaults to the first heading, whatever its level.'),
  type: z.enum(chapterTypes).optional().describe('Kind of chapter.'),
  contributors: z.array(contributorSchema).default([]).describe('People credited for this chapter, each with a MARC relator role.')
})

/** Validated chapter front matter. */
export type FrontMatter = z.infer<typeof frontMatterSchema>
