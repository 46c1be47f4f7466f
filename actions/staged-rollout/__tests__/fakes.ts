// Test fakes for the domain: a virtual clock whose sleep advances time at once, and scripted providers.
import type { AnalysisDeps, ProviderResult } from '../src/domain/analysis.js'
import { parseMetrics, type MetricSpec } from '../src/domain/metrics.js'

export function virtualClock(start = 1_700_000_000_000): {
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  slept: number[]
} {
  let t = start
  const slept: number[] = []
  return {
    now: () => t,
    slept,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) return
      slept.push(ms)
      t += ms
      await Promise.resolve()
    },
  }
}

export type Scripted = ProviderResult | Error

/** A provider that answers from a script per metric and target; the last answer repeats. */
export function scripted(script: Record<string, Scripted[]>): {
  deps: AnalysisDeps
  calls: string[]
  clock: ReturnType<typeof virtualClock>
} {
  const clock = virtualClock()
  const calls: string[] = []
  const pos: Record<string, number> = {}
  const deps: AnalysisDeps = {
    now: clock.now,
    sleep: clock.sleep,
    query: async (metric, target) => {
      const key = target === 'canary' && script[metric.name] ? metric.name : `${metric.name}:${target}`
      calls.push(key)
      const list = script[key] ?? []
      const i = pos[key] ?? 0
      pos[key] = i + 1
      const r = list[Math.min(i, list.length - 1)]
      if (r === undefined) return { kind: 'no-data' }
      if (r instanceof Error) throw r
      return r
    },
  }
  return { deps, calls, clock }
}

export const data = (...values: number[]): ProviderResult => ({ kind: 'data', values })
export const noData: ProviderResult = { kind: 'no-data' }

export function metric(extra: Record<string, unknown> = {}): MetricSpec {
  const item = {
    name: 'errors',
    provider: { prometheus: { address: 'http://127.0.0.1:9', query: 'x' } },
    'success-condition': 'result < 0.05',
    interval: '1s',
    count: 3,
    ...extra,
  }
  return parseMetrics([item])[0] as MetricSpec
}
