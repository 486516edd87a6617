// Tests for `attribution/author-missing`: the book names an author.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable} from '../../rule-table.js'

ruleTable('attribution/author-missing', {
  valid: [{name: 'one author', files: {}}],
  invalid: [
    {
      name: 'an empty list of authors',
      files: {'book.yaml': minimalBookYaml.replace('authors:\n  - name: Ada Writer\n', 'authors: []\n')},
      expected: ['book.yaml 5:1'],
      reason: /Book has no author; add `authors:`/
    },
    {
      name: 'no authors key',
      files: {'book.yaml': minimalBookYaml.replace('authors:\n  - name: Ada Writer\n', '')},
      expected: ['book.yaml 1:1']
    }
  ]
})
