// Tests for `image/outside-manuscript`: images outside the manuscript folder or on the web.
import {ruleTable, svg} from '../../rule-table.js'

ruleTable('image/outside-manuscript', {
  valid: [
    {name: 'an image in a sub-folder', files: {'01-start.md': '# Start\n\n![A map](images/map.svg)\n', 'images/map.svg': svg}},
    {
      name: 'a remote image (Markdown and raw HTML) that colophon fetch-images downloaded',
      files: {
        '01-start.md': '# Start\n\n![A map](https://example.org/map.svg)\n\n<img src="https://example.org/map.svg" alt="A map">\n',
        'images/remote/sources.yaml': '"https://example.org/map.svg": images/remote/example.org/map-0123abcd.svg\n',
        'images/remote/example.org/map-0123abcd.svg': svg
      }
    }
  ],
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
      reason: /Image `https:\/\/example.org\/map.png` is not a file of the manuscript; run `colophon fetch-images` to download it/
    },
    {
      name: 'a raw HTML image on the web',
      files: {'01-start.md': '# Start\n\n<img src="http://example.org/x.png" alt="x">\n'},
      expected: ['01-start.md 3:1'],
      reason: /Image `http:\/\/example.org\/x.png` is not a file of the manuscript; run `colophon fetch-images`/
    },
    {
      name: 'a remote image listed in images/remote/sources.yaml whose file is outside the manuscript',
      files: {
        '01-start.md': '# Start\n\n![A map](https://example.org/map.svg)\n',
        'images/remote/sources.yaml': '"https://example.org/map.svg": ../map.svg\n'
      },
      expected: ['01-start.md 3:1'],
      reason: /outside the manuscript folder/
    }
  ]
})
