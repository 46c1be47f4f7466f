import { describe, expect, it } from '@jest/globals'
import { changeOrder, describeWeights, parseGetWeight, serverWeights } from '../src/domain/haproxy-weights.js'

describe('haproxy weights (pure)', () => {
  const servers = { stable: ['blue-1', 'blue-2'], canary: ['green-1'] }

  it('spreads each version share evenly over its servers, as weights 0..200, never 0 for a non-zero share', () => {
    expect(describeWeights(serverWeights(0, servers))).toBe('blue-1=100 blue-2=100 green-1=0')
    expect(describeWeights(serverWeights(10, servers))).toBe('blue-1=90 blue-2=90 green-1=20')
    expect(describeWeights(serverWeights(100, servers))).toBe('blue-1=0 blue-2=0 green-1=200')
    expect(describeWeights(serverWeights(1, { stable: ['a'], canary: ['b', 'c', 'd', 'e', 'f'] }))).toBe(
      'a=198 b=1 c=1 d=1 e=1 f=1',
    )
    for (let w = 0; w <= 100; w++) for (const x of serverWeights(w, servers)) expect(x.weight).toBeLessThanOrEqual(256)
  })

  it('raises before it lowers, so the backend never has every server at 0; unchanged servers are left alone', () => {
    const now = new Map([
      ['blue-1', 100],
      ['blue-2', 100],
      ['green-1', 0],
    ])
    expect(describeWeights(changeOrder(now, serverWeights(100, servers)))).toBe('green-1=200 blue-1=0 blue-2=0')
    const promoted = new Map([
      ['blue-1', 0],
      ['blue-2', 0],
      ['green-1', 200],
    ])
    expect(describeWeights(changeOrder(promoted, serverWeights(0, servers)))).toBe('blue-1=100 blue-2=100 green-1=0')
    expect(changeOrder(now, serverWeights(0, servers))).toEqual([])
  })

  it('parses what get weight answers, and nothing else', () => {
    expect(parseGetWeight('20 (initial 100)\n')).toEqual({ current: 20, initial: 100 })
    expect(parseGetWeight('No such server.\n')).toBeUndefined()
    expect(parseGetWeight('')).toBeUndefined()
  })
})
