// Tests for `markdown/heading-order`: a heading may go down only one level below the one before it.
import {ruleTable} from '../../rule-table.js'

ruleTable('markdown/heading-order', {
  valid: [
    {name: 'one level at a time, and back up any number', files: {'01-start.md': '# Start\n\n## A\n\n### B\n\n#### C\n\n## D\n\n### E\n'}},
    {name: 'a chapter titled in front matter, opening at level 2', files: {'01-start.md': '---\ntitle: Start\n---\n\n## A\n\nText.\n'}},
    {name: 'raw HTML headings in order', files: {'01-start.md': '# Start\n\n<h2>A</h2>\n\n### B\n'}},
    {name: 'a sub-chapter opening with `##`, its sections at `###`', files: {'01-start.md': '## Start\n\nText.\n\n### A\n\n#### B\n'}},
    {name: 'a sub-chapter opening with `###`', files: {'01-start.md': '### Start\n\n#### A\n'}}
  ],
  invalid: [
    {
      name: 'a sub-chapter opening with `##` that skips a level: the levels as written',
      files: {'01-start.md': '## Start\n\n#### A\n'},
      expected: ['01-start.md 3:1'],
      severity: 'warn',
      reason: /^Heading level 4 follows level 2; make it level 3 \(`###`\) so the outline has no gap/
    },
    {
      name: 'a skip from level 2 to level 4',
      files: {'01-start.md': '# Start\n\n## A\n\nText.\n\n#### B\n'},
      expected: ['01-start.md 7:1'],
      severity: 'warn',
      reason: /Heading level 4 follows level 2; make it level 3 \(`###`\) so the outline has no gap/
    },
    {
      name: 'a chapter opening at level 3',
      files: {'01-start.md': '# Start\n\n### A\n'},
      expected: ['01-start.md 3:1'],
      severity: 'warn',
      reason: /Heading level 3 follows level 1; make it level 2 \(`##`\)/
    },
    {
      name: 'a raw HTML heading that skips',
      files: {'01-start.md': '# Start\n\n<h3>A</h3>\n'},
      expected: ['01-start.md 3:1'],
      severity: 'warn',
      reason: /Heading level 3 follows level 1/
    }
  ]
})
