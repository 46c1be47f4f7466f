import { describe, expect, it } from '@jest/globals'
import type { AnalysisResult, Outcome } from '../src/domain/analysis.js'
import { decide, type Trigger } from '../src/domain/decision.js'
import { advance, fingerprint, newState, type EngineDeps, type RolloutState } from '../src/domain/rollout.js'
import { parseSteps, type Step } from '../src/domain/steps.js'
import { virtualClock } from './fakes.js'

describe('decide', () => {
  const rows: { name: string; trigger: Trigger; want: string }[] = [
    { name: 'successful analysis continues', trigger: { kind: 'analysis', phase: 'successful' }, want: 'continue' },
    { name: 'failed analysis rolls back', trigger: { kind: 'analysis', phase: 'failed' }, want: 'rollback' },
    { name: 'errored analysis rolls back', trigger: { kind: 'analysis', phase: 'error' }, want: 'rollback' },
    { name: 'inconclusive analysis pauses', trigger: { kind: 'analysis', phase: 'inconclusive' }, want: 'pause' },
    { name: 'manual gate without approval pauses', trigger: { kind: 'manual-gate', approved: false }, want: 'pause' },
    { name: 'manual gate approved continues', trigger: { kind: 'manual-gate', approved: true }, want: 'continue' },
    { name: 'all steps done promotes', trigger: { kind: 'steps-done' }, want: 'promote' },
    { name: 'router error rolls back', trigger: { kind: 'router-error' }, want: 'rollback' },
    { name: 'abort requested rolls back', trigger: { kind: 'abort-requested' }, want: 'rollback' },
    { name: 'open circuit rolls back', trigger: { kind: 'circuit-open' }, want: 'rollback' },
  ]
  it.each(rows)('$name', ({ trigger, want }) => expect(decide(trigger)).toBe(want))
})

function result(phase: Outcome): AnalysisResult {
  return {
    phase,
    startedAt: 0,
    finishedAt: 0,
    metrics: [
      {
        name: 'errors',
        dryRun: false,
        condition: 'success: result < 0.01',
        phase,
        message: phase,
        counters: { measured: 1, failed: 0, inconclusive: 0, errors: 0, consecutiveErrors: 0, samples: 1 },
        measurements: [
          { metric: 'errors', at: 0, outcome: phase, value: 0.002, reason: '', counted: true, requeries: 0 },
        ],
      },
    ],
  }
}

function harness(phases: Outcome[] = [], opts: { failWeight?: number } = {}) {
  const clock = virtualClock()
  const weights: number[] = []
  const saved: RolloutState[] = []
  const log: string[] = []
  let a = 0
  const deps: EngineDeps = {
    router: {
      setWeight: async (w) => {
        if (w === opts.failWeight) throw new Error('nginx -t failed')
        weights.push(w)
        return { servedMs: 40 }
      },
    },
    analyse: async () => result(phases[Math.min(a++, phases.length - 1)] ?? 'successful'),
    save: async (s) => void saved.push(s),
    now: clock.now,
    sleep: (ms) => clock.sleep(ms),
    log: (m) => void log.push(m),
  }
  return { deps, weights, saved, log, clock }
}

const steps = (raw: unknown[]): Step[] => parseSteps(raw, ['errors'])
const fresh = () => newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0)

describe('advance', () => {
  it('walks the steps and promotes to 100%', async () => {
    const h = harness(['successful'])
    const r = await advance(
      fresh(),
      steps([{ setWeight: 10 }, { pause: '1m' }, { analysis: {} }, { setWeight: 50 }, { analysis: {} }]),
      h.deps,
      { resume: false },
    )
    expect(r.state.phase).toBe('promoted')
    expect(h.weights).toEqual([10, 50, 100])
    expect(h.clock.slept).toEqual([60_000])
    expect(r.state.history.map((x) => x.verdict)).toEqual([
      'applied',
      'successful',
      'applied',
      'successful',
      'promoted',
    ])
    expect(r.analyses).toHaveLength(2)
  })
  it('rolls back to 0% on a failed analysis', async () => {
    const h = harness(['successful', 'failed'])
    const r = await advance(
      fresh(),
      steps([{ setWeight: 10 }, { analysis: {} }, { setWeight: 50 }, { analysis: {} }, { setWeight: 80 }]),
      h.deps,
      { resume: false },
    )
    expect(r.state).toMatchObject({ phase: 'aborted', weight: 0 })
    expect(h.weights).toEqual([10, 50, 0])
    expect(r.state.reason).toMatch(/^analysis failed: errors: failed/)
  })
  it('pauses on inconclusive with traffic where it is, and resumes after it', async () => {
    const h = harness(['inconclusive'])
    const plan = steps([{ setWeight: 20 }, { analysis: {} }, { setWeight: 40 }])
    const r = await advance(fresh(), plan, h.deps, { resume: false })
    expect(r.state).toMatchObject({ phase: 'paused', weight: 20, next: 2 })
    const again = await advance(r.state, plan, harness().deps, { resume: false })
    expect(again.state).toEqual(r.state)
    const h2 = harness()
    const resumed = await advance(r.state, plan, h2.deps, { resume: true })
    expect(h2.weights).toEqual([40, 100])
    expect(resumed.state.phase).toBe('promoted')
  })
  it('stops at a manual gate; a later run with resume passes it without repeating finished steps', async () => {
    const h = harness()
    const plan = steps([{ setWeight: 10 }, { pause: {} }, { setWeight: 60 }])
    const r = await advance(fresh(), plan, h.deps, { resume: false })
    expect(r.state).toMatchObject({ phase: 'paused', next: 2, reason: 'manual gate' })
    expect(h.weights).toEqual([10])
    const h2 = harness()
    await advance(r.state, plan, h2.deps, { resume: true })
    expect(h2.weights).toEqual([60, 100])
  })
  it('continues an interrupted run from the step it was on', async () => {
    const h = harness()
    const plan = steps([{ setWeight: 10 }, { setWeight: 30 }, { setWeight: 60 }])
    const state = { ...fresh(), next: 2, weight: 30 }
    await advance(state, plan, h.deps, { resume: false })
    expect(h.weights).toEqual([30, 60, 100]) // the saved 30% is applied again first (reconcile), then the steps go on
  })
  it('a finished rollout is left alone', async () => {
    const h = harness()
    const done = { ...fresh(), phase: 'promoted' as const, weight: 100, next: 1 }
    const r = await advance(done, steps([{ setWeight: 10 }]), h.deps, { resume: true })
    expect(h.weights).toEqual([])
    expect(r.state).toEqual(done)
  })
  it('a router failure rolls back', async () => {
    const h = harness([], { failWeight: 50 })
    const r = await advance(fresh(), steps([{ setWeight: 10 }, { setWeight: 50 }]), h.deps, { resume: false })
    expect(r.state).toMatchObject({ phase: 'aborted', weight: 0 })
    expect(r.state.reason).toBe('router could not apply 50%: nginx -t failed')
  })
  it('abort returns all traffic to stable', async () => {
    const h = harness()
    const r = await advance({ ...fresh(), weight: 40, next: 3, phase: 'paused' }, steps([{ setWeight: 10 }]), h.deps, {
      resume: false,
      abort: 'requested by the workflow',
    })
    expect(h.weights).toEqual([0])
    expect(r.state).toMatchObject({ phase: 'aborted', weight: 0, reason: 'requested by the workflow' })
  })
  it('resume retries an aborted rollout from the first step; without it the abort stands', async () => {
    const plan = steps([{ setWeight: 10 }, { setWeight: 50 }])
    const aborted = { ...fresh(), phase: 'aborted' as const, weight: 0, next: 1, reason: 'analysis failed' }
    const h = harness()
    expect((await advance(aborted, plan, h.deps, { resume: false })).state).toEqual(aborted)
    expect(h.weights).toEqual([])
    const r = await advance(aborted, plan, h.deps, { resume: true })
    expect(h.weights).toEqual([10, 50, 100])
    expect(r.state.history[0]).toMatchObject({ action: 'retry', detail: 'retrying after: analysis failed' })
    expect(r.state.phase).toBe('promoted')
  })
  it('a rollback the router refuses leaves the rollout aborting, to be retried by the next run', async () => {
    const h = harness(['failed'], { failWeight: 0 })
    const r = await advance(fresh(), steps([{ setWeight: 30 }, { analysis: {} }]), h.deps, { resume: false })
    expect(r.state).toMatchObject({ phase: 'aborting', weight: 30 })
    expect(r.state.history.at(-1)).toMatchObject({
      verdict: 'rollback failed',
      detail: 'nginx -t failed; run again to retry the rollback',
    })
    const h2 = harness()
    expect(
      (await advance(r.state, steps([{ setWeight: 30 }, { analysis: {} }]), h2.deps, { resume: false })).state,
    ).toMatchObject({ phase: 'aborted', weight: 0 })
    expect(h2.weights).toEqual([0])
  })
  it('completes an interrupted rollback on the next run', async () => {
    const h = harness()
    const r = await advance(
      { ...fresh(), weight: 40, phase: 'aborting', reason: 'analysis failed' },
      steps([{ setWeight: 10 }]),
      h.deps,
      { resume: false },
    )
    expect(h.weights).toEqual([0])
    expect(r.state.phase).toBe('aborted')
  })
  it('saves after every step', async () => {
    const h = harness()
    await advance(fresh(), steps([{ setWeight: 10 }, { setWeight: 20 }]), h.deps, { resume: false })
    expect(h.saved.map((s) => [s.next, s.weight, s.phase])).toEqual([
      [0, 10, 'progressing'],
      [1, 10, 'progressing'],
      [1, 20, 'progressing'],
      [2, 20, 'progressing'],
      [2, 100, 'promoted'],
    ])
  })
  it('fingerprints are stable and sensitive', () => {
    expect(fingerprint({ a: 1 })).toBe(fingerprint({ a: 1 }))
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }))
  })
})
