import { describe, expect, it } from '@jest/globals'
import { erfc, judgeCompare, mannWhitney, ranks } from '../src/domain/mann-whitney.js'

// Expected values computed with SciPy 1.17: scipy.stats.mannwhitneyu(x, y, method='asymptotic', use_continuity=True).
describe('mannWhitney', () => {
  const rows = [
    { name: 'fully separated samples', x: [1, 2, 3, 4, 5], y: [6, 7, 8, 9, 10], u: 0, p: 0.012185780355344813 },
    { name: 'ties across groups', x: [1, 2, 2, 3, 5], y: [2, 4, 4, 6, 7, 7], u: 5, p: 0.07864522326072336 },
    {
      name: 'error rates with ties',
      x: [0.11, 0.12, 0.1, 0.13, 0.12, 0.11],
      y: [0.1, 0.1, 0.11, 0.1, 0.12, 0.1],
      u: 28,
      p: 0.10923560011796228,
    },
    { name: 'two constant groups', x: [1, 1, 1], y: [0, 0, 0], u: 9, p: 0.04685417760387376 },
  ]
  it.each(rows)('$name matches SciPy', ({ x, y, u, p }) => {
    const r = mannWhitney(x, y)
    expect(r.u).toBe(u)
    expect(r.pValue).toBeCloseTo(p, 6)
  })

  it('identical constant samples give p = 1', () => {
    expect(mannWhitney([0, 0, 0], [0, 0, 0])).toEqual({ u: 4.5, z: 0, pValue: 1 })
  })

  it('ranks average ties and computes the tie term', () => {
    expect(ranks([10, 20, 20, 30])).toEqual({ ranks: [1, 2.5, 2.5, 4], tieTerm: 6 })
  })

  it('erfc is accurate', () => {
    expect(erfc(0)).toBeCloseTo(1, 7)
    expect(erfc(1)).toBeCloseTo(0.157299207050285, 7)
    expect(erfc(-1)).toBeCloseTo(1.842700792949715, 7)
    expect(erfc(3)).toBeCloseTo(2.209049699858544e-5, 9)
  })
})

describe('judgeCompare', () => {
  const spec = { direction: 'increase' as const, effectSize: 1.2, confidence: 0.95 }
  it('fails a significantly and substantially worse canary', () => {
    const v = judgeCompare([10, 11, 12, 13, 14], [5, 5.5, 6, 6.5, 7], spec)
    expect(v.outcome).toBe('failed')
    expect(v.reason).toMatch(/canary higher than baseline: p=0\.0122 < 0\.050, mean ratio 2\.000 beyond 1\.2/)
  })
  it('passes a significant but small difference (effect-size gate)', () => {
    const v = judgeCompare([10.1, 10.2, 10.3, 10.4, 10.5], [10, 10.01, 10.02, 10.03, 10.04], spec)
    expect(v.outcome).toBe('successful')
    expect(v.reason).toMatch(/within the effect size/)
  })
  it('passes an improvement when only increases are bad', () => {
    expect(judgeCompare([1, 1.1, 1.2, 1.3, 1.4], [5, 6, 7, 8, 9], spec).outcome).toBe('successful')
  })
  it('fails a drop when direction is decrease', () => {
    expect(judgeCompare([1, 1.1, 1.2, 1.3, 1.4], [5, 6, 7, 8, 9], { ...spec, direction: 'decrease' }).outcome).toBe(
      'failed',
    )
  })
  it('treats a zero baseline against errors as an infinite ratio', () => {
    const v = judgeCompare([1, 1, 1, 1, 1], [0, 0, 0, 0, 0], spec)
    expect(v.meanRatio).toBe(Infinity)
    expect(v.outcome).toBe('failed')
  })
  it('passes when there is no difference', () => {
    expect(judgeCompare([0, 0, 0], [0, 0, 0], spec).outcome).toBe('successful')
  })
})
