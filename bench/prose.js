// Deterministic English-like prose for the benchmark books: a seeded PRNG, Zipf-weighted words, sentences and paragraphs.

/**
 * A seeded pseudo-random generator (mulberry32): the same seed always gives the same book.
 *
 * @param {number} seed - 32-bit seed.
 * @returns {() => number} A function returning floats in [0, 1).
 */
export function createRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Common words first, so a Zipf weighting over the list gives a plausible word frequency.
const words = `the of and to a in is that for it as was with be by on not he this are or his from at which but
have an they you were her she there one all we their can has been if more when will would who so no what up out
about into than them only other time new some could these two may first then do any like my now over such our man
me even most made after also did many before must through back years where much your way well down should because
each just those people how too little state good very make world still own see men work long get here between both
life being under never day same another know while last might us great old year off come since against go came right
used take three practice clinician client service team record consent privacy boundary policy message platform post
comment account profile support recovery community group peer session therapy care risk safety review supervision
colleague manager guidance principle standard evidence example question answer reason purpose choice decision
writing reading language meaning picture story history chapter section figure table number page paper letter note
careful clear open honest quiet simple difficult useful public private personal professional local national digital
written spoken shared kept agreed asked offered noticed changed learned explained described considered remembered
often rarely usually always sometimes perhaps certainly probably clearly simply quickly slowly together apart
morning evening weekend hospital clinic office home street city town village country region family friend parent
child teacher student nurse doctor worker volunteer writer reader editor author publisher library archive museum`
  .split(/\s+/)
  .filter(Boolean)

const cumulative = []
let total = 0
for (let index = 0; index < words.length; index++) {
  total += 1 / (index + 1) ** 0.9
  cumulative.push(total)
}

/**
 * Pick a word, common words more often.
 *
 * @param {() => number} random - The PRNG.
 * @returns {string} A word.
 */
export function word(random) {
  const target = random() * total
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (cumulative[middle] < target) low = middle + 1
    else high = middle
  }

  return words[low]
}

/**
 * Pick an integer in [min, max].
 *
 * @param {() => number} random - The PRNG.
 * @param {number} min - Smallest value.
 * @param {number} max - Largest value.
 * @returns {number} The integer.
 */
export function between(random, min, max) {
  return min + Math.floor(random() * (max - min + 1))
}

/**
 * A sentence of 6–26 words with an occasional comma.
 *
 * @param {() => number} random - The PRNG.
 * @returns {{text: string, count: number}} The sentence and its word count.
 */
export function sentence(random) {
  const count = between(random, 6, 26)
  const parts = []
  for (let index = 0; index < count; index++) {
    let next = word(random)
    if (index > 2 && index < count - 2 && random() < 0.07) next += ','
    parts.push(next)
  }

  const text = parts.join(' ')
  return {text: text[0].toUpperCase() + text.slice(1) + (random() < 0.08 ? '?' : '.'), count}
}

/**
 * Title-case words for headings, unique inside one chapter so their slugs are predictable.
 *
 * @param {() => number} random - The PRNG.
 * @param {Set<string>} taken - Titles already used in the chapter.
 * @returns {string} The title.
 */
export function title(random, taken) {
  for (;;) {
    const parts = []
    const count = between(random, 2, 5)
    for (let index = 0; index < count; index++) parts.push(word(random))
    const text = parts.join(' ')
    const candidate = text[0].toUpperCase() + text.slice(1)
    const slug = slugOf(candidate)
    if (!taken.has(slug)) {
      taken.add(slug)
      return candidate
    }
  }
}

/**
 * GitHub slug of a heading made of plain words (lower case, spaces to hyphens).
 *
 * @param {string} text - Heading text of letters and spaces.
 * @returns {string} The slug.
 */
export function slugOf(text) {
  return text.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')
}
