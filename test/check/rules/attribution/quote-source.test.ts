// Tests for `attribution/quote-source`: quotations and case stories say where they come from.
import {ruleTable} from '../../rule-table.js'

ruleTable('attribution/quote-source', {
  valid: [
    {name: 'a quotation with a source', files: {'01-start.md': '# Start\n\n> Words worth quoting.\n>\n> — A. Person, 2024\n'}},
    {name: 'anonymous with consent', files: {'01-start.md': '# Start\n\n> Words worth quoting.\n>\n> — Anonymous, shared with consent\n'}},
    {name: 'a case story with a source', files: {'01-start.md': '# Start\n\n:::case-story{title="Priya" source="Illustrative composite"}\nText.\n:::\n'}}
  ],
  invalid: [
    {
      name: 'a quotation without a source',
      files: {'01-start.md': '# Start\n\n> Words worth quoting.\n'},
      expected: ['01-start.md 3:1'],
      reason: /Quotation has no source; end it with a paragraph `— Source, year`/
    },
    {
      name: 'a source line without a quotation',
      files: {'01-start.md': '# Start\n\nText.\n\n> — A. Person\n'},
      expected: ['01-start.md 5:1']
    },
    {
      name: 'anonymous without consent',
      files: {'01-start.md': '# Start\n\n> Words worth quoting.\n>\n> — Anonymous\n'},
      expected: ['01-start.md 3:1'],
      reason: /Anonymous quotation does not say it is shared with consent/
    },
    {
      name: 'a case story without a source',
      files: {'01-start.md': '# Start\n\n:::case-story{title="Priya"}\nText.\n:::\n'},
      expected: ['01-start.md 3:1'],
      reason: /Case story has no source; add `source="…"`/
    },
    {
      name: 'a quotation inside a tip',
      files: {'01-start.md': '# Start\n\n:::tip\n> Unsourced.\n:::\n'},
      expected: ['01-start.md 4:1']
    }
  ]
})
