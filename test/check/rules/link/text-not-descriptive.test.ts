// Tests for `link/text-not-descriptive`: link text must make sense out of context (WCAG 2.4.4).
import {ruleTable} from '../../rule-table.js'

ruleTable('link/text-not-descriptive', {
  valid: [
    {name: 'a named link', files: {'01-start.md': '# Start\n\nRead [the NICE guideline on self-harm](https://example.org/ng225).\n'}},
    {name: 'a bare URL alone in a list item', files: {'01-start.md': '# Start\n\n- <https://example.org/>\n'}},
    {name: 'a footnote reference', files: {'01-start.md': '# Start\n\nA claim.[^1]\n\n[^1]: A source.\n'}},
    {name: 'an email address as text', files: {'01-start.md': '# Start\n\nWrite to <ada@example.org>.\n'}},
    {name: "a site's bare address in prose names the site", files: {'01-start.md': '# Start\n\nThe club lives at https://tea-club.example.org and meets weekly.\n'}},
    {name: 'a local address the reader types', files: {'01-start.md': '# Start\n\nOpen http://127.0.0.1:8000/ in your browser, or http://localhost:3000/admin.\n'}},
    {name: 'a cross-reference filled in by the build', files: {'01-start.md': '# Start\n\n## Setup\n\nSee [](#setup).\n'}}
  ],
  invalid: [
    {
      name: '"click here"',
      files: {'01-start.md': '# Start\n\nFor the guideline, [click here](https://example.org/ng225).\n'},
      expected: ['01-start.md 3:20'],
      reason: /Link text `click here` does not say where it leads/,
      severity: 'warn'
    },
    {
      name: '"Read more." and "here", each reported',
      files: {'01-start.md': '# Start\n\nThe study. [Read more.](https://example.org/a)\n\nThe data is [here](https://example.org/b).\n'},
      expected: ['01-start.md 3:12', '01-start.md 5:13'],
      severity: 'warn'
    },
    {
      name: 'a bare URL in running prose',
      files: {'01-start.md': '# Start\n\nThe guideline is at https://example.org/ng225 and is free.\n'},
      expected: ['01-start.md 3:21'],
      reason: /Bare URL `https:\/\/example.org\/ng225` as link text; name the page instead/,
      severity: 'warn'
    },
    {
      name: 'an external link with no text',
      files: {'01-start.md': '# Start\n\nSee [](https://example.org/).\n'},
      expected: ['01-start.md 3:5'],
      reason: /Link to `https:\/\/example.org\/` has no text/,
      severity: 'warn'
    }
  ]
})
