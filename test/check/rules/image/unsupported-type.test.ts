// Tests for `image/unsupported-type`: the type comes from the bytes, never from the file name.
import {png, ruleTable, svg} from '../../rule-table.js'

ruleTable('image/unsupported-type', {
  valid: [
    {name: 'a PNG', files: {'01-start.md': '# Start\n\n![A dot](dot.png)\n', 'dot.png': png}},
    {name: 'an SVG', files: {'01-start.md': '# Start\n\n![A map](map.svg)\n', 'map.svg': svg}},
    {name: 'PNG bytes under a misleading name', files: {'01-start.md': '# Start\n\n![A dot](dot.jpg)\n', 'dot.jpg': png}}
  ],
  invalid: [
    {
      name: 'a TIFF named .png',
      files: {'01-start.md': '# Start\n\n![A scan](scan.png)\n', 'scan.png': Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0])},
      expected: ['01-start.md 3:1'],
      reason: /Image `scan.png` is a TIFF file, not PNG, JPEG, GIF, WebP or SVG; convert it/
    },
    {
      name: 'a text file named .svg',
      files: {'01-start.md': '# Start\n\nText.\n\n![Notes](notes.svg)\n', 'notes.svg': 'just some notes\n'},
      expected: ['01-start.md 5:1'],
      reason: /is text, not an image/
    }
  ]
})
