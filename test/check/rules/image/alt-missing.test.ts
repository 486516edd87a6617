// Tests for `image/alt-missing`: alt text, or an explicit decorative mark (empty alt and title `decorative`).
import {ruleTable, svg} from '../../rule-table.js'

ruleTable('image/alt-missing', {
  valid: [
    {name: 'alt text', files: {'01-start.md': '# Start\n\n![A map of the services](map.svg)\n', 'map.svg': svg}},
    {name: 'a decorative image', files: {'01-start.md': '# Start\n\n![](rule.svg "decorative")\n', 'rule.svg': svg}},
    {name: 'raw HTML with alt', files: {'01-start.md': '# Start\n\n<img src="map.svg" alt="A map">\n', 'map.svg': svg}}
  ],
  invalid: [
    {
      name: 'empty alt text',
      files: {'01-start.md': '# Start\n\n![](map.svg)\n', 'map.svg': svg},
      expected: ['01-start.md 3:1'],
      reason: /Image `map.svg` has no alt text; describe it in `!\[…\]\(map.svg\)`, or mark it decorative/
    },
    {
      name: 'a title but no alt text (a caption is not a description)',
      files: {'01-start.md': '# Start\n\nText.\n\n![](map.svg "Where we meet")\n', 'map.svg': svg},
      expected: ['01-start.md 5:1']
    },
    {
      name: 'raw HTML without alt',
      files: {'01-start.md': '# Start\n\n<img src="map.svg">\n', 'map.svg': svg},
      expected: ['01-start.md 3:1']
    }
  ]
})
