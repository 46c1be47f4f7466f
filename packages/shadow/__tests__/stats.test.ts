import { describe, expect, test } from '@jest/globals'
import { LatencyHistogram, ShadowStats } from '../src/stats.mjs'

describe('ShadowStats', () => {
  test('latency histograms render cumulative Prometheus buckets and bucket-bound percentiles', () => {
    const h = new LatencyHistogram()
    for (const s of [0.0005, 0.002, 0.002, 0.3, 20]) h.observe(s)
    const lines = h.lines('x')
    expect(lines).toContain('x_bucket{le="0.001"} 1')
    expect(lines).toContain('x_bucket{le="0.0025"} 3')
    expect(lines).toContain('x_bucket{le="0.5"} 4')
    expect(lines).toContain('x_bucket{le="10"} 4')
    expect(lines.slice(-3)).toEqual(['x_bucket{le="+Inf"} 5', 'x_sum 20.3045', 'x_count 5'])
    expect([h.percentile(50), h.percentile(80), h.percentile(100)]).toEqual([0.0025, 0.5, Infinity])
    expect(new LatencyHistogram().percentile(50)).toBeUndefined()
  })

  test('diff rate, samples capped, every metric has HELP and TYPE', () => {
    const stats = new ShadowStats({ production: 'p', dark: 'd', darkWrites: false, maxSamples: 1 })
    const diff = {
      equal: false,
      kinds: ['body'] as ('status' | 'header' | 'body')[],
      differences: [{ kind: 'body' as const, path: '$.a', production: '1', dark: '2' }],
      bodyCompared: 'json' as const,
    }
    stats.recordComparison({ method: 'GET', path: '/a' }, diff)
    stats.recordComparison({ method: 'GET', path: '/b' }, diff)
    stats.recordComparison(
      { method: 'GET', path: '/c' },
      { equal: true, kinds: [], differences: [], bodyCompared: 'json' },
    )
    expect(stats.report()).toMatchObject({ compared: 3, differed: 2, matched: 1, diffsByKind: { body: 2 } })
    expect(stats.report().samples.map((s) => s.path)).toEqual(['/a'])
    const text = stats.prometheus()
    const names = new Set(
      text
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split(/[{ ]/)[0]!.replace(/_(bucket|sum|count)$/, '')),
    )
    for (const name of names) {
      const base = text.includes(`# TYPE ${name} `) ? name : name.replace(/_(bucket|sum|count)$/, '')
      expect(text).toContain(`# TYPE ${base} `)
      expect(text).toContain(`# HELP ${base} `)
    }
    expect(text).toContain('shadow_diff_ratio 0.6666666666666666')
  })
})
