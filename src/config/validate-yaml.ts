// Validates parsed YAML against a schema and reports each problem at its key, with "did you mean".
import type {VFile} from 'vfile'
import {reportForbiddenData} from '../load/forbidden-characters.js'
import type {z} from 'zod'
import {addMessage} from '../report/message.js'
import {didYouMean, didYouMeanText} from '../util/did-you-mean.js'
import {placeOf, type ParsedYaml} from './parse-yaml.js'

/** Options of {@link validateYaml}. */
export interface ValidateOptions {
  /**
   * `warn` for YAML that other tools share (chapter front matter written for Quarto or MyST):
   * an unknown key is a warning saying Colophon ignores it, not an error.
   */
  unknownKeys?: 'error' | 'warn'
}

/**
 * Validate `yaml` with `schema`, reporting every issue on `file` as `config/invalid`.
 *
 * Unknown keys are reported and then left out: when they are the only problem the rest of the data
 * is still returned, so a typo in one key does not hide every other problem of the book.
 *
 * @param file - File the YAML came from.
 * @param yaml - Parsed YAML.
 * @param schema - Schema to validate with.
 * @param what - Name of the thing, for messages (`book.yaml`, `front matter`).
 * @param options - How to report unknown keys.
 * @returns The valid data, or `undefined`.
 */
export function validateYaml<Schema extends z.ZodType>(
  file: VFile,
  yaml: ParsedYaml,
  schema: Schema,
  what: string,
  options: ValidateOptions = {}
): z.infer<Schema> | undefined {
  reportForbiddenData(file, yaml.data, (path) => placeOf(yaml, path))
  const result = schema.safeParse(yaml.data ?? {})
  if (result.success) return result.data

  const unknown: PropertyKey[][] = []
  let invalid = false
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[]
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, path)
      for (const key of issue.keys) {
        const name = [...path, key].join('.')
        const hint = didYouMeanText(didYouMean(key, known))
        unknown.push([...path, key])
        const reason = options.unknownKeys === 'warn' ? `Unknown key \`${name}\` in ${what}; Colophon ignores it${hint}` : `Unknown key \`${name}\` in ${what}${hint}`
        addMessage(file, reason, {ruleId: 'config/unknown-key', severity: options.unknownKeys ?? 'error', place: placeOf(yaml, [...path, key], true)})
      }

      continue
    }

    invalid = true

    const name = path.length > 0 ? `\`${path.join('.')}\`` : what
    const missing = issue.code === 'invalid_type' && valueAt(yaml.data, path) === undefined
    const reason = missing ? `Missing required key ${name} in ${what}` : `Invalid ${name}: ${issue.message}`
    addMessage(file, reason, {ruleId: 'config/invalid', place: placeOf(yaml, path)})
  }

  if (invalid) return undefined
  const known = schema.safeParse(withoutKeys(yaml.data ?? {}, unknown))
  return known.success ? known.data : undefined
}

/** A copy of `data` without the keys at `paths`. */
function withoutKeys(data: unknown, paths: ReadonlyArray<ReadonlyArray<PropertyKey>>): unknown {
  const copy = structuredClone(data)
  for (const path of paths) {
    const parent = valueAt(copy, path.slice(0, -1))
    if (parent !== null && typeof parent === 'object') delete (parent as Record<PropertyKey, unknown>)[path.at(-1) as PropertyKey]
  }

  return copy
}

/** Keys the object schema at `path` knows, for suggestions. */
function keysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let current: unknown = schema
  for (const segment of [...path, undefined]) {
    current = unwrap(current)
    const def = (current as {def?: {type?: string; shape?: Record<string, unknown>; element?: unknown}}).def
    if (segment === undefined) return def?.shape ? Object.keys(def.shape) : []
    if (def?.type === 'array') current = def.element
    else if (def?.shape) current = def.shape[String(segment)]
    else return []
  }

  return []
}

/** The value at `path` in plain data, `undefined` when absent. */
function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = data
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }

  return current
}

/** Look through optional, default and prefault wrappers. */
function unwrap(schema: unknown): unknown {
  let current = schema as {def?: {innerType?: unknown}}
  while (current.def?.innerType) current = current.def.innerType as typeof current
  return current
}
