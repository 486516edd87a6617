// Brings a sanitised chapter into the XHTML content model: blocks out of paragraphs, list items into lists, conforming attributes, with a warning for each change.
import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {addMessage} from '../report/message.js'
import {foreign, onlyChildren, phrasing, phrasingOnly, renamed, requiredParent, splittable, transparent} from './content-model.js'
import {fitAttributes, htmlRewrittenRule} from './fit-attributes.js'

/** What the walk carries down. */
interface Walk {
  file: VFile
  /** Inside an `<a>`: a nested link is unwrapped (links cannot nest, HTML §4.5.1). */
  inLink: boolean
  /** Blocks already reported as moved, so a block that splits a `<em>` and then its `<p>` is named once. */
  moved: WeakSet<Element>
  /** Lists made around stray items, so the next stray item joins the same list. */
  made: WeakSet<Element>
  /** Place of the closest element with one: the HTML parser makes elements of its own (an empty `<p>` for a stray `</p>`). */
  place?: Position | undefined
}

/** Where an element stands: flow content, or phrasing content only. */
type Context = 'flow' | 'phrasing'

/** The element that holds a stray list item, term or description, when it stands where flow content may. */
const wrapper: Record<string, string> = {li: 'ul', dt: 'dl', dd: 'dl'}

/** What a stray element becomes: a caption or summary keeps its text as a paragraph (or a span in phrasing). */
const stands: Record<string, [flow: string, phrasing: string]> = {figcaption: ['div', 'span'], summary: ['p', 'span'], caption: ['p', 'span']}

/**
 * Rewrite `tree` in place so that it is valid XHTML whatever raw HTML the author wrote:
 *
 * - a block inside a paragraph or inline element splits it (`<p>a<table/>b</p>` → `<p>a</p><table/><p>b</p>`);
 *   inside a heading, summary or `pre` the block is unwrapped, keeping its text;
 * - a list item, term or description outside its list is wrapped in one (`ul`, `dl`); table parts,
 *   ruby text and captions outside theirs are unwrapped or become paragraphs;
 * - a list or table holds only its items or rows: anything else is wrapped in one;
 * - a link inside a link is unwrapped; obsolete `<tt>` and `<strike>` become `<code>` and `<s>`;
 *   a `details` whose first child is not its `summary` becomes a `div`;
 * - attributes are made conforming by {@link fitAttributes}.
 *
 * Every change is a `html/rewritten` warning at the element's place. Elements without a place were
 * made by Colophon's handlers, which write valid markup; they are fitted the same way all the same.
 *
 * @param tree - A sanitised chapter.
 * @param file - The chapter, for the warnings.
 */
export function fitContentModel(tree: Root, file: VFile): void {
  const walk: Walk = {file, inLink: false, moved: new WeakSet(), made: new WeakSet()}
  tree.children = fitChildren(tree.children as ElementContent[], 'flow', '', walk) as RootContent[]
}

/** Fit each child for a parent named `parent` whose content is `context`. */
function fitChildren(children: ElementContent[], context: Context, parent: string, walk: Walk): ElementContent[] {
  return restrict(join(children.flatMap((child) => fitNode(child, context, parent, walk)), walk), parent, walk)
}

/** Join lists made around neighbouring stray items (`<li>a</li> <li>b</li>`) into one list. */
function join(children: ElementContent[], walk: Walk): ElementContent[] {
  const result: ElementContent[] = []
  for (const child of children) {
    if (child.type === 'element' && walk.made.has(child)) {
      // Only white space may stand between the two lists.
      let index = result.length - 1
      while (index >= 0 && result[index]?.type === 'text' && (result[index] as {value: string}).value.trim() === '') index--
      const last = result[index]
      if (last?.type === 'element' && walk.made.has(last) && last.tagName === child.tagName) {
        last.children.push(...child.children)
        result.length = index + 1
        continue
      }
    }

    result.push(child)
  }

  return result
}

/** Fit one node; a node may become several (a split paragraph) or none. */
function fitNode(node: ElementContent, context: Context, parent: string, walk: Walk): ElementContent[] {
  if (node.type !== 'element') return [node]
  const name = renamed[node.tagName]
  if (name) {
    warn(walk, node, `Replaced obsolete \`<${node.tagName}>\` with \`<${name}>\``)
    node.tagName = name
  }

  // MathML and SVG have content models of their own; the sanitiser decides what of them stays.
  if (foreign.has(node.tagName)) return [node]
  fitAttributes(node, walk.file)
  const parents = requiredParent[node.tagName]
  if (parents && !parents.includes(parent)) return misplaced(node, parents, context, parent, walk)
  if (node.tagName === 'a' && walk.inLink) {
    warn(walk, node, 'Unwrapped `<a>` inside `<a>`, keeping its text; links cannot nest')
    return node.children.flatMap((child) => fitNode(child, context, parent, walk))
  }

  const inner: Context = phrasingOnly.has(node.tagName) && !transparent.has(node.tagName) ? 'phrasing' : transparent.has(node.tagName) ? context : 'flow'
  node.children = fitChildren(node.children, inner, node.tagName, {...walk, inLink: walk.inLink || node.tagName === 'a', place: node.position ?? walk.place})
  if (node.tagName === 'details' && node.children.find((child) => child.type === 'element')?.tagName !== 'summary') {
    // EPUB's schema wants the summary (HTML §4.11.1 lets a browser make up "Details"; a book has no browser to).
    warn(walk, node, 'Replaced `<details>` without a `<summary>` first with `<div>`; give it a `<summary>` to keep it')
    node.tagName = 'div'
  }

  if (inner !== 'phrasing' || !node.children.some(isBlock)) return [node]
  if (splittable.has(node.tagName)) return split(node, walk)
  node.children = node.children.flatMap((child) => unwrapBlocks(child, node.tagName, walk))
  return [node]
}

/** An element outside the parent it needs: wrapped in one where flow content may stand, else unwrapped or renamed. */
function misplaced(node: Element, parents: readonly string[], context: Context, parent: string, walk: Walk): ElementContent[] {
  const where = parent === '' ? 'the chapter' : `\`<${parent}>\``
  const list = wrapper[node.tagName]
  if (list && context === 'flow') {
    warn(walk, node, `Wrapped \`<${node.tagName}>\` in \`<${list}>\`; it stands only in \`<${parents.join('>` or `<')}>\`, not in ${where}`)
    const made: Element = {type: 'element', tagName: list, properties: {}, children: [node]}
    walk.made.add(made)
    return fitNode(made, context, parent, walk)
  }

  const becomes = stands[node.tagName]
  if (becomes) {
    const tagName = context === 'flow' ? becomes[0] : becomes[1]
    warn(walk, node, `Replaced \`<${node.tagName}>\` in ${where} with \`<${tagName}>\`; it stands only in \`<${parents.join('>` or `<')}>\``)
    return fitNode({...node, tagName}, context, parent, walk)
  }

  warn(walk, node, `Unwrapped \`<${node.tagName}>\` in ${where}, keeping its content; it stands only in \`<${parents.join('>` or `<')}>\``)
  return node.children.flatMap((child) => fitNode(child, context, parent, walk))
}

/**
 * A list, definition list or table part holds only its own kind of children: each run of anything
 * else is wrapped in the first kind (`<li>`, `<dd>`, `<tr><td>`). A `summary` that is not the first
 * child of its `details`, and a `figcaption` that is neither first nor last in its `figure`, become
 * a paragraph and a `div`.
 */
function restrict(children: ElementContent[], parent: string, walk: Walk): ElementContent[] {
  if (parent === 'details' || parent === 'figure') return placeCaption(children, parent === 'details' ? 'summary' : 'figcaption', walk)
  const allowed = onlyChildren[parent]
  if (!allowed) return children
  const result: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = (): void => {
    if (run.some((node) => node.type !== 'text' || node.value.trim() !== '')) {
      const first = run.find((node): node is Element => node.type === 'element')
      if (first) warn(walk, first, `Wrapped \`<${first.tagName}>\` in \`<${wrapIn(parent)}>\`; \`<${parent}>\` holds only \`<${allowed.join('>`, `<')}>\``)
      else addMessage(walk.file, `Wrapped text in \`<${wrapIn(parent)}>\`; \`<${parent}>\` holds only \`<${allowed.join('>`, `<')}>\``, {ruleId: htmlRewrittenRule, severity: 'warn', place: run[0]?.position})
      result.push(wrapped(parent, run))
    } else result.push(...run.filter((node) => node.type === 'text'))
    run = []
  }

  for (const child of children) {
    if (child.type === 'element' && allowed.includes(child.tagName)) {
      flush()
      result.push(child)
    } else if (child.type !== 'comment') run.push(child)
  }

  flush()
  return result
}

/** The element a stray run is wrapped in, inside `parent`. */
function wrapIn(parent: string): string {
  return parent === 'dl' ? 'dd' : parent === 'ul' || parent === 'ol' ? 'li' : parent === 'tr' ? 'td' : 'tr'
}

/** `run` wrapped as a child of `parent` may hold it. */
function wrapped(parent: string, run: ElementContent[]): Element {
  const element = (tagName: string, children: ElementContent[]): Element => ({type: 'element', tagName, properties: {}, children})
  const inner = wrapIn(parent)
  return inner === 'tr' ? element('tr', [element('td', run)]) : element(inner, run)
}

/** Keep `summary` only as the first element, `figcaption` only as the first or last; others become a `p` or `div`. */
function placeCaption(children: ElementContent[], caption: string, walk: Walk): ElementContent[] {
  const elements = children.filter((node): node is Element => node.type === 'element')
  let kept = false
  for (const node of elements) {
    if (node.tagName !== caption) continue
    const first = node === elements[0]
    const fits = !kept && (first || (caption === 'figcaption' && node === elements.at(-1)))
    if (fits) kept = true
    else {
      const tagName = caption === 'summary' ? 'p' : 'div'
      warn(walk, node, `Replaced \`<${caption}>\` with \`<${tagName}>\`; only the ${caption === 'summary' ? 'first child' : 'first or last child'} of its parent may be one`)
      node.tagName = tagName
    }
  }

  return children
}

/** Split a phrasing element around the blocks in it: each run of phrasing content keeps a copy of the element. */
function split(node: Element, walk: Walk): ElementContent[] {
  const result: ElementContent[] = []
  let run: ElementContent[] = []
  let first = true
  const flush = (): void => {
    if (run.some((child) => child.type !== 'text' || child.value.trim() !== '')) {
      // Only the first part keeps the id, so ids stay unique.
      const {id, ...rest} = node.properties
      result.push({...node, properties: first ? node.properties : rest, children: run})
      first = false
    } else result.push(...run.filter((child) => child.type === 'text'))
    run = []
  }

  for (const child of node.children) {
    if (!isBlock(child)) {
      run.push(child)
      continue
    }

    flush()
    if (!walk.moved.has(child)) {
      walk.moved.add(child)
      warn(walk, child, `Moved \`<${child.tagName}>\` out of \`<${node.tagName}>\`, splitting it; \`<${node.tagName}>\` holds only phrasing content`)
    }

    result.push(child)
  }

  flush()
  return result
}

/** A block inside a heading, summary or `pre`: its content, blocks inside it unwrapped too; a rule (`hr`) goes. */
function unwrapBlocks(node: ElementContent, parent: string, walk: Walk): ElementContent[] {
  if (!isBlock(node)) return [node]
  // An empty block (the parser's `<p>` for a stray `</p>`) goes without a word: nothing of it is lost.
  if (!walk.moved.has(node) && node.children.length > 0) warn(walk, node, `Unwrapped \`<${node.tagName}>\` inside \`<${parent}>\`, keeping its text; \`<${parent}>\` holds only phrasing content`)
  walk.moved.add(node)
  return node.children.flatMap((child) => {
    if (child.type === 'element') walk.moved.add(child)
    return unwrapBlocks(child, parent, walk)
  })
}

/** Whether `node` is an element that phrasing content may not hold. */
function isBlock(node: ElementContent): node is Element {
  return node.type === 'element' && !phrasing.has(node.tagName)
}

/** A `html/rewritten` warning at `node`. */
function warn(walk: Walk, node: Element, reason: string): void {
  addMessage(walk.file, reason, {ruleId: htmlRewrittenRule, severity: 'warn', place: node.position ?? walk.place})
}
