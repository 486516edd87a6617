// Tests for `link/anchor-missing`: fragments that name no heading or id, with the closest one suggested.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable} from '../../rule-table.js'

const twoChapters = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-tools.md\n')
const tools = '# Tools\n\n## Privacy settings\n\nText.\n'

ruleTable('link/anchor-missing', {
  valid: [
    {name: 'a heading in the same chapter', files: {'01-start.md': '# Start\n\n## Setup\n\nSee [setup](#setup).\n'}},
    {name: 'a heading in another chapter', files: {'book.yaml': twoChapters, '01-start.md': '# Start\n\nSee [privacy](02-tools.md#privacy-settings).\n', '02-tools.md': tools}},
    {
      name: 'Quarto and MyST cross-references to ids in another chapter',
      files: {
        'book.yaml': twoChapters,
        '01-start.md': '# Start\n\nSee @sec-privacy and {ref}`the settings <sec-privacy>`, then {ref}`sec-privacy`.\n',
        '02-tools.md': '# Tools\n\n## Privacy settings {#sec-privacy}\n\nText.\n'
      }
    },
    {name: 'an id given in raw HTML', files: {'01-start.md': '# Start\n\n<span id="here-it-is">x</span> and [there](#here-it-is).\n'}}
  ],
  invalid: [
    {
      name: 'a Quarto cross-reference to no id, on a continuation line',
      files: {'01-start.md': '# Start\n\n## Setup\n\nThe steps are\n  in @sec-setpu.\n'},
      expected: ['01-start.md 6:6'],
      reason: /Cannot find heading for `#sec-setpu` in this chapter/
    },
    {
      name: 'a MyST reference to no label',
      files: {'01-start.md': '# Start\n\nAs {ref}`shown before <fig-harbour>` here.\n'},
      expected: ['01-start.md 3:4'],
      reason: /Cannot find heading for `#fig-harbour`/
    },
    {
      name: 'a misspelt heading in the same chapter',
      files: {'01-start.md': '# Start\n\n## Setup\n\nSee [setup](#setpu).\n'},
      expected: ['01-start.md 5:5'],
      reason: /Cannot find heading for `#setpu` in this chapter; did you mean `#setup`\?/
    },
    {
      name: 'a missing heading in another chapter',
      files: {'book.yaml': twoChapters, '01-start.md': '# Start\n\nSee [privacy](02-tools.md#privacy).\n', '02-tools.md': tools},
      expected: ['01-start.md 3:5'],
      reason: /`#privacy` in `02-tools.md`/
    },
    {
      name: 'a heading in another script, named as written rather than percent-encoded',
      files: {'01-start.md': '# Start\n\n## 地図の見方\n\nSee [the map](#地図).\n'},
      expected: ['01-start.md 5:5'],
      reason: /^Cannot find heading for `#地図` in this chapter/
    }
  ]
})
