// The state store failing at each save in turn, for a rollout that promotes and one that rolls back: the router
// call is never skipped because a save failed, a rollback moves traffic even with the store down, otherwise the
// canary is put back to the weight of the last saved state, and a re-run from that state converges to the same
// end as a run without failures.
import { describe, expect, it } from '@jest/globals'
import { UserError } from '@shipline/core'
import type { AnalysisResult, Outcome } from '../src/domain/analysis.js'
import { advance, newState, type EngineDeps, type RolloutState } from '../src/domain/rollout.js'
import { parseSteps } from '../src/domain/steps.js'
import { virtualClock } from './fakes.js'

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

/**
 * A router that remembers what it serves, an analysis whose verdict depends on what the canary gets (`verdict`),
 * and a store whose save number `failAt` (1-based) and every later one fail.
 */
function world(
  verdict: (weight: number) => Outcome,
  failAt: number | undefined,
  start: { weight: number; stored?: RolloutState },
) {
  const clock = virtualClock()
  const served = { weight: start.weight }
  const calls: number[] = []
  let stored = start.stored
  let saves = 0
  const deps: EngineDeps = {
    router: { setWeight: async (w) => (calls.push(w), (served.weight = w), {}) },
    analyse: async () => result(verdict(served.weight)),
    save: async (s) => {
      if (failAt !== undefined && ++saves >= failAt) throw new Error('HTTP 503 from the state store')
      stored = structuredClone(s)
    },
    now: clock.now,
    sleep: (ms) => clock.sleep(ms),
    log: () => undefined,
  }
  return { deps, served, calls, stored: () => stored }
}

const plan = parseSteps([{ setWeight: 10 }, { analysis: {} }, { setWeight: 50 }, { analysis: {} }], ['errors'])
const fresh = (): RolloutState => newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0)

/** Saves made by a run without failures: every point a failure can hit. */
async function savesOf(verdict: (weight: number) => Outcome): Promise<number> {
  let n = 0
  const w = world(verdict, undefined, { weight: 0 })
  await advance(fresh(), plan, { ...w.deps, save: async (s) => (n++, w.deps.save(s)) }, { resume: false })
  return n
}

const healthy = (): Outcome => 'successful'
/** Fails under half the traffic; with no traffic there is no data. */
const breaksAt50 = (w: number): Outcome => (w >= 50 ? 'failed' : w === 0 ? 'inconclusive' : 'successful')

describe.each([
  ['promotes', healthy, { phase: 'promoted', weight: 100 }],
  ['rolls back on the second analysis', breaksAt50, { phase: 'aborted', weight: 0 }],
])('a rollout that %s, with the store failing at each save', (_name, verdicts, end) => {
  it('has saves to fail', async () => expect(await savesOf(verdicts)).toBeGreaterThanOrEqual(5))

  it.each(Array.from({ length: 9 }, (_, i) => i + 1))(
    'save %i fails: traffic is where the saved state says (or on stable in a rollback), and a re-run converges',
    async (k) => {
      const total = await savesOf(verdicts)
      if (k > total) return
      const w = world(verdicts, k, { weight: 0 })
      const error = await advance(fresh(), plan, w.deps, { resume: false }).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(UserError)
      expect((error as Error).message).toMatch(
        /^Rollout of green stopped: the rollout state could not be saved: HTTP 503 from the state store; /,
      )
      const saved = w.stored()
      const rollingBack = w.calls.includes(0) && end.phase === 'aborted'
      // Never at a weight no saved state knows: back to the saved weight, or on stable when rolling back.
      expect(w.served.weight).toBe(rollingBack ? 0 : (saved?.weight ?? 0))
      // The store back up, a re-run from what it holds ends as a run without failures would.
      const again = world(verdicts, undefined, { weight: w.served.weight, stored: saved })
      const r = await advance(saved ?? fresh(), plan, again.deps, { resume: false })
      expect({ phase: r.state.phase, weight: r.state.weight }).toEqual(end)
      expect(again.served.weight).toBe(end.weight)
    },
  )
})

describe('rollback with the store down from the start of the rollback', () => {
  it('still moves traffic to stable, then reports the store', async () => {
    const w = world(() => 'failed', 3, { weight: 0 }) // saves 1-2: setWeight 10 applied, next; 3: the failed analysis
    const error = await advance(fresh(), plan, w.deps, { resume: false }).then(
      () => undefined,
      (e: unknown) => e as Error,
    )
    expect(w.calls).toEqual([10, 0])
    expect(w.served.weight).toBe(0)
    expect(error?.message).toContain('the rollback went ahead: all traffic is on stable')
    expect(w.stored()).toMatchObject({ phase: 'progressing', weight: 10, next: 1 })
  })

  it('an abort requested while the store is down moves traffic too', async () => {
    const paused = { ...fresh(), weight: 50, next: 3, phase: 'paused' as const }
    const w = world(healthy, 1, { weight: 50, stored: paused })
    await expect(advance(paused, plan, w.deps, { resume: false, abort: 'abort requested' })).rejects.toThrow(
      'the rollback went ahead',
    )
    expect(w.served.weight).toBe(0)
  })

  it('a weight step whose save fails is undone: back to the last saved weight, the error says so', async () => {
    const w = world(healthy, 4, { weight: 0 }) // 1: 10% applied, 2: next, 3: analysis, 4: next → 5: 50% applied
    const w2 = world(healthy, 5, { weight: 0 })
    await expect(advance(fresh(), plan, w2.deps, { resume: false })).rejects.toThrow(
      'traffic put back from 50% to 10%, the last saved state',
    )
    expect(w2.calls).toEqual([10, 50, 10])
    expect(w2.stored()).toMatchObject({ weight: 10, next: 2 })
    await expect(advance(fresh(), plan, w.deps, { resume: false })).rejects.toThrow(
      'traffic unchanged: canary at 10%, as the last saved state says',
    )
  })
})
