// Stage 2, parse: one chapter's Markdown → mdast → hast with unified; chapters parse independently.
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot, Yaml} from 'mdast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGemoji from 'remark-gemoji'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {EXIT, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {parseYaml} from '../config/parse-yaml.js'
import {frontMatterSchema, type FrontMatter} from '../config/schema.js'
import {validateYaml} from '../config/validate-yaml.js'
import {reportForbiddenTree} from '../load/forbidden-characters.js'
import {byteOffsetAt, sourceBytesOf} from '../load/read-text.js'
import {addMessage} from '../report/message.js'
import {findDeepNesting} from './check-nesting.js'
import {fillVariables, isKnownVariable} from './book-variables.js'
import {expandCodeIncludes} from './code-includes.js'
import {findUnprocessed} from './find-unprocessed.js'
import {fitContentModel} from './fit-content-model.js'
import {footnoteBackContent} from './footnote-back-content.js'
import {remarkHeadingAttributes} from './heading-attributes.js'
import {remarkImageAttributes} from './image-attributes.js'
import {remarkMystTargets} from './myst-targets.js'
import {remarkColonFences} from './colon-fences.js'
import {remarkCrossReferences} from './cross-references.js'
import {remarkMystAdmonitions} from './myst-admonitions.js'
import {remarkMystEpigraphs} from './myst-epigraphs.js'
import {remarkMystFigures} from './myst-figures.js'
import {containerDirective} from './handlers/container-directive.js'
import {leafDirective, textDirective} from './handlers/text-directive.js'
import {markdownFacts} from './markdown-facts.js'
import {remarkPandocMath} from './pandoc-math.js'
import {reportRemovals} from './report-removals.js'
import {sanitizeSchema} from './sanitize-schema.js'
import {unwrapUnknown} from './unwrap-unknown.js'

/** A parsed chapter: its trees and front matter. */
export interface ParsedChapter {
  /** Only the Markdown nodes later stages read (see {@link markdownFacts}). */
  mdast: MdastRoot
  hast: HastRoot
  frontMatter: FrontMatter
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).use(remarkColonFences).use(remarkMystAdmonitions).use(remarkMystFigures).use(remarkMystEpigraphs).use(remarkPandocMath).use(remarkHeadingAttributes).use(remarkImageAttributes).use(remarkMystTargets).use(remarkCrossReferences).use(remarkGemoji)

/**
 * Parse `file` (its `value` is the Markdown) into mdast and hast.
 *
 * @param file - The chapter.
 * @param prefix - Prefix for generated ids (footnotes), unique per chapter.
 * @param options - `includeRoot`: real path of the folder mdBook includes may read from (none are read without it);
 *   `read`: filled with the files they read; `variables`: values of `{{ book.name }}`.
 * @returns The trees and the front matter.
 */
export function parseChapter(file: VFile, prefix: string, options: {includeRoot?: string | undefined; read?: Map<string, string | undefined>; variables?: Readonly<Record<string, string>> | undefined} = {}): ParsedChapter {
  // A chapter too deep to parse stands in as its title only, so no other message piles onto the real one.
  const title: HastRoot['children'] = [{type: 'element', tagName: 'h1', properties: {}, children: [{type: 'text', value: prefix}]}]
  const empty: ParsedChapter = {mdast: {type: 'root', children: []}, hast: {type: 'root', children: title}, frontMatter: {contributors: []}}
  checkFrontMatterFence(file)
  if (!checkNesting(file)) return empty
  try {
    const mdast = markdown.runSync(markdown.parse(file), file) as MdastRoot
    const frontMatter = readFrontMatter(file, mdast)
    // Other tools' includes, templates and citations stay as written; the rules say where they are.
    // mdBook includes in code blocks are filled in; those found there are no longer "unprocessed".
    const included = options.includeRoot === undefined ? new Set<number>() : expandCodeIncludes(file, mdast, options.includeRoot, options.read)
    const variables = options.variables ?? {}
    fillVariables(mdast, variables)
    const unprocessed = findUnprocessed(String(file.value), mdast).filter(
      (item) => !(item.tool === 'mdBook' && included.has(item.offset)) && !(item.tool === 'GitBook' && item.kind === 'variable' && isKnownVariable(item.text, variables))
    )
    if (unprocessed.length > 0) file.data.unprocessed = unprocessed
    const html = unified().use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: `${prefix}-`,
      footnoteBackContent,
      handlers: {containerDirective, leafDirective, textDirective}
    })
    // rehype-raw re-parses the whole tree through parse5 (~15 % of parsing); a chapter without raw
    // HTML has nothing for it to do, so only chapters with `html` nodes pay for it.
    const rawHtml = hasRawHtml(mdast)
    if (rawHtml) html.use(rehypeRaw)
    const raw = (html.runSync(mdast as never, file) as unknown) as HastRoot
    // Custom elements only come from raw HTML; left to the sanitiser they would lose their captions.
    if (rawHtml) unwrapUnknown(raw, file)
    // Sanitising builds a new tree, so the raw one is still there to tell what was removed.
    const hast = (sanitizer.runSync(raw, file) as unknown) as HastRoot
    reportRemovals(raw, hast, file)
    // Before fitting, which may unwrap an element and its attributes with it.
    reportForbiddenTree(hast, file)
    fitContentModel(hast, file)
    return {mdast: markdownFacts(mdast), hast, frontMatter}
  } catch (error) {
    // A nesting the pre-check did not foresee: fail this chapter clearly rather than the whole run.
    if (!(error instanceof RangeError)) throw error
    addMessage(file, 'Chapter is nested too deeply to parse; flatten its lists, quotes or HTML', {
      ruleId: 'parse/too-deep',
      place: {line: 1, column: 1, offset: 0}
    })
    return empty
  }
}

/** Whether the Markdown holds raw HTML (block or inline `html` nodes). */
function hasRawHtml(tree: MdastRoot): boolean {
  let found = false
  visit(tree, 'html', () => {
    found = true
    return EXIT
  })
  return found
}

const sanitizer = unified().use(rehypeSanitize, sanitizeSchema)

/** Refuse nesting so deep that parsing would take unbounded time or overflow the stack; `true` when fine. */
function checkNesting(file: VFile): boolean {
  const deep = findDeepNesting(String(file.value))
  if (!deep) return true
  const offset = byteOffsetAt(sourceBytesOf(file), deep.line, deep.column)
  addMessage(file, `${deep.kind} is nested deeper than ${deep.limit} levels at byte ${offset}; flatten it`, {
    ruleId: 'parse/too-deep',
    place: {line: deep.line, column: deep.column, offset}
  })
  return false
}

/**
 * Front matter in another language (`---js`, `---javascript`, `+++` TOML, `;;;` JSON) is never run or
 * read: it is an error. md-to-pdf evaluated `---js` front matter as
 * code (CVE-2021-23639) and `---javascript` bypassed its 2025 fix. The parser only knows `---` YAML,
 * so the rest of such a block is read as ordinary Markdown text, never evaluated.
 */
function checkFrontMatterFence(file: VFile): void {
  const first = String(file.value).split('\n', 1)[0] ?? ''
  if (!/^(-{3}\s*\S|\+{3}\s*$|;{3}\s*$)/.test(first)) return
  addMessage(file, `Only YAML front matter (\`---\`) is allowed, not \`${first.trim().slice(0, 40)}\``, {
    ruleId: 'config/front-matter',
    place: {line: 1, column: 1}
  })
}

function readFrontMatter(file: VFile, mdast: MdastRoot): FrontMatter {
  const empty: FrontMatter = {contributors: []}
  const node = mdast.children[0]
  if (node?.type !== 'yaml') return empty
  const yaml = parseYaml(file, (node as Yaml).value, node.position?.start.line ?? 0)
  if (yaml.data === undefined) return empty
  // Front matter is often written for other tools too (Quarto's `format`, MyST's `kernelspec`): their keys are no fault.
  return validateYaml(file, yaml, frontMatterSchema, 'front matter', {unknownKeys: 'warn'}) ?? empty
}
