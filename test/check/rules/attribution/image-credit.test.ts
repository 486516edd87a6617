// Tests for `attribution/image-credit`: every image and the cover has a credit, in its caption or in book.yaml.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable, svg} from '../../rule-table.js'

const credits = (glob: string): string => `${minimalBookYaml}image-credits:\n  - images: ['${glob}']\n    creator: Ada Writer\n    license: CC-BY-4.0\n`
const map = {'01-start.md': '# Start\n\n![A map](images/map.svg)\n', 'images/map.svg': svg}

ruleTable('attribution/image-credit', {
  valid: [
    {name: 'a glob in book.yaml', files: {'book.yaml': credits('images/*.svg'), ...map}},
    {name: 'one entry for the whole book', files: {'book.yaml': credits('**'), ...map}},
    {
      name: 'a credit in the caption',
      files: {'01-start.md': '# Start\n\n![A map](images/map.svg "The services. Credit: Jo Artist, CC-BY-4.0, https://example.org/map")\n', 'images/map.svg': svg}
    },
    {
      name: 'a credit in the caption of a MyST figure',
      files: {'01-start.md': '# Start\n\n```{figure} images/map.svg\n:name: fig-map\n:alt: A map\n:width: 80%\n\nThe services. Credit: Jo Artist, CC-BY-4.0\n```\n', 'images/map.svg': svg}
    },
    {name: 'a credited decorative image', files: {'book.yaml': credits('images/rule.svg'), '01-start.md': '# Start\n\n![](images/rule.svg "decorative")\n', 'images/rule.svg': svg}},
    {name: 'a credited cover', files: {'book.yaml': credits('cover.svg') + 'cover: cover.svg\n', 'cover.svg': svg}}
  ],
  invalid: [
    {
      name: 'a MyST figure whose caption credits in its own words, not `Credit:`',
      files: {'01-start.md': '# Start\n\nText.\n\n```{figure} images/map.svg\n:alt: A map\n\nThe services. Drawn by Jo Artist.\n```\n', 'images/map.svg': svg},
      expected: ['01-start.md 5:1'],
      reason: /Image `images\/map.svg` has no credit/
    },
    {
      name: 'an image without a credit',
      files: map,
      expected: ['01-start.md 3:1'],
      reason: /Image `images\/map.svg` has no credit; end its caption with `Credit: Creator, Licence` or add it to `image-credits`/
    },
    {
      name: 'an image with a Japanese name, shown as written, not percent-encoded',
      files: {'01-start.md': '# Start\n\n![地図](画像/地図.svg)\n', '画像/地図.svg': svg},
      expected: ['01-start.md 3:1'],
      reason: /^Image `画像\/地図.svg` has no credit/
    },
    {
      name: 'a glob that misses the image, which also covers nothing',
      files: {'book.yaml': credits('img/*.svg'), ...map},
      expected: ['book.yaml 13:14', '01-start.md 3:1'],
      reason: [/`image-credits` pattern `img\/\*.svg` matches no image/, /has no credit/],
      severity: ['warn', 'error']
    },
    {
      name: 'a caption credit without a licence',
      files: {'01-start.md': '# Start\n\n![A map](images/map.svg "The services. Credit: Jo Artist")\n', 'images/map.svg': svg},
      expected: ['01-start.md 3:1'],
      reason: /Credit of image `images\/map.svg` needs a creator and a licence/
    },
    {
      name: 'a cover without a credit',
      files: {'book.yaml': minimalBookYaml + 'cover: cover.svg\n', 'cover.svg': svg},
      expected: ['book.yaml 12:8'],
      reason: /Cover `cover.svg` has no credit/
    }
  ]
})
