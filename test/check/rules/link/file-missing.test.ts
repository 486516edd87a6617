// Tests for `link/file-missing`: links to chapters the book does not have, or outside the manuscript.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable} from '../../rule-table.js'

const twoChapters = minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - 02-tools.md\n')

ruleTable('link/file-missing', {
  valid: [
    {name: 'a link to another chapter', files: {'book.yaml': twoChapters, '01-start.md': '# Start\n\nSee [the tools](02-tools.md).\n', '02-tools.md': '# Tools\n'}},
    {name: 'a link within the chapter', files: {'01-start.md': '# Start\n\n## Setup\n\nSee [setup](#setup).\n'}},
    // The forms other tools' books use for a chapter: the page mdBook or HonKit builds, MyST's bare name, Quarto's root-relative path.
    ...[
      ['the built page, as mdBook writes it', '02-tools.html#setup'],
      ['a bare name, as MyST writes it', '02-tools'],
      ['a path from the book folder, as Quarto writes it', '/02-tools.md#setup']
    ].map(([name, href]) => ({
      name: name ?? '',
      files: {'book.yaml': twoChapters, '01-start.md': `# Start\n\nSee [the tools](${href}).\n`, '02-tools.md': '# Tools\n\n## Setup\n'}
    })),
    {
      name: 'a folder or its index page, for a README.md or index.qmd chapter',
      files: {
        'book.yaml': minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - cli/README.md\n    - guide/index.qmd\n'),
        '01-start.md': '# Start\n\nSee [the commands](cli/), [all of them](cli/index.html) and [the guide](guide/index.html).\n',
        'cli/README.md': '# Commands\n',
        'guide/index.qmd': '# Guide\n'
      }
    },
    {name: 'a link to the rendered page of a chapter', files: {'book.yaml': twoChapters, '01-start.md': '# Start\n\nSee [the tools](02-tools.html).\n', '02-tools.md': '# Tools\n'}},
    {name: 'a link to a chapter without its extension', files: {'book.yaml': twoChapters, '01-start.md': '# Start\n\nSee [the tools](02-tools#tools).\n', '02-tools.md': '# Tools\n'}},
    {
      name: "a link to a folder's index page or the folder itself, meaning its README.md",
      files: {
        'book.yaml': minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - kit/README.md\n'),
        '01-start.md': '# Start\n\nSee [the kit](kit/index.html) or [the kit again](kit/).\n',
        'kit/README.md': '# Kit\n'
      }
    },
    {
      name: "a link from the book's root",
      files: {
        'book.yaml': minimalBookYaml.replace('    - 01-start.md\n', '    - 01-start.md\n    - part/02-tools.md\n'),
        '01-start.md': '# Start\n',
        'part/02-tools.md': '# Tools\n\nBack to [the start](/01-start.md).\n'
      }
    }
  ],
  invalid: [
    {
      name: 'a misspelt chapter, with a suggestion',
      files: {'book.yaml': twoChapters, '01-start.md': '# Start\n\nSee [the tools](02-tols.md).\n', '02-tools.md': '# Tools\n'},
      expected: ['01-start.md 3:5'],
      reason: /Cannot find chapter `02-tols.md`; did you mean `02-tools.md`\?/
    },
    {
      name: 'a built page with no chapter behind it',
      files: {'book.yaml': twoChapters, '01-start.md': '# Start\n\nSee [the tools](02-tool.html).\n', '02-tools.md': '# Tools\n'},
      expected: ['01-start.md 3:5'],
      reason: /Cannot find chapter `02-tool.html`/
    },
    {
      name: 'a link outside the manuscript',
      files: {'01-start.md': '# Start\n\nText.\n\n[Secrets](../secrets.md)\n'},
      expected: ['01-start.md 5:1'],
      reason: /points outside the manuscript/
    },
    {
      name: "a link from the book's root to a chapter it does not have",
      files: {'01-start.md': '# Start\n\nSee [the end](/99-end.html).\n'},
      expected: ['01-start.md 3:5'],
      reason: /Cannot find chapter `\/99-end.html`/
    },
    {
      name: 'a link to a file that is not a chapter',
      files: {'01-start.md': '# Start\n\nSee [the notes](notes.txt).\n', 'notes.txt': 'Notes.\n'},
      expected: ['01-start.md 3:5']
    },
    {
      name: 'ten broken links, all reported',
      files: {'01-start.md': '# Start\n\n' + Array.from({length: 10}, (_, index) => `- [Part ${index}](missing-${index}.md)\n`).join('')},
      expected: Array.from({length: 10}, (_, index) => `01-start.md ${3 + index}:3`)
    }
  ]
})
