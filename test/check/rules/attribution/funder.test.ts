// Tests for `attribution/funder`: funders are book contributors, acknowledged on the generated credits page.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable} from '../../rule-table.js'

const funded = `${minimalBookYaml}contributors:\n  - name: The Example Trust\n    role: fnd\n`

ruleTable('attribution/funder', {
  valid: [
    {name: 'a funder in book.yaml', files: {'book.yaml': funded}},
    {name: 'a funder named in a chapter too', files: {'book.yaml': funded, '01-start.md': '---\ncontributors:\n  - name: The Example Trust\n    role: fnd\n---\n\n# Start\n'}}
  ],
  invalid: [
    {
      name: 'a funder named only in a chapter',
      files: {'01-start.md': '---\ncontributors:\n  - name: The Example Trust\n    role: fnd\n---\n\n# Start\n'},
      expected: ['01-start.md 3:11'],
      reason: /Funder `The Example Trust` is not in `book.yaml`, so the credits page does not acknowledge them/
    },
    {
      name: 'a funder listed as an author',
      files: {'book.yaml': minimalBookYaml.replace('  - name: Ada Writer\n', '  - name: Ada Writer\n  - name: The Example Trust\n    role: fnd\n')},
      expected: ['book.yaml 8:11'],
      reason: /Funder `The Example Trust` is listed under `authors`; move them to `contributors`/
    }
  ]
})
