// Tests for `markdown/citation-unrendered`: Pandoc citations and Quarto cross-references are reported; e-mail, code and links are not.
import {ruleTable} from '../../rule-table.js'

ruleTable('markdown/citation-unrendered', {
  valid: [
    {name: 'Quarto cross-references, read as links rather than citations', files: {'01-start.md': '# Start\n\n## Tides {#sec-tides}\n\nThe map in @fig-harbour shows it; see @sec-tides.\n'}},
    {
      name: 'e-mail addresses, handles in links and code, package scopes, escaped at signs',
      files: {
        '01-start.md':
          '# Start\n\nWrite to editor@example.org or <desk@example.org>.\n\nFollow [@inkwell](https://example.org/@inkwell) there.\n\nInstall `@fontsource/literata` and decorate with `@cached`.\n\n```python\n@cached\ndef f(): pass\n```\n\nThe \\@notakey stays.\n'
      }
    }
  ],
  invalid: [
    {
      name: 'bracketed, located, suppressed-author and in-text citations',
      files: {'01-start.md': '# Start\n\nAs shown [@ward1998].\n\nSee [@ward1998, p. 33].\n\nWard says so [-@ward1998].\n\n@ward1998 says so.\n\nTwo at once [see @ward1998; @okoro2004].\n'},
      expected: ['01-start.md 3:11', '01-start.md 5:6', '01-start.md 7:15', '01-start.md 9:1', '01-start.md 11:18', '01-start.md 11:29'],
      severity: 'warn',
      reason: [
        /^Citation `@ward1998` is not rendered: Colophon has no bibliography yet, so it shows as written/,
        /`@ward1998`/,
        /^Citation `-@ward1998`/,
        /`@ward1998`/,
        /`@ward1998`/,
        /`@okoro2004`/
      ]
    }
  ]
})
