// Tests for `attribution/contributor-uncredited`: chapter contributors and book.yaml agree, both ways.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable} from '../../rule-table.js'

const withForeword = `${minimalBookYaml}contributors:\n  - name: Dr Sam Example\n    role: aui\n`
const foreword = (name: string, role: string): string => `---\ncontributors:\n  - name: ${name}\n    role: ${role}\n---\n\n# Start\n`

ruleTable('attribution/contributor-uncredited', {
  valid: [
    {name: 'the same person both ways', files: {'book.yaml': withForeword, '01-start.md': foreword('Dr Sam Example', 'aui')}},
    {name: 'an author named in a chapter', files: {'01-start.md': foreword('Ada Writer', 'aut')}},
    {name: 'a book-wide role named by no chapter', files: {'book.yaml': `${minimalBookYaml}contributors:\n  - name: Jo Editor\n    role: edt\n`}}
  ],
  invalid: [
    {
      name: 'a chapter contributor missing from book.yaml',
      files: {'01-start.md': foreword('Dr Sam Example', 'aui')},
      expected: ['01-start.md 3:11'],
      reason: /Contributor `Dr Sam Example` is not credited in `book.yaml`; add them to `contributors` with role `aui`/
    },
    {
      name: 'a different role in the chapter',
      files: {'book.yaml': withForeword, '01-start.md': foreword('Dr Sam Example', 'edt')},
      expected: ['01-start.md 4:11'],
      reason: /is `edt` here but `aui` in `book.yaml`/
    },
    {
      name: 'a foreword writer no chapter names',
      files: {'book.yaml': withForeword},
      expected: ['book.yaml 13:11'],
      reason: /Contributor `Dr Sam Example` \(`aui`\) is named by no chapter/
    }
  ]
})
