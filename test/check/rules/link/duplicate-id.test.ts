// Tests for `link/duplicate-id`: two elements with the same id anywhere in the book.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable, svg} from '../../rule-table.js'

const twoChapters = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-tools.md\n')

ruleTable('link/duplicate-id', {
  valid: [
    {name: 'distinct ids', files: {'01-start.md': '# Start\n\n<span id="one">a</span> <span id="two">b</span>\n'}},
    {name: 'the same heading twice gets distinct ids', files: {'01-start.md': '# Start\n\n## Notes\n\n## Notes\n'}},
    {
      name: 'two chapters each with an image of the same name, no link naming it',
      files: {
        'book.yaml': twoChapters,
        '01-start.md': '# Start\n\n![A map](a/map.svg)\n',
        '02-tools.md': '# Tools\n\nText.\n\n![Another map](b/map.svg)\n',
        'a/map.svg': svg,
        'b/map.svg': svg
      }
    },
    {
      name: 'two chapters each with an image of the same name, each chapter linking to its own',
      files: {
        'book.yaml': twoChapters,
        '01-start.md': '# Start\n\n![A map](a/map.svg)\n\nSee [the map](#fig-map) and [the other](02-tools.md#fig-map).\n',
        '02-tools.md': '# Tools\n\nText.\n\n![Another map](b/map.svg)\n\nSee [this map](#fig-map).\n',
        'a/map.svg': svg,
        'b/map.svg': svg
      }
    }
  ],
  invalid: [
    {
      name: 'the same id twice in a chapter',
      files: {'01-start.md': '# Start\n\n<span id="one">a</span>\n\n<span id="one">b</span>\n'},
      expected: ['01-start.md 5:1'],
      reason: /Duplicate id `one`, already used earlier in this chapter/
    },
    {
      name: 'two figures from images with the same name in one chapter',
      files: {'01-start.md': '# Start\n\n![A map](a/map.svg)\n\n![Another map](b/map.svg)\n', 'a/map.svg': svg, 'b/map.svg': svg},
      expected: ['01-start.md 5:1']
    }
  ]
})
