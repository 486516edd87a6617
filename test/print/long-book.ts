// Test helper: writes a long book (40 chapters, 200+ A5 pages, notes in most chapters, tables and figures) from a fixed seed, so every run prints the same.
import {writeManuscript} from '../helpers/manuscript.js'

const words = (
  'practice client session boundary record team service online community privacy consent risk support recovery ' +
  'supervision policy guidance review platform message account profile network trust care plan note contact ' +
  'the a of and to in for with on that is was it as by from at which this be are or an their its'
).split(' ')

/** Mulberry32: a small deterministic PRNG, so the book is the same on every run. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** A five-row table of words, its header included. */
function table(index: number, pick: () => string): string {
  const rows = Array.from({length: 4}, (_, row) => `| ${index}.${row + 1} | ${pick()} ${pick()} | ${pick()} ${pick()} ${pick()} |`)
  return ['| Term | Meaning | In practice |', '| --- | --- | --- |', ...rows].join('\n')
}

/**
 * Write the long book into a temporary folder.
 *
 * @param chapters - Number of body chapters.
 * @param seed - PRNG seed.
 * @returns The manuscript folder and the chapter titles.
 */
export function writeLongBook(chapters = 40, seed = 20261101): {manuscript: string; titles: string[]} {
  const next = random(seed)
  const pick = () => words[Math.floor(next() * words.length)] as string
  const sentence = () => {
    const text = Array.from({length: 8 + Math.floor(next() * 14)}, pick).join(' ')
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`
  }

  const files: Record<string, string> = {}
  const titles: string[] = []
  for (let index = 1; index <= chapters; index++) {
    // About one paragraph in four ends with a note, one to three sentences long, so pages carry
    // note areas of different heights and some references fall near a page's foot.
    const notes: string[] = []
    const paragraph = () => {
      const text = Array.from({length: 3 + Math.floor(next() * 4)}, sentence).join(' ')
      if (next() >= 0.25) return text
      notes.push(`Source ${index}.${notes.length + 1}: ${Array.from({length: 1 + Math.floor(next() * 3)}, sentence).join(' ')}`)
      return `${text}[^n${index}-${notes.length}]`
    }

    const title = `Chapter title ${index}: ${pick()} and ${pick()}`
    titles.push(title)
    const parts = [`# ${title}`, paragraph()]
    for (let section = 1; section <= 4; section++) {
      parts.push(`## Section ${index}.${section} on ${pick()}`)
      for (let count = 0; count < 4; count++) parts.push(paragraph())
      if (section === 2) parts.push(`### A closer look at ${pick()}`, paragraph(), paragraph())
      // A captioned table in every third chapter and a figure in every fourth, wherever the
      // text puts them on the page, so that keeping them whole is tested at many page positions.
      if (section === 3 && index % 3 === 0) parts.push(table(index, pick), `Table: Terms of chapter ${index} {#tbl-terms-${index}}`, paragraph())
      if (section === 1 && index % 4 === 0) parts.push(`![A grey panel with a circle in it, standing for chapter ${index}.](images/panel.svg "Panel of chapter ${index}")`, paragraph())
    }

    // Ids unique across the book, so a test can find each note by its id alone.
    parts.push(...notes.map((note, number) => `[^n${index}-${number + 1}]: ${note}`))
    files[`${String(index).padStart(2, '0')}.md`] = parts.join('\n\n') + '\n'
  }

  const list = Object.keys(files).map((name) => `    - ${name}`).join('\n')
  files['images/panel.svg'] = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="240" viewBox="0 0 400 240"><rect width="400" height="240" fill="#ddd"/><circle cx="200" cy="120" r="80" fill="#888"/></svg>\n'
  files['book.yaml'] = `title: The Long Book
language: en-GB
identifier: urn:uuid:5a0b7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d
date: 2026-11-01
authors:
  - name: Ada Writer
rights: © 2026 Ada Writer
license: CC-BY-4.0
toc-depth: 2
chapters:
  body:
${list}
image-credits:
  - images: [images/panel.svg]
    creator: Ada Writer
    license: CC-BY-4.0
`
  return {manuscript: writeManuscript(files), titles}
}
