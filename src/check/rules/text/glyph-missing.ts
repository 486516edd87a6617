// Rule `text/glyph-missing`: every character the book prints has a glyph in a font the book embeds, so none prints as an empty box.
import type {Element, Nodes, Text} from 'hast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {Report, Rule} from '../../rule.js'
import {configPlace} from '../../yaml-places.js'
import {glyphPlan} from '../../../fonts/glyph-plan.js'

/** Elements set in the monospace font, as in `bookText`. */
const monospaceElements = new Set(['code', 'kbd', 'pre', 'samp'])

/** Chinese, Japanese and Korean characters, for which Colophon bundles no font (see docs/pdf.md). */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u

/** The first place of a missing character in a file, how often it occurs there and, for the CJK group, which characters. */
interface Found {
  place: Point | Position | undefined
  count: number
  chars: Set<string>
}

/** `text/glyph-missing` */
export const glyphMissing: Rule = {
  id: 'text/glyph-missing',
  description: 'Every character has a glyph in a font the book embeds (Literata, JetBrains Mono or a bundled fallback), so none prints as an empty box.',
  severity: 'warn',
  check(book, report, context) {
    const plan = glyphPlan(book, context.options.cacheDir)
    if (plan.missing.size === 0 && plan.missingInCode.size === 0) return
    for (const chapter of book.chapters) {
      const source = String(chapter.file.value ?? '')
      const found = new Map<number | 'cjk', Found>()
      const walk = (node: Nodes, inCode: boolean): void => {
        if (node.type === 'text') {
          // Text the build writes (the credits page) has no place the author could change.
          if (node.position) collect(found, node.value, inCode ? plan.missingInCode : plan.missing, (char) => placeOf(source, node, char))
        } else if (node.type === 'root' || node.type === 'element') {
          const nowCode = inCode || (node.type === 'element' && monospaceElements.has((node as Element).tagName))
          for (const child of node.children) walk(child, nowCode)
        }
      }

      walk(chapter.hast, false)
      reportFound(found, chapter.file, 'chapter', report)
    }

    // The title, authors, rights… print on the title and copyright pages.
    const found = new Map<number | 'cjk', Found>()
    const walkConfig = (value: unknown, keys: PropertyKey[]): void => {
      if (typeof value === 'string') collect(found, value, plan.missing, () => configPlace(book, keys))
      else if (Array.isArray(value)) for (const [index, item] of value.entries()) walkConfig(item, [...keys, index])
      else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walkConfig(item, [...keys, key])
    }

    walkConfig(book.config, [])
    reportFound(found, book.configFile, 'file', report)
  }
}

/** Add the characters of `text` that are in `missing` to `found`, each (and the CJK group) placed where first seen. */
function collect(found: Map<number | 'cjk', Found>, text: string, missing: ReadonlySet<number>, place: (char: string) => Found['place']): void {
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0
    if (!missing.has(point)) continue
    const key = cjk.test(char) ? 'cjk' : point
    const seen = found.get(key)
    if (seen) {
      seen.count++
      seen.chars.add(char)
    } else found.set(key, {place: place(char), count: 1, chars: new Set([char])})
  }
}

/** One message per character, and one for all the CJK characters, of a file. */
function reportFound(found: Map<number | 'cjk', Found>, file: VFile, unit: string, report: Report): void {
  for (const [key, {place, count, chars}] of found) {
    if (key === 'cjk') {
      // A book in Chinese, Japanese or Korean has thousands: one message per file says it all.
      const some = [...chars].slice(0, 3).map((char) => `\`${char}\``).join(', ')
      const others = chars.size > 3 ? ` and ${chars.size - 3} more` : ''
      report(file, `No font the book embeds has a glyph for Chinese, Japanese or Korean characters (${some}${others}): Colophon bundles no CJK font, so they print in a font of the printing machine or as empty boxes`, place)
      continue
    }

    const more = count > 1 ? ` (${count - 1} more in this ${unit})` : ''
    report(file, `No font the book embeds has a glyph for ${describe(key)}; it prints as an empty box or in a font of the printing machine${more}`, place)
  }
}

/**
 * `U+E000` with what kind of character it is, so the author can tell a typo from a script.
 *
 * @param point - The code point.
 * @returns Its description.
 */
function describe(point: number): string {
  const char = String.fromCodePoint(point)
  const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`
  if (/\p{Co}/u.test(char)) return `\`${code}\`, a private-use character that only a font of its own defines`
  if (/\p{Cn}/u.test(char)) return `\`${code}\`, a code point Unicode has not assigned`
  return `\`${char}\` (\`${code}\`), which none of the bundled fonts has`
}

/**
 * Where `char` of `node` is in `source`: the first place it is written literally inside the node's
 * span, else (written as an entity or escape) the node's start.
 */
function placeOf(source: string, node: Text, char: string): Point | undefined {
  const start = node.position?.start
  const end = node.position?.end
  if (!start || start.offset === undefined || end?.offset === undefined) return start
  const index = source.slice(start.offset, end.offset).indexOf(char)
  if (index < 0) return start
  const before = source.slice(start.offset, start.offset + index)
  const lastBreak = before.lastIndexOf('\n')
  const line = start.line + (before.match(/\n/g)?.length ?? 0)
  const column = lastBreak < 0 ? start.column + index : index - lastBreak
  return {line, column, offset: start.offset + index}
}
