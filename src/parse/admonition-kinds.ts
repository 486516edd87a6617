// The callout and admonition kinds of Quarto and MyST, each mapped to one of Colophon's asides (`:::note`, `:::tip`).

/** How one kind is shown: the Colophon aside it becomes and the label a reader sees. */
export interface AdmonitionKind {
  /** The Colophon directive: its aside class and the checks that know it. */
  name: 'note' | 'tip'
  /** The visible label (`Warning`); empty for MyST's `{admonition}`, whose title is the label. */
  label: string
}

/**
 * MyST's admonitions (docutils' nine, `seealso`, the generic `admonition`) and `margin`, Quarto's five
 * callouts. Tips and hints are tips; everything else is a note with its own label, as GitHub alerts are
 * (src/transform/alerts.ts). A margin note is printed as a note in the text: Colophon's pages have no margin column.
 */
export const admonitionKinds: Record<string, AdmonitionKind> = {
  note: {name: 'note', label: 'Note'},
  tip: {name: 'tip', label: 'Tip'},
  hint: {name: 'tip', label: 'Hint'},
  important: {name: 'note', label: 'Important'},
  warning: {name: 'note', label: 'Warning'},
  caution: {name: 'note', label: 'Caution'},
  danger: {name: 'note', label: 'Danger'},
  attention: {name: 'note', label: 'Attention'},
  error: {name: 'note', label: 'Error'},
  seealso: {name: 'note', label: 'See also'},
  admonition: {name: 'note', label: ''},
  margin: {name: 'note', label: 'Note'}
}

/** The kind of a Quarto callout class (`callout-tip`) or MyST directive name (`{warning}`, `{admonition}`). */
export function admonitionKind(name: string): AdmonitionKind | undefined {
  const bare = name.toLowerCase().replace(/^callout-/, '')
  // Quarto has five callouts; MyST's other kinds are not classes Quarto knows.
  if (name.startsWith('callout-') && !['note', 'tip', 'warning', 'important', 'caution'].includes(bare)) return undefined
  return Object.hasOwn(admonitionKinds, bare) ? admonitionKinds[bare] : undefined
}

declare module 'mdast-util-directive' {
  interface ContainerDirectiveData {
    /** The label shown instead of the directive's own (`Warning` on a `note`), for other tools' kinds. */
    label?: string
  }
}
