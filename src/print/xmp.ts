// The PDF's XMP metadata packet (ISO 16684-1), built with a real XML serializer from the book's metadata.
import {x} from 'xastscript'
import {licenseUrl} from '../check/spdx.js'
import type {BookConfig} from '../config/schema.js'
import {xmlText} from '../util/xml-text.js'

/** What the packet says besides the book's own metadata. */
export interface XmpFacts {
  /** PDF Producer. */
  producer: string
  /** Creation and modification time (ISO 8601). */
  date: string
  /** Document id (hex), also in the trailer's `/ID`. */
  documentId: string
}

/**
 * Build the XMP packet: Dublin Core (title, creator, contributor, publisher, description, rights,
 * language, subject), the licence as `xmpRights:WebStatement`, XMP dates and creator tool, and
 * `pdf:Producer`/`pdf:Keywords`, matching the document info. Contributors are here because the
 * document info has no field for them, and the EPUB package names the same people.
 *
 * @param config - The book's metadata.
 * @param facts - Producer, date and id.
 * @returns The packet as UTF-8 text.
 */
export function xmpPacket(config: BookConfig, facts: XmpFacts): string {
  const alt = (value: string) => x('rdf:Alt', {}, [x('rdf:li', {'xml:lang': 'x-default'}, value)])
  const seq = (values: string[]) => x('rdf:Seq', {}, values.map((value) => x('rdf:li', value)))
  const bag = (values: string[]) => x('rdf:Bag', {}, values.map((value) => x('rdf:li', value)))
  const webStatement = config.license ? licenseUrl(config.license) : undefined
  const description = x(
    'rdf:Description',
    {
      'rdf:about': '',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:xmp': 'http://ns.adobe.com/xap/1.0/',
      'xmlns:pdf': 'http://ns.adobe.com/pdf/1.3/',
      'xmlns:xmpRights': 'http://ns.adobe.com/xap/1.0/rights/',
      'xmlns:xmpMM': 'http://ns.adobe.com/xap/1.0/mm/'
    },
    [
      x('dc:format', 'application/pdf'),
      x('dc:title', {}, alt(config.title)),
      x('dc:creator', {}, seq(config.authors.map((person) => person.name))),
      config.contributors.length > 0 ? x('dc:contributor', {}, bag(config.contributors.map((person) => person.name))) : undefined,
      config.publisher ? x('dc:publisher', {}, bag([config.publisher])) : undefined,
      config.description ? x('dc:description', {}, alt(config.description)) : undefined,
      config.rights ? x('dc:rights', {}, alt(config.rights)) : undefined,
      x('dc:language', {}, bag([config.language])),
      config.subjects.length > 0 ? x('dc:subject', {}, bag(config.subjects)) : undefined,
      x('dc:identifier', config.identifier),
      webStatement ? x('xmpRights:WebStatement', webStatement) : undefined,
      x('xmp:CreatorTool', 'Colophon'),
      x('xmp:CreateDate', facts.date),
      x('xmp:ModifyDate', facts.date),
      x('xmp:MetadataDate', facts.date),
      x('pdf:Producer', facts.producer),
      config.subjects.length > 0 ? x('pdf:Keywords', config.subjects.join('; ')) : undefined,
      x('xmpMM:DocumentID', `uuid:${facts.documentId}`),
      x('xmpMM:InstanceID', `uuid:${facts.documentId}`)
    ]
  )
  const meta = x('x:xmpmeta', {'xmlns:x': 'adobe:ns:meta/'}, [
    x('rdf:RDF', {'xmlns:rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'}, [description])
  ])
  // The packet wrapper (ISO 16684-1 §7.3) lets tools find and update the metadata in place.
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n${xmlText(meta)}\n<?xpacket end="w"?>`
}
