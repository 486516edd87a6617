// Tests for `attribution/rights-missing`: the book says who holds its rights.
import {minimalBookYaml} from '../../../helpers/manuscript.js'
import {ruleTable} from '../../rule-table.js'

ruleTable('attribution/rights-missing', {
  valid: [
    {name: 'rights and licence', files: {}},
    {name: 'rights without a licence (all rights reserved)', files: {'book.yaml': minimalBookYaml.replace('license: CC-BY-4.0\n', '')}}
  ],
  invalid: [
    {
      name: 'a licence without rights',
      files: {'book.yaml': minimalBookYaml.replace(/^rights:.*\n/m, '')},
      expected: ['book.yaml 7:1'],
      reason: /Book has no `rights` statement; add `rights: © <year> <holder>`/,
      severity: 'warn'
    },
    {
      name: 'neither',
      files: {'book.yaml': minimalBookYaml.replace(/^rights:.*\n/m, '').replace(/^license:.*\n/m, '')},
      expected: ['book.yaml 1:1'],
      reason: /no `rights` statement or `license`/
    }
  ]
})
