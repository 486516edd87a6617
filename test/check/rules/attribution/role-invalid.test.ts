// Tests for `attribution/role-invalid`: roles are MARC relator codes, in book.yaml and front matter.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable} from '../../rule-table.js'

const withContributor = (role: string): string => `${minimalBookYaml}contributors:\n  - name: Jo Editor\n    role: ${role}\n`

ruleTable('attribution/role-invalid', {
  valid: [
    {name: 'common codes', files: {'book.yaml': withContributor('edt')}},
    {name: 'a rare code', files: {'book.yaml': withContributor('bkd')}},
    {name: 'a funder', files: {'book.yaml': withContributor('fnd')}}
  ],
  invalid: [
    {
      name: 'a misspelt code',
      files: {'book.yaml': withContributor('edit')},
      expected: ['book.yaml 14:11'],
      reason: /Role `edit` of `Jo Editor` is not a MARC relator code; did you mean `edt`\?/
    },
    {
      name: 'the term instead of the code',
      files: {'book.yaml': withContributor('Illustrator')},
      expected: ['book.yaml 14:11'],
      reason: /did you mean `ill`\?/
    },
    {
      name: 'a discontinued code',
      files: {'book.yaml': withContributor('clb')},
      expected: ['book.yaml 14:11'],
      reason: /`clb` of `Jo Editor` is a discontinued MARC relator code; use `ctb`/
    },
    {
      name: 'an author role',
      files: {'book.yaml': minimalBookYaml.replace('  - name: Ada Writer\n', '  - name: Ada Writer\n    role: writer\n')},
      expected: ['book.yaml 7:11']
    },
    {
      name: 'a role in front matter',
      files: {'01-start.md': '---\ncontributors:\n  - name: Jo Editor\n    role: foreword\n---\n\n# Start\n'},
      expected: ['01-start.md 4:11']
    }
  ]
})
