// Tests for `image/missing`: images whose files do not exist.
import {ruleTable, svg} from '../../rule-table.js'

ruleTable('image/missing', {
  valid: [{name: 'an existing image', files: {'01-start.md': '# Start\n\n![A map](images/map.svg)\n', 'images/map.svg': svg}}],
  invalid: [
    {
      name: 'a misspelt file name, with a suggestion',
      files: {'01-start.md': '# Start\n\n![A map](images/mpa.svg)\n', 'images/map.svg': svg},
      expected: ['01-start.md 3:1'],
      reason: /Cannot find image `images\/mpa.svg`; did you mean `images\/map.svg`\?/
    },
    {
      name: 'an image inside a paragraph',
      files: {'01-start.md': '# Start\n\nSee the icon ![info](icons/info.svg) here.\n'},
      expected: ['01-start.md 3:14'],
      reason: /Cannot find image `icons\/info.svg`$/
    },
    {
      name: 'an image with no path',
      files: {'01-start.md': '# Start\n\n![Nothing]()\n'},
      expected: ['01-start.md 3:1'],
      reason: /Image has no file/
    },
    {
      name: 'a downloaded remote image whose file was deleted',
      files: {'01-start.md': '# Start\n\n![A map](https://example.org/map.svg)\n', 'images/remote/sources.yaml': '"https://example.org/map.svg": images/remote/example.org/map-0123abcd.svg\n'},
      expected: ['01-start.md 3:1'],
      reason: /^Cannot find image `images\/remote\/example.org\/map-0123abcd.svg`, downloaded from `https:\/\/example.org\/map.svg`; run `colophon fetch-images` to download it again$/
    },
    {
      name: 'a raw HTML image whose ftp src the sanitiser removed, with HTML advice',
      files: {'01-start.md': '# Start\n\n<img src="ftp://example.org/x.png" alt="x">\n'},
      expected: ['01-start.md 3:1'],
      reason: /^Image `<img>` has no usable `src`; images must be files inside the manuscript folder \(remote and script URLs are removed\), such as `<img src="images\/name.png" alt="…">`$/
    },
    {
      name: 'a raw HTML image with a script src',
      files: {'01-start.md': '# Start\n\nSee <img src="javascript:alert(1)" alt="x"> here.\n'},
      expected: ['01-start.md 3:5'],
      reason: /^Image `<img>` has no usable `src`/
    }
  ]
})
