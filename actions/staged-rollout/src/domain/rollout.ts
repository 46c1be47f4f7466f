/**
 * The rollout controller, run inside the CI job: it walks the steps from where the saved state says, saves the
 * state after every step (so a re-run never repeats a finished step and a paused rollout resumes in a later run),
 * and ends promoted (canary at 100), aborted (canary at 0) or paused (traffic left where it is).
 *
 * The state store can fail at any save. The router always goes first and is never skipped because a save failed:
 * a rollback moves traffic back to stable even when the store is down. When a save fails otherwise, the run
 * stops and puts traffic back to the weight of the last state the store accepted, so a re-run (store back)
 * continues from a state that says where traffic really is.
 *
 * This module is the step engine (which step runs next, what its result decides); the moves it makes (record and
 * save, route, pause, promote, roll back, settle after a failed save) are in transitions.ts, the state and the
 * engine's dependencies in rollout-state.ts, and how a result becomes a history row in history-rows.ts.
 */
import { messageOf } from '@shipline/core'
import type { AnalysisResult } from './analysis.js'
import { judgeBaseline, type BaselineRecord } from './baseline.js'
import { darkLaunchOutcome, type DarkLaunchResult } from './dark-launch.js'
import { darkLaunchDetail } from './dark-launch-report.js'
import { decide, type Decision } from './decision.js'
import { analysisDetail, metricCells } from './history-rows.js'
import { StoreFailure, type EngineDeps, type RolloutState, type Router } from './rollout-state.js'
import { describeStep, type Step } from './steps.js'
import { Transitions } from './transitions.js'

export {
  fingerprint,
  newState,
  StoreFailure,
  type EngineDeps,
  type HistoryRow,
  type RolloutPhase,
  type RolloutState,
  type Router,
} from './rollout-state.js'

class Engine extends Transitions {
  readonly analyses: AnalysisResult[] = []
  readonly darkLaunches: DarkLaunchResult[] = []
  baselineCheck: AnalysisResult | undefined

  constructor(
    s: RolloutState,
    private readonly steps: readonly Step[],
    deps: EngineDeps,
  ) {
    super(s, deps)
  }

  async run(resume: boolean): Promise<void> {
    // A run that ended mid-rollout (killed, or stopped by a failed save during a rollback) may have left traffic
    // elsewhere than its saved state says: the saved weight is applied again before the next step, as a
    // controller reconciles (idempotent when traffic is already there).
    if (this.s.phase === 'progressing' && this.s.next > 0 && this.s.weight > 0 && !(await this.reconcile())) return
    if (this.s.phase === 'aborting') return this.rollback(0, 'completing an interrupted rollback', this.s.reason)
    if (this.s.phase === 'aborted' && resume) {
      // A deliberate retry of an aborted rollout (the cause was fixed): start over from the first step.
      await this.record(
        { step: 0, action: 'retry', verdict: 'continue', detail: `retrying after: ${this.s.reason}` },
        { phase: 'progressing', reason: 'retried', next: 0 },
      )
    }
    if (this.s.phase === 'paused') {
      if (!resume)
        return this.deps.log(`Rollout is paused (${this.s.reason}); run again with resume: true to continue.`)
      await this.record(
        { step: this.s.next, action: 'resume', verdict: 'continue', detail: `resumed after: ${this.s.reason}` },
        { phase: 'progressing', reason: 'resumed' },
      )
    }
    if (this.s.phase !== 'progressing')
      return this.deps.log(`Rollout already ${this.s.phase} (${this.s.reason}); nothing to do.`)
    await this.restoreBand()
    while (this.s.next < this.steps.length && this.s.phase === 'progressing') {
      const i = this.s.next
      const decision = await this.runStep(this.steps[i] as Step, i + 1)
      if (this.s.phase === 'progressing' && this.tripped()) return void (await this.trip(i + 1))
      if (decision === 'continue') {
        this.s = { ...this.s, next: i + 1, updatedAt: this.deps.now() }
        await this.persist()
      }
    }
    if (this.s.phase === 'progressing' && this.tripped()) return this.trip(this.s.next)
    if (this.s.phase === 'progressing') await this.finish(decide({ kind: 'steps-done' }), 0, 'all steps passed')
  }

  private readonly never = new AbortController().signal

  private tripped(): boolean {
    return this.deps.breaker?.aborted === true
  }

  /** The circuit breaker opened: roll back now, whatever the step was doing. */
  private async trip(n: number): Promise<void> {
    await this.finish(
      decide({ kind: 'circuit-open' }),
      n,
      `circuit breaker opened: ${String(this.deps.breaker?.reason ?? 'tripped')}`,
    )
  }

  /** Run one step; returns the decision (and has already acted on anything but `continue`). */
  private async runStep(step: Step, n: number): Promise<Decision> {
    this.deps.log(`Step ${n}/${this.steps.length}: ${describeStep(step)}`)
    switch (step.kind) {
      case 'setWeight':
        return this.applyWeight(step.weight, n)
      case 'pause':
        if (step.durationMs !== undefined) {
          await this.deps.sleep(step.durationMs, this.deps.breaker ?? this.never)
          return 'continue'
        }
        return this.finish(decide({ kind: 'manual-gate', approved: false }), n, 'manual gate')
      case 'analysis':
        return this.analyse(step, n)
      case 'darkLaunch':
        return this.darkLaunch(step, n)
      case 'baselineCheck':
        return this.checkBaseline(step, n)
    }
  }

  /** Measure the stable before any traffic moves: record its band, or refuse to start with nothing changed. */
  private async checkBaseline(step: Step & { kind: 'baselineCheck' }, n: number): Promise<Decision> {
    if (!this.deps.baselineCheck)
      return this.refuse(step, n, 'the baseline check is not available in this run', undefined)
    const result = await this.deps.baselineCheck(step, this.deps.breaker ?? this.never)
    this.baselineCheck = result
    const verdict = judgeBaseline(result, this.s.stable, this.deps.now())
    if (!verdict.ok) return this.refuse(step, n, verdict.reason, verdict.record, result)
    await this.record(
      {
        step: n,
        action: describeStep(step),
        verdict: 'successful',
        detail: `normal band of ${this.s.stable}: ${verdict.detail}`,
        metrics: metricCells(result),
      },
      { baseline: verdict.record },
    )
    return 'continue'
  }

  /**
   * A run that continues past a passed baselineCheck without the band in its state (the Deployment state store keeps
   * no band) measures the stable again, so `band_*` conditions keep working. This never refuses or rolls back:
   * traffic has already moved; without a band those conditions are inconclusive.
   */
  private async restoreBand(): Promise<void> {
    const at = this.steps.findIndex((s) => s.kind === 'baselineCheck')
    if (at < 0 || this.s.next <= at || this.s.baseline || !this.deps.baselineCheck) return
    const step = this.steps[at] as Step & { kind: 'baselineCheck' }
    const result = await this.deps.baselineCheck(step, this.deps.breaker ?? this.never)
    this.baselineCheck = result
    const verdict = judgeBaseline(result, this.s.stable, this.deps.now())
    if (verdict.ok) {
      await this.record(
        {
          step: at + 1,
          action: `${describeStep(step)} (again: no band in the saved state)`,
          verdict: 'successful',
          detail: `normal band of ${this.s.stable}: ${verdict.detail}`,
          metrics: metricCells(result),
        },
        { baseline: verdict.record },
      )
    } else {
      this.deps.log(
        `The stable's band could not be measured again (${verdict.reason}); conditions naming band_* are inconclusive in this run.`,
      )
    }
  }

  /** Refuse to start: no router call, the canary stays at 0%, the reason says which metric and why. */
  private async refuse(
    step: Step & { kind: 'baselineCheck' },
    n: number,
    why: string,
    record: BaselineRecord | undefined,
    result?: AnalysisResult,
  ): Promise<Decision> {
    const reason = `baseline check refused the start: ${why}`
    await this.record(
      {
        step: n,
        action: describeStep(step),
        verdict: 'refused',
        detail: why,
        ...(result ? { metrics: metricCells(result) } : {}),
      },
      { phase: 'aborted', reason, ...(record ? { baseline: record } : {}) },
    )
    return 'rollback'
  }

  private async darkLaunch(step: Step & { kind: 'darkLaunch' }, n: number): Promise<Decision> {
    if (!this.deps.darkLaunch)
      return this.finish('rollback', n, `${describeStep(step)}: dark launch is not available in this run`)
    const result = await this.deps.darkLaunch(step, this.deps.breaker ?? this.never)
    this.darkLaunches.push(result)
    if (this.tripped()) {
      await this.recordBeforeRollback({
        step: n,
        action: describeStep(step),
        verdict: 'interrupted',
        detail: 'stopped by the circuit breaker',
      })
      return 'continue' // run() sees the open breaker and rolls back
    }
    const phase = darkLaunchOutcome(result.verdict)
    const detail = darkLaunchDetail(result)
    const decision = decide({ kind: 'analysis', phase })
    const row = { step: n, action: describeStep(step), verdict: phase, detail }
    await (decision === 'rollback' ? this.recordBeforeRollback(row) : this.record(row))
    if (decision === 'continue') return decision
    return this.finish(decision, n, `dark launch ${result.verdict}: ${detail}`)
  }

  private async applyWeight(weight: number, n: number): Promise<Decision> {
    let r: Awaited<ReturnType<Router['setWeight']>>
    try {
      r = await this.route(weight)
    } catch (error) {
      return this.finish(decide({ kind: 'router-error' }), n, `router could not apply ${weight}%: ${messageOf(error)}`)
    }
    const served = r.servedMs === undefined ? '' : `served after ${Math.round(r.servedMs)} ms`
    await this.record(
      {
        step: n,
        action: `setWeight ${weight}%`,
        verdict: 'applied',
        detail: [served, r.detail].filter(Boolean).join('; '),
      },
      { weight },
    )
    return 'continue'
  }

  private async analyse(step: Step & { kind: 'analysis' }, n: number): Promise<Decision> {
    const result = await this.deps.analyse(step, this.deps.breaker ?? this.never, this.s.baseline)
    this.analyses.push(result)
    if (this.tripped()) {
      await this.recordBeforeRollback({
        step: n,
        action: describeStep(step),
        verdict: 'interrupted',
        detail: 'stopped by the circuit breaker',
      })
      return 'continue' // run() sees the open breaker and rolls back
    }
    const decision = decide({ kind: 'analysis', phase: result.phase })
    const metrics = metricCells(result)
    const detail = analysisDetail(result)
    const row = { step: n, action: describeStep(step), verdict: result.phase, detail, metrics }
    await (decision === 'rollback' ? this.recordBeforeRollback(row) : this.record(row))
    if (decision === 'continue') return decision
    return this.finish(decision, n, `${describeStep(step)} ${result.phase}: ${detail}`)
  }
}

export interface RunOutcome {
  state: RolloutState
  analyses: AnalysisResult[]
  darkLaunches: DarkLaunchResult[]
  /** The stable's measurements, when this run did a baselineCheck step. */
  baselineCheck?: AnalysisResult
}

/** Advance a rollout from `state` as far as the steps and the analysis allow. */
export async function advance(
  state: RolloutState,
  steps: readonly Step[],
  deps: EngineDeps,
  opts: { resume: boolean; abort?: string },
): Promise<RunOutcome> {
  const engine = new Engine(state, steps, deps)
  try {
    if (opts.abort !== undefined) await engine.abort(opts.abort)
    else await engine.run(opts.resume)
  } catch (error) {
    if (error instanceof StoreFailure) await engine.settle(error)
    throw error
  }
  return {
    state: engine.state,
    analyses: engine.analyses,
    darkLaunches: engine.darkLaunches,
    ...(engine.baselineCheck ? { baselineCheck: engine.baselineCheck } : {}),
  }
}
