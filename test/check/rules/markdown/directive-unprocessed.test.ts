// Tests for `markdown/directive-unprocessed`: MyST directives and Quarto cells are reported where they stand; plain and attribute fences are not.
import {ruleTable} from '../../rule-table.js'

ruleTable('markdown/directive-unprocessed', {
  valid: [
    {
      name: 'plain fences, Pandoc attribute fences and Colophon directives',
      files: {'01-start.md': '# Start\n\n```python\nprint(1)\n```\n\n```{.python}\nprint(2)\n```\n\n:::tip\nKeep notes short.\n:::\n'}
    },
    {
      name: 'admonitions and callouts, now read as asides',
      files: {'01-start.md': '# Start\n\n```{warning}\nMind the tide.\n```\n\n:::{seealso}\nThe harbour chapter.\n:::\n\n::: callout-tip\nGo early.\n:::\n\n```{margin}\nA side remark.\n```\n'}
    },
    {name: 'a directive shown inside a longer fence, as an example', files: {'01-start.md': '# Start\n\n````markdown\n```{figure} images/harbour.png\nThe harbour.\n```\n````\n'}}
  ],
  invalid: [
    {
      name: 'a MyST code cell, a colon-fenced dropdown and a Quarto diagram',
      files: {'01-start.md': '# Start\n\n```{code-cell} python\nprint(1)\n```\n\n:::{dropdown} Tides\nTides turn twice a day.\n:::\n\n```{mermaid}\ngraph LR; A-->B\n```\n'},
      expected: ['01-start.md 3:1', '01-start.md 7:1', '01-start.md 11:1'],
      severity: 'warn',
      reason: [
        /^MyST directive `\{code-cell\}` is not rendered: it shows as its source; write it as a plain fenced code block/,
        /^MyST directive `\{dropdown\}` is not rendered: it shows as its source; rewrite it as Markdown/,
        /^Quarto cell `\{mermaid\}` is not rendered: it shows as its source; export the diagram as an SVG image/
      ]
    }
  ]
})
