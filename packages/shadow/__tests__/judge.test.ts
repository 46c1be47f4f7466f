import { describe, expect, test } from '@jest/globals'
import { judgeShadowReport } from '../src/judge.mjs'

const report = (compared: number, differed: number, dropped = 0) => ({
  compared,
  differed,
  skipped: { queue_full: dropped },
  darkErrors: { timeout: 1, error: 0 },
})

describe('judgeShadowReport', () => {
  test('pass, fail and inconclusive, with the numbers in the reason', () => {
    expect(judgeShadowReport(report(200, 1), { maxDiffRate: 0.01 })).toEqual({
      verdict: 'pass',
      reason: 'diff rate 0.50% (1/200) is within 1.00% (0 copies dropped, 1 dark errors/timeouts)',
      diffRate: 0.005,
      compared: 200,
      dropped: 0,
    })
    expect(judgeShadowReport(report(200, 3, 7), { maxDiffRate: 0.01 })).toMatchObject({
      verdict: 'fail',
      reason: 'diff rate 1.50% (3/200) is above 1.00% (7 copies dropped, 1 dark errors/timeouts)',
    })
    expect(judgeShadowReport(report(40, 40), { maxDiffRate: 0.01, minCompared: 50 })).toMatchObject({
      verdict: 'inconclusive',
      reason: 'only 40 responses compared, fewer than the minimum 50 (0 copies dropped, 1 dark errors/timeouts)',
    })
    expect(judgeShadowReport(report(0, 0), { maxDiffRate: 0 })).toMatchObject({ verdict: 'inconclusive', diffRate: 0 })
  })
})
