// Refuses SVG images that could run script, load something from outside the book or expand entities.

/** Elements an SVG image in a book must not have: script, embedded HTML, and animation that can rewrite links. */
const forbiddenElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'set', 'animate', 'animatemotion'])

/**
 * Find the first reason `text` is not safe to put in a book, reading it as XML without a DTD.
 *
 * The checks are deliberately strict (no parser that could be talked out of them): any `<!ENTITY`
 * (external entities and "billion laughs"), any `xml-stylesheet` instruction, `script` and
 * `foreignObject` elements (in any namespace prefix), `on…` event attributes, `href`/`xlink:href`
 * to anything but a fragment of the same file or a raster `data:` image, and `url(…)` or `@import`
 * pointing outside the file, in `style` elements or attributes. Readers and Chrome fetch such
 * references when rendering (CVE-2020-7740 was Chrome fetching internal addresses for a renderer).
 *
 * @param text - The SVG file as text.
 * @returns What is wrong, with its line, or `undefined` when the SVG is safe.
 */
export function inspectSvg(text: string): string | undefined {
  const at = (index: number): string => `line ${text.slice(0, index).split('\n').length}`
  if (/<!ENTITY/i.test(text)) return `declares an entity (\`<!ENTITY\`) at ${at(text.search(/<!ENTITY/i))}`
  const stylesheet = /<\?xml-stylesheet/i.exec(text)
  if (stylesheet) return `loads a style sheet (\`<?xml-stylesheet\`) at ${at(stylesheet.index)}`

  let styleDepth = 0
  // No alternative can run past the next `<`, so a malformed file is still read in linear time.
  const tokens = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<!DOCTYPE[^>]*>|<\?[\s\S]*?(?:\?>|$)|<(\/?)([^\s/<>]+)((?:[^<>"']|"[^<"]*"|'[^<']*')*)>|([^<]+)/gi
  for (const token of text.matchAll(tokens)) {
    const index = token.index ?? 0
    const [whole, cdata, closing, rawName, attributes, plain] = token
    const content = cdata ?? plain
    if (content !== undefined) {
      if (styleDepth > 0) {
        const problem = inspectCss(decodeEntities(content))
        if (problem) return `${problem} in a \`<style>\` element at ${at(index)}`
      }

      continue
    }

    if (rawName === undefined || whole.startsWith('<!') || whole.startsWith('<?')) continue
    const name = (rawName.split(':').pop() ?? rawName).toLowerCase()
    if (name === 'style') {
      if (closing) styleDepth = Math.max(0, styleDepth - 1)
      else if (!/\/\s*$/.test(attributes ?? '')) styleDepth++
    }

    if (closing) continue
    if (forbiddenElements.has(name)) return `has a \`<${rawName}>\` element at ${at(index)}`
    for (const attribute of (attributes ?? '').matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const attributeName = (attribute[1] ?? '').toLowerCase()
      const value = decodeEntities(attribute[2] ?? attribute[3] ?? '')
      const local = attributeName.split(':').pop() ?? attributeName
      if (local.startsWith('on')) return `has an event handler \`${attribute[1]}\` at ${at(index)}`
      if ((local === 'href' || local === 'src') && !isInternalReference(value)) {
        return `refers to \`${value.slice(0, 80)}\` (\`${attribute[1]}\`) at ${at(index)}`
      }

      const problem = inspectCss(value)
      if (problem) return `${problem} in \`${attribute[1]}\` at ${at(index)}`
    }
  }

  return undefined
}

/** A reference an SVG may keep: a fragment of itself or an embedded raster image. */
function isInternalReference(value: string): boolean {
  const trimmed = value.trim()
  return trimmed.startsWith('#') || /^data:image\/(?:png|jpeg|gif|webp)[;,]/i.test(trimmed)
}

/** `@import` anywhere, or a `url(…)` that is not a fragment or a raster `data:` image. */
function inspectCss(css: string): string | undefined {
  const unescaped = css.replace(/\\([0-9a-f]{1,6})\s?/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
  if (/@import/i.test(unescaped)) return 'imports a style sheet (`@import`)'
  for (const match of unescaped.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)) {
    if (!isInternalReference(match[2] ?? '')) return `refers to \`${(match[2] ?? '').slice(0, 80)}\` with \`url()\``
  }

  return undefined
}

/** Decode the five XML entities and numeric character references (no DTD entities exist here). */
function decodeEntities(value: string): string {
  const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));?/gi, (_match, hex?: string, decimal?: string, name?: string) => {
    if (name) return named[name.toLowerCase()] ?? ''
    const code = hex ? Number.parseInt(hex, 16) : Number(decimal)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
  })
}
