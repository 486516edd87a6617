// The XHTML content model (HTML Living Standard §4, as EPUBCheck's schemas check it) of the elements the sanitiser keeps, as data.

/** Elements that are phrasing content (HTML §3.2.5.2.5): they may stand in a paragraph (`rt` and `rp` only in a `ruby`). */
export const phrasing = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'input', 'ins', 'kbd', 'mark', 'q',
  'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'rt', 'rp', 'math', 'svg'
])

/** Elements of another namespace (MathML, SVG): phrasing, and their content is not HTML's to fit. */
export const foreign = new Set(['math', 'svg'])

/** Elements whose content is phrasing only; a block inside them is moved out or unwrapped. */
export const phrasingOnly = new Set([...phrasing, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'summary'])

/**
 * Elements whose content model is their parent's (HTML §3.2.5.3 transparent content): `<a>` holds
 * a table where a table may stand, but only phrasing inside a paragraph.
 */
export const transparent = new Set(['a', 'del', 'ins'])

/**
 * Phrasing-only elements that are split around a block rather than have the block unwrapped:
 * `<p>a<table>…</table>b</p>` becomes two paragraphs around the table. A heading, a summary or a
 * `pre` is one thing, so a block inside it is unwrapped into its text instead.
 */
export const splittable = new Set([...phrasing, 'p'])

/** Elements that only stand inside a given parent, and the parents that may hold them. */
export const requiredParent: Record<string, readonly string[]> = {
  li: ['ul', 'ol'],
  dt: ['dl'],
  dd: ['dl'],
  tr: ['table', 'thead', 'tbody', 'tfoot'],
  td: ['tr'],
  th: ['tr'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  caption: ['table'],
  figcaption: ['figure'],
  summary: ['details'],
  rt: ['ruby'],
  rp: ['ruby']
}

/** Elements whose children are only certain elements (and white space); anything else is wrapped in the first. */
export const onlyChildren: Record<string, readonly string[]> = {
  ul: ['li'],
  ol: ['li'],
  dl: ['dt', 'dd'],
  table: ['caption', 'thead', 'tbody', 'tfoot', 'tr'],
  thead: ['tr'],
  tbody: ['tr'],
  tfoot: ['tr'],
  tr: ['td', 'th']
}

/** Obsolete elements (HTML §16.2) and the conforming element that takes their place. */
export const renamed: Record<string, string> = {strike: 's', tt: 'code', big: 'span', font: 'span', center: 'div', acronym: 'abbr'}

/**
 * Attributes every element may have, as hast property names (`className`, `ariaLabel`);
 * `aria*` and `data*` properties are global too.
 */
export const globalAttributes = new Set(['id', 'className', 'lang', 'dir', 'title', 'role', 'hidden', 'tabIndex', 'accessKey', 'style', 'xmlLang'])

/** Attributes conforming on each element besides the global ones (HTML §4, per element). */
export const elementAttributes: Record<string, readonly string[]> = {
  a: ['href', 'hrefLang'],
  img: ['src', 'alt', 'width', 'height', 'isMap'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colSpan', 'rowSpan', 'headers'],
  th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  details: ['open'],
  input: ['type', 'checked', 'disabled', 'name', 'value'],
  section: ['dataFootnotes']
}

/** Attributes whose value must be a non-negative integer (HTML §2.3.4.2), and the least value each takes. */
export const integerAttributes: Record<string, number> = {width: 0, height: 0, colSpan: 1, rowSpan: 0, start: -Infinity, value: -Infinity, tabIndex: -Infinity}

/** Attributes with a fixed set of values, and those values. */
export const enumeratedAttributes: Record<string, readonly string[]> = {
  dir: ['ltr', 'rtl', 'auto'],
  scope: ['row', 'col', 'rowgroup', 'colgroup'],
  type: ['checkbox', '1', 'a', 'A', 'i', 'I']
}
