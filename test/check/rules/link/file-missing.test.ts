// Tests for `link/file-missing`: links to chapters the book does not have, or outside the manuscript.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable} from '../../rule-table.js'

const twoChapters = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-tools.md\n')

ruleTable('link/file-missing', {
  valid: [
    {name: 'a link to another chapter', files: {'book.yaml': twoChapters, '01-start.md': '# Start\n\nSee [the tools](02-tools.md).\n', '02-tools.md': '# Tools\n'}},
    {name: 'a link within the chapter', files: {'01-start.md': '# Start\n\n## Setup\n\nSee [setup](#setup).\n'}}
  ],
  invalid: [
    {
      name: 'a misspelt chapter, with a suggestion',
      files: {'book.yaml': twoChapters, '01-start.md': '# Start\n\nSee [the tools](02-tols.md).\n', '02-tools.md': '# Tools\n'},
      expected: ['01-start.md 3:5'],
      reason: /Cannot find chapter `02-tols.md`; did you mean `02-tools.md`\?/
    },
    {
      name: 'a link outside the manuscript',
      files: {'01-start.md': '# Start\n\nText.\n\n[Secrets](../secrets.md)\n'},
      expected: ['01-start.md 5:1'],
      reason: /points outside the manuscript/
    },
    {
      name: 'ten broken links, all reported',
      files: {'01-start.md': '# Start\n\n' + Array.from({length: 10}, (_, index) => `- [Part ${index}](missing-${index}.md)\n`).join('')},
      expected: Array.from({length: 10}, (_, index) => `01-start.md ${3 + index}:3`)
    }
  ]
})
