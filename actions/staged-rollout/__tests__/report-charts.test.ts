import { describe, expect, it } from '@jest/globals'
import type { AnalysisResult, Measurement, MetricRun } from '../src/domain/analysis.js'
import { buildSummary } from '../src/domain/report.js'
import { newState } from '../src/domain/rollout.js'

const t0 = Date.UTC(2026, 0, 1)
const counters = { measured: 1, failed: 1, inconclusive: 0, errors: 0, consecutiveErrors: 0, samples: 1 }
const measurement = (metric: string, s: number, value: number): Measurement =>
  ({ metric, at: t0 + s * 1000, outcome: 'successful', value, reason: '', counted: true }) as Measurement
const metric = (name: string, phase: MetricRun['phase'], values: [number, number][]): MetricRun =>
  ({
    name,
    dryRun: false,
    condition: 'result < 0.01',
    phase,
    message: '',
    counters,
    measurements: values.map(([s, v]) => measurement(name, s, v)),
  }) as MetricRun

function rolledBack(analyses: AnalysisResult[]): string {
  const s = newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, t0)
  s.history = [
    { at: t0 + 1000, step: 1, action: 'setWeight 20%', weight: 20, verdict: 'applied', detail: '' },
    { at: t0 + 9000, step: 0, action: 'canary 0%', weight: 0, verdict: 'aborted', detail: 'traffic back on stable' },
  ]
  s.phase = 'aborted'
  s.reason = 'analysis failed:\n- error-rate: 0.5 is not < 0.01\n- latency-p99: 900 is not < 500'
  return buildSummary(s, analyses, { where: 'file', router: 'file' }).toString()
}

describe('rolled-back summary charts', () => {
  it('charts the failing metric in red even after a single measurement, next to the 0-100 weight chart', () => {
    const md = rolledBack([
      {
        phase: 'failed',
        startedAt: t0,
        finishedAt: t0 + 8000,
        metrics: [
          metric('error-rate', 'failed', [[8, 0.5]]),
          metric('latency', 'successful', [
            [2, 120],
            [8, 140],
          ]),
        ],
      },
    ])
    expect(md).toContain('y-axis "weight %" 0 --> 100')
    expect(md).toMatch(
      /plotColorPalette: "#cf222e"\n---\nxychart-beta\n {2}title "error-rate over time \(failed\)"[\s\S]*? {2}bar \[0\.5\]/,
    )
    expect(md).toContain('title "latency over time"')
  })

  it('an all-zero error rate is drawn off the axis', () => {
    const md = rolledBack([
      {
        phase: 'successful',
        startedAt: t0,
        finishedAt: t0 + 8000,
        metrics: [
          metric('error-rate', 'successful', [
            [2, 0],
            [4, 0],
            [8, 0],
          ]),
        ],
      },
    ])
    expect(md).toContain('y-axis "error-rate" -1 --> 1')
  })

  it('a multi-line reason keeps its lines', () => {
    const md = rolledBack([])
    expect(md).toContain(
      '**Why:** analysis failed:\n\n```text\n- error-rate: 0.5 is not < 0.01\n- latency-p99: 900 is not < 500\n```',
    )
  })
})
