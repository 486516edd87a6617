// Tests for `markdown/include-unprocessed`: other tools' includes, variables and template tags are reported where they stand, code and escapes are not.
import {ruleTable} from '../../rule-table.js'

ruleTable('markdown/include-unprocessed', {
  valid: [
    {
      name: 'escaped mdBook links and Handlebars blocks (literal in mdBook)',
      files: {'01-start.md': '# Start\n\nWrite `\\{{#include notes.rs:2:8}}` to pull lines in.\n\n```hbs\n\\{{#title A Title}}\n{{#each chapters}}{{/each}}\n{{#toc}}{{/toc}}\n```\n'}
    },
    {
      name: 'Django template tags in code and in raw regions',
      files: {
        '01-start.md':
          '# Start\n\n```html\n{% extends "base.html" %}\n{% block body %}{% for item in items %}{{ item.name }}{% endfor %}{% endblock %}\n{% include "parts/icon.svg" %}\n```\n\nThe loop tag {% raw %}{% for %}{% endraw %} repeats, and `{{ item.name }}` prints.\n'
      }
    },
    {name: 'escaped Quarto shortcodes', files: {'01-start.md': '# Start\n\nWrite `{{</* meta title */>}}` or {{{< meta title >}}}.\n'}}
  ],
  invalid: [
    {
      name: 'an mdBook include of Markdown outside code and a playground, at their lines; includes in code are processed',
      files: {
        '01-start.md': '# Start\n\n{{#include shared/setup.md}}\n\n```rust\n{{#include listings/hello.rs}}\n```\n\n```rust\n{{#playground listings/run.rs editable}}\n```\n',
        'listings/hello.rs': 'fn main() {}\n'
      },
      expected: ['01-start.md 3:1', '01-start.md 10:1'],
      severity: 'warn',
      reason: [
        /^mdBook include `\{\{#include shared\/setup\.md\}\}` is not processed: the file is not included/,
        /^mdBook include `\{\{#playground listings\/run\.rs editable\}\}`/
      ]
    },
    {
      name: 'an mdBook title',
      files: {'01-start.md': '# Start\n\n{{#title The Start}}\n'},
      expected: ['01-start.md 3:1'],
      severity: 'warn',
      reason: /^mdBook template tag `\{\{#title The Start\}\}` is not processed: it shows as written; give the title in front matter/
    },
    {
      name: 'GitBook include, book variable (in prose and in code) and plugin block',
      files: {
        '01-start.md':
          '# Start\n\n{% include "/shared/setup.md" %}\n\nInstall version {{ book.tool_version }} first.\n\n{% filename %}setup.cfg{% endfilename %}\n```\npip install tool=={{ book.tool_version }}\n```\n'
      },
      expected: ['01-start.md 3:1', '01-start.md 5:17', '01-start.md 7:1', '01-start.md 9:19'],
      severity: 'warn',
      reason: [/^GitBook include `\{% include "\/shared\/setup\.md" %\}`/, /^GitBook variable `\{\{ book\.tool_version \}\}` is not processed: its value is not filled in/, /^GitBook template tag `\{% filename %\}`/, /^GitBook variable/]
    },
    {
      name: 'the same GitBook tag on every listing: once per chapter, with a count; includes each where they stand',
      files: {
        '01-start.md':
          '# Start\n\n{% filename %}a.py{% endfilename %}\n\n{% include "/a.md" %}\n\n{% filename %}b.py{% endfilename %}\n\n{% include "/b.md" %}\n\n{% filename %}c.py{% endfilename %}\n'
      },
      expected: ['01-start.md 3:1', '01-start.md 5:1', '01-start.md 9:1'],
      severity: 'warn',
      reason: [/^GitBook template tag `\{% filename %\}` is not processed \(and 2 more `filename` tags in this chapter\): /, /^GitBook include/, /^GitBook include/]
    },
    {
      name: 'a GitBook collapsible section, whose title would vanish with its comment',
      files: {'01-start.md': '# Start\n\n<!--sec data-title="On a phone" data-id="phone"\ndata-collapse=true ces-->\n\nTap the icon.\n\n<!--endsec-->\n'},
      expected: ['01-start.md 3:1'],
      severity: 'warn',
      reason: /^GitBook section `<!--sec … ces-->` is not processed: the collapsible section's title `On a phone` is dropped with the comment \(its content stays\); write the title as a heading$/
    },
    {
      name: 'an include of a book page inside code is still an include',
      files: {'01-start.md': '# Start\n\n```\n{% include "parts/intro.md" %}\n```\n'},
      expected: ['01-start.md 4:1'],
      severity: 'warn'
    },
    {
      name: 'Quarto include and meta shortcodes',
      files: {'01-start.md': '# Start\n\n{{< include _intro.qmd >}}\n\nSee [the code](https://example.org/{{< meta repo >}}).\n'},
      expected: ['01-start.md 3:1', '01-start.md 5:36'],
      severity: 'warn',
      reason: [/^Quarto include `\{\{< include _intro\.qmd >\}\}`/, /^Quarto variable `\{\{< meta repo >\}\}`/]
    }
  ]
})
