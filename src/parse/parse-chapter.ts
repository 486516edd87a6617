// Stage 2, parse: one chapter's Markdown → mdast → hast with unified; chapters parse independently.
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot, Yaml} from 'mdast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {parseYaml} from '../config/parse-yaml.js'
import {frontMatterSchema, type FrontMatter} from '../config/schema.js'
import {validateYaml} from '../config/validate-yaml.js'
import {addMessage} from '../report/message.js'
import {containerDirective} from './handlers/container-directive.js'
import {textDirective} from './handlers/text-directive.js'
import {sanitizeSchema} from './sanitize-schema.js'

/** A parsed chapter: its trees and front matter. */
export interface ParsedChapter {
  mdast: MdastRoot
  hast: HastRoot
  frontMatter: FrontMatter
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective)

/**
 * Parse `file` (its `value` is the Markdown) into mdast and hast.
 *
 * @param file - The chapter.
 * @param prefix - Prefix for generated ids (footnotes), unique per chapter.
 * @returns The trees and the front matter.
 */
export function parseChapter(file: VFile, prefix: string): ParsedChapter {
  checkFrontMatterFence(file)
  const mdast = markdown.runSync(markdown.parse(file), file) as MdastRoot
  const frontMatter = readFrontMatter(file, mdast)
  const html = unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: `${prefix}-`,
      handlers: {containerDirective, leafDirective: textDirective, textDirective}
    })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
  const hast = (html.runSync(mdast as never, file) as unknown) as HastRoot
  return {mdast, hast, frontMatter}
}

/** Front matter in another language (`---js`, `+++`) is never run or read: it is an error. */
function checkFrontMatterFence(file: VFile): void {
  const first = String(file.value).split('\n', 1)[0] ?? ''
  if (/^(-{3}\s*\S|\+{3}\s*$|;{3}\s*$)/.test(first)) {
    addMessage(file, `Only YAML front matter (\`---\`) is allowed, not \`${first.trim()}\``, {
      ruleId: 'config/front-matter',
      place: {line: 1, column: 1}
    })
  }
}

function readFrontMatter(file: VFile, mdast: MdastRoot): FrontMatter {
  const empty: FrontMatter = {contributors: []}
  const node = mdast.children[0]
  if (node?.type !== 'yaml') return empty
  const yaml = parseYaml(file, (node as Yaml).value, node.position?.start.line ?? 0)
  if (yaml.data === undefined) return empty
  return validateYaml(file, yaml, frontMatterSchema, 'front matter') ?? empty
}
