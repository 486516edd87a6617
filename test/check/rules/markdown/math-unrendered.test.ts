// Tests for `markdown/math-unrendered`: `$…$` and `$$…$$` math is reported where it stands; money is not math.
import {ruleTable} from '../../rule-table.js'

ruleTable('markdown/math-unrendered', {
  valid: [
    {
      name: 'dollar amounts in prose (Pandoc: no space after the opening `$`, none before the closing one, no digit after it)',
      files: {'01-start.md': '# Start\n\nThe stall sold pears at $5 and plums at $10.\n\nA loaf costs $3.50 today.\n\nRent is between $20 and $30 a night.\n\nWe paid $ 4 and $ 6.\n'}
    },
    {name: 'dollars in code and escaped dollars', files: {'01-start.md': '# Start\n\nType `$HOME$` or \\$x\\$.\n\n```sh\necho $a $b$\n```\n'}},
    {name: 'a closing dollar followed by a digit', files: {'01-start.md': '# Start\n\nFrom $x$5 onwards.\n'}}
  ],
  invalid: [
    {
      name: 'inline math, with a TeX thin space',
      files: {'01-start.md': '# Start\n\nThe gap $a\\,b$ is thin.\n'},
      expected: ['01-start.md 3:9'],
      severity: 'warn',
      reason: /^Math `a\\,b` is not typeset yet; it shows as its TeX source/
    },
    {
      name: 'display math and inline math in one chapter',
      files: {'01-start.md': '# Start\n\nLet $n>0$ be given.\n\n$$\n\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}\n$$\n'},
      expected: ['01-start.md 3:5', '01-start.md 5:1'],
      severity: 'warn',
      reason: [/^Math `n>0`/, /^Display math `\\sum_\{k=1\}\^\{n\} k = \\frac\{n\(n\+1\)\}\{2\}`/]
    },
    {
      name: 'display math written on one line inside a paragraph',
      files: {'01-start.md': '# Start\n\n$$e^{i\\pi} + 1 = 0$$\n'},
      expected: ['01-start.md 3:1'],
      severity: 'warn',
      reason: /^Display math `e\^\{i\\pi\} \+ 1 = 0`/
    },
    {
      name: 'money before math on one line',
      files: {'01-start.md': '# Start\n\nUS$5 buys $x^2$ apples.\n'},
      expected: ['01-start.md 3:11'],
      severity: 'warn'
    }
  ]
})
