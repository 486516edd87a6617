// Tests for `image/outside-manuscript`: images outside the manuscript folder or on the web.
import {ruleTable, svg} from '../../rule-table.js'

ruleTable('image/outside-manuscript', {
  valid: [{name: 'an image in a sub-folder', files: {'01-start.md': '# Start\n\n![A map](images/map.svg)\n', 'images/map.svg': svg}}],
  invalid: [
    {
      name: 'an image in the parent folder',
      files: {'01-start.md': '# Start\n\n![A map](../map.svg)\n'},
      expected: ['01-start.md 3:1'],
      reason: /Image `..\/map.svg` is outside the manuscript folder; move it inside/
    },
    {
      name: 'an image on the web',
      files: {'01-start.md': '# Start\n\nText.\n\n![A map](https://example.org/map.png)\n'},
      expected: ['01-start.md 5:1'],
      reason: /Image `https:\/\/example.org\/map.png` is not a file of the manuscript; download it/
    }
  ]
})
