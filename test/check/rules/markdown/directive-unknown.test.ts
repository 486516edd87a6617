// Tests for `markdown/directive-unknown`: block directives and attributes Colophon does not know.
import {ruleTable} from '../../rule-table.js'

ruleTable('markdown/directive-unknown', {
  valid: [
    {name: 'a tip with a title', files: {'01-start.md': '# Start\n\n:::tip{title="Pace yourself"}\nText.\n:::\n'}},
    {name: 'a case story', files: {'01-start.md': '# Start\n\n:::case-story{title="Priya" source="Illustrative composite"}\nText.\n:::\n'}},
    {name: 'text that looks like a text directive', files: {'01-start.md': '# Start\n\nNote:this is prose, at 10:30am.\n'}}
  ],
  invalid: [
    {
      name: 'a misspelt container directive',
      files: {'01-start.md': '# Start\n\n:::nte\nText.\n:::\n'},
      expected: ['01-start.md 3:1'],
      reason: /Unknown directive `:::nte`; did you mean `:::note`\?/
    },
    {
      name: 'an unknown directive with no close name',
      files: {'01-start.md': '# Start\n\nText.\n\n:::sidebar-warning\nText.\n:::\n'},
      expected: ['01-start.md 5:1'],
      reason: /Unknown directive `:::sidebar-warning`; Colophon knows `:::case-story`, `:::tip`, `:::note`/
    },
    {
      name: 'a leaf directive',
      files: {'01-start.md': '# Start\n\n::toc\n'},
      expected: ['01-start.md 3:1'],
      reason: /Unknown directive `::toc`/
    },
    {
      name: 'a misspelt attribute',
      files: {'01-start.md': '# Start\n\n:::case-story{sorce="Illustrative composite"}\nText.\n:::\n'},
      expected: ['01-start.md 3:1'],
      reason: /Unknown attribute `sorce` on `:::case-story`; did you mean `source`\?/
    }
  ]
})
