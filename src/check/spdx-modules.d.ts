// Types for the SPDX packages, which ship none.

declare module 'spdx-expression-parse' {
  /** A parsed SPDX expression: one licence, or two joined by `and`/`or`. */
  export type SpdxNode = {license: string; plus?: true; exception?: string} | {left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode}
  /** Parse an SPDX licence expression; throws on anything invalid. */
  export default function parse(source: string): SpdxNode
}
