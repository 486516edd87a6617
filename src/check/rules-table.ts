// The table of rules in docs/rules.md, made from the one list of rules so the docs cannot drift from the code.
import type {Rule} from './rule.js'

/** Markers around the generated table in `docs/rules.md`. */
export const tableMarkers = {start: '<!-- rules-table:start (generated from src/check/rules/index.ts) -->', end: '<!-- rules-table:end -->'}

/**
 * The Markdown table of `rules`: id (linked to its section), default severity, description.
 *
 * @param rules - Rules in documentation order.
 * @returns The table, without markers.
 */
export function rulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const anchor = rule.id.toLowerCase().replace(/[^\w -]/g, '').replace(/ /g, '-')
    return `| [\`${rule.id}\`](#${anchor}) | \`${rule.severity}\` | ${rule.description.replace(/\|/g, '\\|')} |`
  })
  return ['| Rule | Default | What it wants |', '| --- | --- | --- |', ...rows].join('\n')
}
