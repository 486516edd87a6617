// Tests for `text/glyph-missing`: characters that no font the book embeds can draw.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable} from '../../rule-table.js'

ruleTable('text/glyph-missing', {
  valid: [
    {name: 'Latin, Polish and Vietnamese letters (Literata)', files: {'01-start.md': '# Start\n\nZażółć gęślą, Tiếng Việt, café.\n'}},
    {name: 'Greek and Cyrillic words (Literata)', files: {'01-start.md': '# Start\n\nThe harbour is λιμάνι, the lamp is фонарь.\n'}},
    {name: 'emoji, with and without a joiner (Noto Color Emoji)', files: {'01-start.md': '# Start\n\nA lit window 🪟, a keeper at work 👩‍🔧, a heart ❤️.\n'}},
    {name: 'arrows, chess pieces and maths (Noto Sans Symbols, Math)', files: {'01-start.md': '# Start\n\nNorth ↑, then east → to the ♞, where x ≤ ∞ and 𝔄.\n'}},
    {name: 'Devanagari, Arabic, Hebrew and Thai words (Noto Sans)', files: {'01-start.md': '# Start\n\nदीप, منارة, מגדלור, ประภาคาร.\n'}},
    {name: 'box drawing in code (JetBrains Mono)', files: {'01-start.md': '# Start\n\n```\n┌──┐\n└──┘\n```\n'}}
  ],
  invalid: [
    {
      name: 'a private-use character, twice',
      files: {'01-start.md': '# Start\n\nThe lamp glows \uE000 brightly.\n\nAgain \uE000 here.\n'},
      expected: ['01-start.md 3:16'],
      severity: 'warn',
      reason: /No font the book embeds has a glyph for `U\+E000`, a private-use character that only a font of its own defines; it prints as an empty box or in a font of the printing machine \(1 more in this chapter\)/
    },
    {
      name: 'an unassigned code point on a later line of a paragraph',
      files: {'01-start.md': '# Start\n\nThe first line,\nthen a stray \u0378 here.\n'},
      expected: ['01-start.md 4:14'],
      severity: 'warn',
      reason: /`U\+0378`, a code point Unicode has not assigned/
    },
    {
      name: 'Chinese characters, one message for the chapter',
      files: {'01-start.md': '# Start\n\n## The word 灯塔\n\nIt reads 灯塔光明日 in the log.\n'},
      expected: ['01-start.md 3:13'],
      severity: 'warn',
      reason: /No font the book embeds has a glyph for Chinese, Japanese or Korean characters \(`灯`, `塔`, `光` and 2 more\): Colophon bundles no CJK font/
    },
    {
      name: 'a character of a script no bundled font has',
      files: {'01-start.md': '# Start\n\nThe stone reads 𓀀.\n'},
      expected: ['01-start.md 3:17'],
      severity: 'warn',
      reason: /`𓀀` \(`U\+13000`\), which none of the bundled fonts has; it prints as an empty box or in a font of the printing machine$/
    },
    {
      name: 'a private-use character in code',
      files: {'01-start.md': '# Start\n\nRun `lamp \uE0A0 on` now.\n'},
      expected: ['01-start.md 3:11'],
      severity: 'warn',
      reason: /`U\+E0A0`/
    },
    {
      name: 'an author name in Korean in book.yaml, at its value',
      files: {'book.yaml': minimalBookYaml.replace('  - name: Ada Writer\n', '  - name: Ada Writer\n  - name: 김등대\n')},
      expected: ['book.yaml 7:11'],
      severity: 'warn',
      reason: /Chinese, Japanese or Korean characters \(`김`, `등`, `대`\)/
    },
    {
      name: 'a character written as an entity, at its text node',
      files: {'01-start.md': '# Start\n\nA mark &#xF8FF; here.\n'},
      expected: ['01-start.md 3:1'],
      severity: 'warn',
      reason: /`U\+F8FF`/
    }
  ]
})
