// Tests which addresses a check asked for by the manuscript alone may not reach.
import {describe, expect, it} from 'vitest'
import {isNonPublic, nonPublicAddress} from '../../../src/check/external/private-address.js'

describe('isNonPublic', () => {
  const table: Array<[address: string, nonPublic: boolean]> = [
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true], // cloud metadata services
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['93.184.215.14', false],
    ['8.8.8.8', false],
    ['::1', true],
    ['::', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['2606:4700::1111', false]
  ]
  for (const [address, expected] of table) {
    it(`${address} is ${expected ? 'not public' : 'public'}`, () => {
      expect(isNonPublic(address)).toBe(expected)
    })
  }
})

describe('nonPublicAddress', () => {
  it('finds loopback behind IP literals and localhost, and nothing for a public literal', async () => {
    expect(await nonPublicAddress('http://127.0.0.1:8080/x')).toBe('127.0.0.1')
    expect(await nonPublicAddress('http://[::1]/x')).toBe('::1')
    expect(await nonPublicAddress('http://localhost/x')).toMatch(/^(127\.0\.0\.1|::1)$/)
    expect(await nonPublicAddress('https://8.8.8.8/')).toBeUndefined()
  })
})
