// The tables of rules and other message ids in docs/rules.md and the README, made from the lists in the code so the docs cannot drift from it.
import type {Diagnostic} from './diagnostics.js'
import type {Rule} from './rule.js'

/** Markers around the generated rule table in `docs/rules.md` and `README.md`. */
export const tableMarkers = {start: '<!-- rules-table:start (generated from src/check/rules/index.ts) -->', end: '<!-- rules-table:end -->'}

/** Markers around the generated table of the other message ids. */
export const diagnosticsMarkers = {start: '<!-- diagnostics-table:start (generated from src/check/diagnostics.ts) -->', end: '<!-- diagnostics-table:end -->'}

/**
 * The Markdown table of `rules`: id (linked to its section), default severity, description.
 *
 * @param rules - Rules in documentation order.
 * @param page - The page the sections are on, relative to the table's page (`''` for the same page).
 * @returns The table, without markers.
 */
export function rulesTable(rules: readonly Rule[], page = ''): string {
  const rows = rules.map((rule) => `| [\`${rule.id}\`](${page}#${anchorOf(rule.id)}) | \`${rule.severity}\` | ${cell(rule.description)} |`)
  return ['| Rule | Default | What it wants |', '| --- | --- | --- |', ...rows].join('\n')
}

/**
 * The Markdown table of the message ids that are not rules (fixed severity, not configurable).
 *
 * @param diagnostics - The ids in documentation order.
 * @returns The table, without markers.
 */
export function diagnosticsTable(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map((item) => `| \`${item.id}\` | \`${item.severity}\` | ${cell(item.description)} |`)
  return ['| Id | Severity | What it wants |', '| --- | --- | --- |', ...rows].join('\n')
}

/** GitHub's heading anchor for a rule id section (`link/file-missing` → `linkfile-missing`). */
function anchorOf(id: string): string {
  return id.toLowerCase().replace(/[^\w -]/g, '').replace(/ /g, '-')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
