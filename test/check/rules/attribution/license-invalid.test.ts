// Tests for `attribution/license-invalid`: SPDX expressions for the book; SPDX or words for images.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable, svg} from '../../rule-table.js'

const licence = (value: string): string => minimalBookYaml.replace('license: CC-BY-4.0', `license: ${value}`)
const credits = (value: string): string => `${minimalBookYaml}image-credits:\n  - images: [map.svg]\n    creator: Jo Artist\n    license: ${value}\n`
const map = {'01-start.md': '# Start\n\n![A map](map.svg)\n', 'map.svg': svg}

ruleTable('attribution/license-invalid', {
  valid: [
    {name: 'a single id', files: {}},
    {name: 'an expression', files: {'book.yaml': licence('"CC-BY-SA-4.0 OR MIT"')}},
    {name: 'a LicenseRef', files: {'book.yaml': licence('LicenseRef-All-rights-reserved')}},
    {name: 'an image licence in words', files: {'book.yaml': credits('All rights reserved, used with permission'), ...map}},
    {name: 'a caption credit', files: {'01-start.md': '# Start\n\n![A map](map.svg "Services. Credit: Jo Artist, CC0-1.0")\n', 'map.svg': svg}}
  ],
  invalid: [
    {
      name: 'a misspelt id, with a suggestion',
      files: {'book.yaml': licence('CC-BY-4')},
      expected: ['book.yaml 8:10'],
      reason: /`CC-BY-4` is not a valid SPDX licence expression; did you mean `CC-BY-4.0`\?/
    },
    {
      name: 'a lower-case id',
      files: {'book.yaml': licence('cc-by-sa-4.0')},
      expected: ['book.yaml 8:10'],
      reason: /did you mean `CC-BY-SA-4.0`\?/
    },
    {
      name: 'an image credit with a misspelt id',
      files: {'book.yaml': credits('CC-BY-40'), ...map},
      expected: ['book.yaml 15:14'],
      reason: /Image licence `CC-BY-40` is not a valid SPDX expression; did you mean `CC-BY-4.0`\?/
    },
    {
      name: 'a caption credit with an invalid id',
      files: {'01-start.md': '# Start\n\n![A map](map.svg "Services. Credit: Jo Artist, CCBY")\n', 'map.svg': svg},
      expected: ['01-start.md 3:1']
    }
  ]
})
