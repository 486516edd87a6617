// Writes the synthetic benchmark books (S, M, L) deterministically: chapters, SVG images and a valid book.yaml.
import {mkdirSync, rmSync, writeFileSync, existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {between, createRandom, sentence, slugOf, title, word} from './prose.js'

/** The three books: chapter count and words per chapter. */
export const sizes = {
  S: {chapters: 10, words: 2000},
  M: {chapters: 40, words: 3750},
  L: {chapters: 200, words: 5000}
}

/** Bump when the generator changes, so an old book on disk is regenerated. */
const generatorVersion = 5

/**
 * Make the book `size` in `folder/manuscript` unless an identical one is already there.
 *
 * @param {'S'|'M'|'L'} size - Which book.
 * @param {string} folder - Folder for this size (`bench/.books/M`).
 * @returns {{manuscript: string, chapters: string[], words: number}} Where it is and what it holds.
 */
export function generateBook(size, folder) {
  const manuscript = path.join(folder, 'manuscript')
  const stamp = path.join(folder, 'generated.json')
  if (existsSync(stamp)) {
    const previous = JSON.parse(readFileSync(stamp, 'utf8'))
    if (previous.generatorVersion === generatorVersion) return previous.book
  }

  rmSync(folder, {recursive: true, force: true})
  mkdirSync(path.join(manuscript, 'images'), {recursive: true})
  const {chapters: count, words} = sizes[size]
  const random = createRandom(0xc0105 + count)
  const plans = []
  for (let index = 1; index <= count; index++) {
    const taken = new Set()
    const chapterTitle = title(random, taken)
    const sections = []
    for (let s = 0; s < Math.max(2, Math.round(words / 450)); s++) sections.push(title(random, taken))
    const name = `${String(index).padStart(3, '0')}-${slugOf(chapterTitle).split('-').slice(0, 3).join('-')}.md`
    plans.push({index, name, title: chapterTitle, sections})
  }

  let total = 0
  const images = []
  for (const plan of plans) {
    const {text, count: written, image} = chapterText(plan, plans, words, random)
    total += written
    writeFileSync(path.join(manuscript, plan.name), text)
    if (image) {
      images.push(image)
      writeFileSync(path.join(manuscript, 'images', image), svg(plan.index))
    }
  }

  writeFileSync(path.join(manuscript, 'book.yaml'), bookYaml(size, plans))
  const book = {manuscript, chapters: plans.map((plan) => plan.name), words: total, images: images.length}
  writeFileSync(stamp, JSON.stringify({generatorVersion, book}, null, 2))
  return book
}

/** One chapter's Markdown: headings, paragraphs, a table, a quotation, footnotes, links and maybe a figure. */
function chapterText(plan, plans, budget, random) {
  const out = [`# ${plan.title}`, '']
  const notes = []
  let count = 0
  let section = 0
  let paragraphs = 0
  let image
  const perSection = budget / plan.sections.length
  while (count < budget) {
    if (count >= section * perSection && section < plan.sections.length) {
      out.push(`${section > 0 && random() < 0.3 ? '###' : '##'} ${plan.sections[section]}`, '')
      section++
    }

    const {text, words} = paragraph(plan, plans, random, notes)
    out.push(text, '')
    count += words
    paragraphs++
    if (paragraphs === 4) out.push(...table(plan, random))
    if (paragraphs === 7) out.push(...quotation(random))
    if (paragraphs === 9 && plan.index % 3 === 1) {
      image = `figure-${plan.index}.svg`
      out.push(`![A diagram of ${word(random)} and ${word(random)} in chapter ${plan.index}](images/${image} "How ${word(random)} meets ${word(random)}")`, '')
    }

    if (paragraphs === 12 && plan.index % 2 === 0) {
      out.push(':::tip', sentence(random).text + ' ' + sentence(random).text, ':::', '')
    }
  }

  for (const [index, note] of notes.entries()) out.push(`[^${plan.index}-${index + 1}]: ${note}`, '')
  return {text: out.join('\n'), count, image}
}

/** A paragraph of 3–7 sentences with some inline markup, links and footnote references. */
function paragraph(plan, plans, random, notes) {
  const parts = []
  let words = 0
  const length = between(random, 3, 7)
  for (let index = 0; index < length; index++) {
    let {text, count} = sentence(random)
    words += count
    const roll = random()
    if (roll < 0.08) text = text.replace(/ (\w+) /, ' *$1* ')
    else if (roll < 0.12) text = text.replace(/ (\w+) /, ' **$1** ')
    else if (roll < 0.14) text = text.replace(/ (\w+) /, ' `$1` ')
    else if (roll < 0.2) {
      const target = plans[Math.floor(random() * plans.length)]
      const anchor = target.sections[Math.floor(random() * target.sections.length)]
      const href = target === plan ? `#${slugOf(anchor)}` : `${target.name}#${slugOf(anchor)}`
      text = text.replace(/\.$|\?$/, ` (see [${anchor.toLowerCase()}](${href})).`)
    } else if (roll < 0.22) {
      const target = plans[Math.floor(random() * plans.length)]
      if (target !== plan) text = text.replace(/\.$|\?$/, `, as [](${target.name}) shows.`)
    } else if (roll < 0.23) {
      const topic = word(random)
      text = text.replace(/\.$|\?$/, ` ([the ${topic} guidance](https://example.org/${topic})).`)
    } else if (roll < 0.29) {
      notes.push(sentence(random).text)
      text += `[^${plan.index}-${notes.length}]`
    }

    parts.push(text)
  }

  return {text: parts.join(' '), words}
}

function table(plan, random) {
  const rows = ['| Term | Count | Notes |', '| --- | ---: | --- |']
  for (let index = 0; index < between(random, 3, 6); index++) {
    rows.push(`| ${word(random)} ${word(random)} | ${between(random, 1, 999)} | ${sentence(random).text} |`)
  }

  return [...rows, '', `Table: How ${word(random)} compares {#tbl-c${plan.index}}`, '']
}

function quotation(random) {
  return [`> ${sentence(random).text} ${sentence(random).text}`, '>', `> — ${title(random, new Set())}, ${between(random, 1950, 2025)}`, '']
}

function svg(index) {
  const bars = [0, 1, 2, 3, 4].map((bar) => `<rect x="${20 + bar * 70}" y="${180 - ((index * 37 + bar * 53) % 140)}" width="50" height="${(index * 37 + bar * 53) % 140}" fill="#4a6fa5"/>`)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><title>Figure ${index}</title>${bars.join('')}</svg>\n`
}

function bookYaml(size, plans) {
  return `title: The ${size} Benchmark Book
language: en-GB
identifier: urn:uuid:0c0105b0-0000-4000-8000-00000000000${'SML'.indexOf(size)}
date: 2026-11-01
authors:
  - name: Bench Mark
rights: © 2026 Bench Mark
license: CC-BY-4.0
chapters:
  body:
${plans.map((plan) => `    - ${plan.name}`).join('\n')}
image-credits:
  - images: [images/*.svg]
    creator: Bench Mark
    license: CC-BY-4.0
links:
  check-external: false
`
}
