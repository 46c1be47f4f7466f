import { describe, expect, it } from '@jest/globals'
import { parseMetrics } from '../src/domain/metrics.js'
import { blueGreenSteps, parseSteps } from '../src/domain/steps.js'
import { compilePath } from '../src/domain/jsonpath.js'
import { promDuration, render } from '../src/domain/template.js'

const prom = {
  prometheus: { address: 'http://127.0.0.1:9090', query: 'sum(rate(errors{version="{{ canary }}"}[{{ interval }}]))' },
}

describe('parseSteps', () => {
  it('parses every step kind', () => {
    expect(
      parseSteps(
        [
          { setWeight: 5 },
          { pause: '2m' },
          { pause: {} },
          { pause: { duration: 30 } },
          { pause: '0.5' },
          { analysis: {} },
          { analysis: { metrics: ['errors'] } },
        ],
        ['errors'],
      ),
    ).toEqual([
      { kind: 'setWeight', weight: 5 },
      { kind: 'pause', durationMs: 120_000 },
      { kind: 'pause', durationMs: undefined },
      { kind: 'pause', durationMs: 30_000 },
      { kind: 'pause', durationMs: 500 }, // a bare number is seconds, as text or as a YAML number
      { kind: 'analysis', set: 'metrics', metrics: undefined },
      { kind: 'analysis', set: 'metrics', metrics: ['errors'] },
    ])
  })
  const bad = [
    {
      name: 'weight above 100',
      raw: [{ setWeight: 150 }],
      message: "Input 'steps': 'setWeight: 150' (step 1) is not a weight: a whole percent from 0 to 100",
    },
    {
      name: 'negative weight',
      raw: [{ setWeight: 10 }, { setWeight: -5 }],
      message: "Input 'steps': 'setWeight: -5' (step 2) is not a weight",
    },
    { name: 'fractional weight', raw: [{ setWeight: 2.5 }], message: '(step 1) is not a weight' },
    {
      name: 'unknown kind',
      raw: [{ setWieght: 5 }],
      message:
        "Input 'steps': 'setWieght' (step 1) is not a step kind; use setWeight, pause or analysis (or darkLaunch for a dark launch)",
    },
    {
      name: 'two keys in one step',
      raw: [{ setWeight: 5, pause: '1m' }],
      message: 'exactly one of setWeight, pause, analysis',
    },
    { name: 'not a list', raw: { setWeight: 5 }, message: 'is not a non-empty YAML list of steps' },
    { name: 'empty list', raw: [], message: 'is not a non-empty YAML list of steps' },
    { name: 'bad pause', raw: [{ pause: 'soon' }], message: "'pause: soon' (step 1) is not a pause" },
    {
      name: 'unknown metric',
      raw: [{ analysis: { metrics: ['latency'] } }],
      message: "Input 'steps': 'latency' (step 1) is not a metric in 'metrics'; known: errors",
    },
  ]
  it.each(bad)('refuses $name', ({ raw, message }) => {
    expect(() => parseSteps(raw, ['errors'])).toThrow(message)
  })
  it('refuses an analysis step with no metrics', () => {
    expect(() => parseSteps([{ analysis: {} }], [])).toThrow(
      "Input 'metrics': '' is empty, but step 1 is an analysis step",
    )
  })
  it('builds the blue-green plan', () => {
    expect(
      blueGreenSteps({ hasPreviewChecks: true, hasMetrics: true, scaleDownDelayMs: 1000 }).map((s) => s.kind),
    ).toEqual(['analysis', 'setWeight', 'analysis', 'pause'])
    expect(blueGreenSteps({ hasPreviewChecks: false, hasMetrics: false, scaleDownDelayMs: 0 })).toEqual([
      { kind: 'setWeight', weight: 100 },
    ])
  })
})

describe('parseMetrics', () => {
  it('applies Argo-like defaults', () => {
    const [m] = parseMetrics([{ name: 'errors', provider: prom, 'success-condition': 'result < 0.01' }])
    expect(m).toMatchObject({
      name: 'errors',
      intervalMs: 30_000,
      count: 1,
      failureLimit: 0,
      inconclusiveLimit: 0,
      consecutiveErrorLimit: 4,
      minSamples: 1,
      dryRun: false,
    })
    expect(m?.provider).toEqual({
      kind: 'prometheus',
      address: 'http://127.0.0.1:9090',
      query: prom.prometheus.query,
      headers: {},
    })
    const [auth] = parseMetrics([
      { name: 'e', provider: { prometheus: { ...prom.prometheus, headers: { Authorization: 'Bearer t' } } } },
    ])
    expect(auth?.provider).toMatchObject({ headers: { Authorization: 'Bearer t' } })
    expect(() =>
      parseMetrics([{ name: 'e', provider: { prometheus: { ...prom.prometheus, headers: { 'Bad Header': 'x' } } } }]),
    ).toThrow('is not a mapping of header names to strings (prometheus headers')
  })
  it('reads an http provider and a compare metric', () => {
    const [m] = parseMetrics([
      {
        name: 'lat',
        compare: { direction: 'increase', 'effect-size': 1.2 },
        interval: '250ms',
        count: 8,
        provider: { http: { url: 'http://127.0.0.1:1/stats?v={{ target }}', 'json-path': '$.latency[*]' } },
      },
    ])
    expect(m?.compare).toEqual({ direction: 'increase', effectSize: 1.2, confidence: 0.95 })
    expect(m?.minSamples).toBe(3)
    expect(m?.intervalMs).toBe(250)
  })
  const bad = [
    {
      name: 'unknown name in a condition',
      item: { name: 'e', provider: prom, 'success-condition': 'latency < 5' },
      message: "Input 'metrics': 'latency < 5' is not a valid success-condition of metric 'e': unknown name 'latency'",
    },
    {
      name: 'camelCase key',
      item: { name: 'e', provider: prom, failureLimit: 2 },
      message: "Input 'metrics': 'failureLimit' is not a key of metric 'e'; known keys:",
    },
    {
      name: 'two providers',
      item: { name: 'e', provider: { ...prom, http: {} } },
      message: "is not a provider of metric 'e'",
    },
    {
      name: 'bad address',
      item: { name: 'e', provider: { prometheus: { address: 'localhost:9090', query: 'up' } } },
      message: "'localhost:9090' is not an http(s) URL (prometheus address of metric 'e')",
    },
    {
      name: 'unknown template variable',
      item: { name: 'e', provider: { prometheus: { address: 'http://127.0.0.1:1', query: 'up{v="{{ version }}"}' } } },
      message: "'{{ version }}' is not a template variable",
    },
    {
      name: 'bad json-path',
      item: { name: 'e', provider: { http: { url: 'http://127.0.0.1:1/', 'json-path': 'data.x' } } },
      message: "'data.x' (json-path of metric 'e') must start with '$'",
    },
    {
      name: 'negative count',
      item: { name: 'e', provider: prom, count: 0 },
      message: "'0' is not a whole number from 1 to 10000 (count of metric 'e')",
    },
    {
      name: 'bad interval',
      item: { name: 'e', provider: prom, interval: 'often' },
      message: "'often' is not a duration from 10ms to 6h",
    },
    {
      name: 'compare with a condition',
      item: { name: 'e', provider: prom, compare: {}, 'success-condition': 'result < 1' },
      message: 'has both compare and a condition',
    },
  ]
  it.each(bad)('refuses $name', ({ item, message }) => {
    expect(() => parseMetrics([item])).toThrow(message)
  })
  it('refuses duplicate names and non-lists', () => {
    expect(() =>
      parseMetrics([
        { name: 'e', provider: prom },
        { name: 'e', provider: prom },
      ]),
    ).toThrow("'e' is used as a metric name twice")
    expect(() => parseMetrics({ name: 'e' }, 'preview-checks')).toThrow("Input 'preview-checks'")
  })
})

describe('jsonpath and templates', () => {
  it('selects the supported subset', () => {
    const doc = { a: { b: [{ c: 1 }, { c: 2 }] }, 'x-y': 3 }
    expect(compilePath('$.a.b[0].c').select(doc)).toEqual([1])
    expect(compilePath('$.a.b[*].c').select(doc)).toEqual([1, 2])
    expect(compilePath("$['x-y']").select(doc)).toEqual([3])
    expect(compilePath('$.a.missing').select(doc)).toEqual([])
    expect(compilePath('$').select(5)).toEqual([5])
    expect(() => compilePath('$.a..b')).toThrow(/not understood/)
  })
  it('renders templates and durations', () => {
    expect(
      render('{{canary}}/{{ baseline }}/{{ interval }}/{{ other }}', { canary: 'v2', baseline: 'v1', interval: '30s' }),
    ).toBe('v2/v1/30s/{{ other }}')
    expect(render('q={{ canary }}', { canary: 'a b', baseline: '', interval: '' }, encodeURIComponent)).toBe('q=a%20b')
    expect(promDuration(30_000)).toBe('30s')
    expect(promDuration(250)).toBe('250ms')
  })
})
