// Serialises an xast tree to XML text that every strict parser reads: `]]>` escaped, the five entities named.
import type {Nodes} from 'xast'
import {toXml, type Options} from 'xast-util-to-xml'

/** Numeric references xast-util-to-xml writes, and the predefined entity each stands for (XML 1.0 §4.6). */
const predefined: Record<string, string> = {'26': '&amp;', '3c': '&lt;', '3e': '&gt;', '22': '&quot;', '27': '&apos;'}

/**
 * Serialise `tree` with xast-util-to-xml, then make two repairs.
 *
 * xast-util-to-xml escapes `&` and `<` in text but not `>`, so a text with `]]>` (a title such as
 * `Arrays ]]> and more`) would break XML 1.0 §2.4, which forbids that sequence in character data;
 * every `]]>` becomes `]]&gt;`, which is safe anywhere outside CDATA sections, and the serialiser
 * writes none. Then `&#x26;` and the like become `&amp;`: the serialiser escapes every `&` of the
 * content, so each `&` left in its output begins a reference it wrote itself. Other characters are
 * never escaped: the documents are UTF-8 and hold the characters themselves.
 *
 * @param tree - The xast tree.
 * @param options - xast-util-to-xml options.
 * @returns The XML text.
 */
export function xmlText(tree: Nodes, options?: Options): string {
  return namedReferences(toXml(tree, options).replaceAll(']]>', ']]&gt;'))
}

/**
 * Use `&amp;` rather than `&#x26;` (and likewise for the other four predefined entities).
 *
 * @param xml - Serialised XML.
 * @returns The same XML with named references.
 */
export function namedReferences(xml: string): string {
  return xml.replace(/&#x(26|3c|3e|22|27);/gi, (reference, code: string) => predefined[code.toLowerCase()] ?? reference)
}
