// Recognises the licence of a book from its licence file's text, as an SPDX id.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

/** Phrases that name a licence in its own text, most specific first (BY-SA before BY). */
const known: ReadonlyArray<[RegExp, string]> = [
  [/Attribution-NonCommercial-ShareAlike 4\.0|licenses\/by-nc-sa\/4\.0/i, 'CC-BY-NC-SA-4.0'],
  [/Attribution-NonCommercial 4\.0|licenses\/by-nc\/4\.0/i, 'CC-BY-NC-4.0'],
  [/Attribution-ShareAlike 4\.0|licenses\/by-sa\/4\.0/i, 'CC-BY-SA-4.0'],
  [/Attribution 4\.0 International|licenses\/by\/4\.0/i, 'CC-BY-4.0'],
  [/CC0 1\.0 Universal|publicdomain\/zero\/1\.0/i, 'CC0-1.0'],
  [/Mozilla Public License,? [Vv]ersion 2\.0/, 'MPL-2.0'],
  [/Apache License,?\s+Version 2\.0/i, 'Apache-2.0'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 3/i, 'GPL-3.0-only'],
  [/GNU Free Documentation License\s+Version 1\.3/i, 'GFDL-1.3-only'],
  [/Permission is hereby granted, free of charge/i, 'MIT']
]

/**
 * The licence of the book whose files are in `folders`, from the first licence file found.
 *
 * @param folders - Folders to look in, nearest first.
 * @returns The SPDX id and the file it was read from, or `undefined`.
 */
export function licenseFromFiles(folders: string[]): {license: string; file: string} | undefined {
  for (const folder of folders) {
    if (!existsSync(folder)) continue
    const names = readdirSync(folder).filter((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name)).sort()
    for (const name of names) {
      const text = readFileSync(path.join(folder, name), 'utf8')
      const match = known.find(([pattern]) => pattern.test(text))
      if (match) return {license: match[1], file: path.join(folder, name)}
    }
  }

  return undefined
}
