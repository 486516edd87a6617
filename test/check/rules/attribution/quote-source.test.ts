// Tests for `attribution/quote-source`: quotations and case stories say where they come from; notes set as quotes are not quotations.
import {ruleTable, svg} from '../../rule-table.js'

/** A chapter with `body` after its heading. */
const chapter = (body: string) => ({'01-start.md': `# Start\n\n${body}`})

ruleTable('attribution/quote-source', {
  valid: [
    {name: 'a quotation with a source', files: chapter('> Words worth quoting.\n>\n> — A. Person, 2024\n')},
    {name: 'anonymous with consent', files: chapter('> Words worth quoting.\n>\n> — Anonymous, shared with consent\n')},
    {name: 'a MyST epigraph with its attribution line', files: chapter('```{epigraph}\nKettles boil faster when watched by nobody.\n\n-- Rowan Teal\n```\n')},
    {name: 'a MyST epigraph attributed to a linked handle', files: chapter('```{epigraph}\nKettles boil faster when watched by nobody.\n\n---[@rowanteal](https://example.org/rowan)\n```\n')},
    {name: 'a case story with a source', files: chapter(':::case-story{title="Priya" source="Illustrative composite"}\nText.\n:::\n')},
    {name: 'a source after two hyphens without a space', files: chapter('> Kettles boil faster when watched by nobody.\n>\n> --Rowan Teal, 1999\n')},
    {name: 'a source after three hyphens', files: chapter('> Kettles boil faster when watched by nobody.\n>\n> ---Rowan Teal\n')},
    {name: 'a source after an en dash', files: chapter('> Kettles boil faster when watched by nobody.\n>\n> – Rowan Teal\n')},
    {name: 'a source after a tilde', files: chapter('> Kettles boil faster when watched by nobody.\n>\n> ~ Rowan Teal\n')},
    {name: 'a source on the last line of the paragraph', files: chapter('> Kettles boil faster when watched by nobody.\n> — Rowan Teal, 1999\n')},
    {name: 'a source after a hard break', files: chapter('> Kettles boil faster when watched by nobody.\\\n> — Rowan Teal\n')},
    {name: 'a source after the last sentence', files: chapter('> Kettles boil faster when watched by nobody. — Rowan Teal\n')},
    {name: 'a cite element', files: chapter('> Kettles boil faster when watched by nobody.\n>\n> <cite>Rowan Teal, Notes on Tea</cite>\n')},
    {name: 'a footer element', files: chapter('<blockquote>\n<p>Kettles boil faster when watched by nobody.</p>\n<footer>Rowan Teal</footer>\n</blockquote>\n')},
    {name: 'a lead-in that names who wrote it', files: chapter('As the tea merchant Rowan Teal wrote:\n\n> "Kettles boil faster when watched by nobody."\n')},
    {name: 'a lead-in with a link to the source', files: chapter('From [the merchant’s letters](https://example.org/letters):\n\n> "Kettles boil faster when watched by nobody."\n')},
    {name: 'a GitHub note alert', files: chapter('> [!NOTE]\n> The kettle must be empty first.\n')},
    {name: 'a GitHub tip alert', files: chapter('> [!TIP]\n> Warm the pot.\n')},
    {name: 'GitHub important, warning and caution alerts', files: chapter('> [!IMPORTANT]\n> One.\n\n> [!WARNING]\n> Two.\n\n> [!CAUTION]\n> Three.\n')},
    {name: 'a note opening with "Note:"', files: chapter('> Note: the kettle must be empty first.\n')},
    {name: 'a note opening with a bold "Note"', files: chapter('> **Note** The kettle must be empty first.\n')},
    {name: 'a tip opening with a bold "Tip:"', files: chapter('> **Tip:** warm the pot.\n')},
    {name: 'a warning opening with "__WARNING:__"', files: chapter('> __WARNING:__ the kettle is hot.\n')},
    {name: 'a quote that is only a link', files: chapter('> [A short film about kettles](https://example.org/film)\n')},
    {name: 'a quote that is only an image', files: {...chapter('> ![A kettle](kettle.svg "decorative")\n'), 'kettle.svg': svg}}
  ],
  invalid: [
    {
      name: 'a MyST epigraph in quotation marks without an attribution line',
      files: chapter('```{epigraph}\n“Kettles boil faster when watched by nobody.”\n```\n'),
      expected: ['01-start.md 3:1'],
      reason: /Quotation has no source/
    },
    {
      name: 'a quotation in quotation marks without a source',
      files: chapter('> “Kettles boil faster when watched by nobody.”\n'),
      expected: ['01-start.md 3:1'],
      reason: /Quotation has no source; end it with a paragraph `— Source, year`/
    },
    {
      name: 'a block quote that may be a quotation',
      files: chapter('> Words worth quoting.\n'),
      expected: ['01-start.md 3:1'],
      reason: /Block quotation has no source; if it quotes someone, end it with a paragraph `— Source, year`/,
      severity: 'warn'
    },
    {
      name: 'a source line without a quotation',
      files: chapter('Text.\n\n> — A. Person\n'),
      expected: ['01-start.md 5:1'],
      severity: 'warn'
    },
    {
      name: 'a colon lead-in that names nobody',
      files: chapter('Consider this:\n\n> "Kettles boil faster when watched by nobody."\n'),
      expected: ['01-start.md 5:1']
    },
    {
      name: 'a sentence that merely starts with "Note"',
      files: chapter('> “Note that kettles boil faster when watched by nobody.”\n'),
      expected: ['01-start.md 3:1']
    },
    {
      name: 'a path after a tilde is not a source',
      files: chapter('> “Keep the kettle in your home folder.”\n>\n> ~/kettle\n'),
      expected: ['01-start.md 3:1']
    },
    {
      name: 'an unknown alert kind',
      files: chapter('> [!KETTLE]\n> Boils.\n'),
      expected: ['01-start.md 3:1'],
      severity: 'warn'
    },
    {
      name: 'anonymous without consent',
      files: chapter('> Words worth quoting.\n>\n> — Anonymous\n'),
      expected: ['01-start.md 3:1'],
      reason: /Anonymous quotation does not say it is shared with consent/
    },
    {
      name: 'a case story without a source',
      files: chapter(':::case-story{title="Priya"}\nText.\n:::\n'),
      expected: ['01-start.md 3:1'],
      reason: /Case story has no source; add `source="…"`/
    },
    {
      name: 'a quotation inside a tip',
      files: chapter(':::tip\n> “Unsourced.”\n:::\n'),
      expected: ['01-start.md 4:1']
    }
  ]
})
