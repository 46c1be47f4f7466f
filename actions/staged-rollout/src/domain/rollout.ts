/**
 * The rollout controller, run inside the CI job: it walks the steps from where the saved state says, saves the
 * state after every step (so a re-run never repeats a finished step and a paused rollout resumes in a later run),
 * and ends promoted (canary at 100), aborted (canary at 0) or paused (traffic left where it is).
 *
 * The state store can fail at any save. The router always goes first and is never skipped because a save failed:
 * a rollback moves traffic back to stable even when the store is down. When a save fails otherwise, the run
 * stops and puts traffic back to the weight of the last state the store accepted, so a re-run (store back)
 * continues from a state that says where traffic really is.
 */
import { messageOf, UserError } from '@shipline/core'
import type { AnalysisResult } from './analysis.js'
import { judgeBaseline, type BaselineRecord } from './baseline.js'
import { darkLaunchDetail, darkLaunchOutcome, type DarkLaunchResult } from './dark-launch.js'
import { decide, type Decision } from './decision.js'
import { describeStep, type Step } from './steps.js'

export type RolloutPhase = 'progressing' | 'paused' | 'promoted' | 'aborting' | 'aborted'

/** One row of the step table: what was done, at what weight, and why. */
export interface HistoryRow {
  at: number
  /** 1-based step number, or 0 for promote / rollback / abort. */
  step: number
  action: string
  weight: number
  verdict: string
  detail: string
  /** Per metric: `name`, last value, condition, phase (analysis steps only). */
  metrics?: { name: string; value: string; condition: string; phase: string; dryRun: boolean }[]
}

export interface RolloutState {
  version: 1
  /** Fingerprint of strategy, versions and steps: a different key is a different rollout. */
  key: string
  strategy: 'canary' | 'blue-green' | 'flag'
  stable: string
  canary: string
  /** Index of the next step to run. */
  next: number
  weight: number
  phase: RolloutPhase
  reason: string
  startedAt: number
  updatedAt: number
  history: HistoryRow[]
  /** The stable's normal band, recorded by a baselineCheck step before any traffic moved. */
  baseline?: BaselineRecord
}

/** The one thing a router does: send `weight`% of traffic to the canary and the rest to stable. */
export interface Router {
  /** Apply the weight; resolves once it is served (or throws, leaving traffic as it was). */
  setWeight(weight: number): Promise<{ servedMs?: number; detail?: string }>
}

export interface EngineDeps {
  router: Router
  /** Run an analysis step; it should stop early when `signal` aborts. */
  analyse(step: Step & { kind: 'analysis' }, signal: AbortSignal, baseline?: BaselineRecord): Promise<AnalysisResult>
  /** Measure the stable for a baselineCheck step (an analysis whose target is the stable version). */
  baselineCheck?(step: Step & { kind: 'baselineCheck' }, signal: AbortSignal): Promise<AnalysisResult>
  /** Run a dark-launch step (shadow proxy for its duration, then the verdict); stop early when `signal` aborts. */
  darkLaunch?(step: Step & { kind: 'darkLaunch' }, signal: AbortSignal): Promise<DarkLaunchResult>
  save(state: RolloutState): Promise<void>
  now(): number
  /** Resolve after `ms`, or early when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>
  log(message: string): void
  /** A circuit breaker watching the canary: when it aborts, the rollout rolls back at once (its reason says why). */
  breaker?: AbortSignal
}

/** A fresh state for a new rollout. */
export function newState(
  init: Pick<RolloutState, 'key' | 'strategy' | 'stable' | 'canary'>,
  now: number,
  weight = 0,
): RolloutState {
  return {
    version: 1,
    ...init,
    next: 0,
    weight,
    phase: 'progressing',
    reason: 'started',
    startedAt: now,
    updatedAt: now,
    history: [],
  }
}

/** A short stable fingerprint (FNV-1a, 32-bit, hex) of a JSON-able value. */
export function fingerprint(value: unknown): string {
  let h = 0x811c9dc5
  for (const ch of JSON.stringify(value)) {
    h ^= ch.codePointAt(0) as number
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** A save to the state store failed; `advance()` settles traffic and reports it. */
export class StoreFailure extends Error {
  constructor(readonly error: unknown) {
    super(`the rollout state could not be saved: ${messageOf(error)}`)
  }
}

class Engine {
  readonly analyses: AnalysisResult[] = []
  readonly darkLaunches: DarkLaunchResult[] = []
  baselineCheck: AnalysisResult | undefined
  /** Canary weight in the last state the store accepted (where traffic goes back to when a later save fails). */
  private savedWeight: number
  /** Canary weight the router serves now, as far as this run knows. */
  private routerWeight: number
  constructor(
    private s: RolloutState,
    private readonly steps: readonly Step[],
    private readonly deps: EngineDeps,
  ) {
    this.savedWeight = s.weight
    this.routerWeight = s.weight
  }

  get state(): RolloutState {
    return this.s
  }

  private async record(row: Omit<HistoryRow, 'at' | 'weight'>, patch: Partial<RolloutState> = {}): Promise<void> {
    const at = this.deps.now()
    this.s = {
      ...this.s,
      ...patch,
      updatedAt: at,
      history: [...this.s.history, { at, weight: patch.weight ?? this.s.weight, ...row }],
    }
    await this.persist()
  }

  /** Record a row that a rollback follows: a failed save is logged, and the rollback (router first) goes ahead. */
  private async recordBeforeRollback(
    row: Omit<HistoryRow, 'at' | 'weight'>,
    patch: Partial<RolloutState> = {},
  ): Promise<void> {
    try {
      await this.record(row, patch)
    } catch (error) {
      if (!(error instanceof StoreFailure)) throw error
      this.deps.log(`${error.message}; moving traffic back to stable anyway`)
    }
  }

  private async persist(): Promise<void> {
    try {
      await this.deps.save(this.s)
    } catch (error) {
      throw new StoreFailure(error)
    }
    this.savedWeight = this.s.weight
  }

  /** Apply the saved weight again; false when the router refused (then the rollout rolled back). */
  private async reconcile(): Promise<boolean> {
    try {
      await this.route(this.s.weight)
      this.deps.log(`Continuing an interrupted rollout: canary at ${this.s.weight}%, as the saved state says`)
      return true
    } catch (error) {
      await this.finish(
        decide({ kind: 'router-error' }),
        this.s.next,
        `router could not re-apply ${this.s.weight}%: ${messageOf(error)}`,
      )
      return false
    }
  }

  /** The router call, remembering what traffic is now. */
  private async route(weight: number): Promise<Awaited<ReturnType<Router['setWeight']>>> {
    const r = await this.deps.router.setWeight(weight)
    this.routerWeight = weight
    return r
  }

  /**
   * After a failed save: unless a rollback moved traffic to stable, put it back to the last saved weight (never
   * leave the canary at a weight no saved state knows), then fail the run saying where traffic is.
   */
  async settle(failure: StoreFailure): Promise<never> {
    const rollingBack = this.s.phase === 'aborting' || this.s.phase === 'aborted'
    let where = `traffic unchanged: canary at ${this.routerWeight}%, as the last saved state says`
    if (rollingBack)
      where =
        this.routerWeight === 0
          ? 'the rollback went ahead: all traffic is on stable'
          : `the rollback's router call failed too: canary at ${this.routerWeight}%`
    else if (this.routerWeight !== this.savedWeight) {
      const from = this.routerWeight
      try {
        await this.route(this.savedWeight)
        where = `traffic put back from ${from}% to ${this.savedWeight}%, the last saved state`
      } catch (error) {
        where = `putting traffic back to ${this.savedWeight}% failed too (${messageOf(error)}): the canary may still get ${from}%`
      }
    }
    throw new UserError(`Rollout of ${this.s.canary} stopped: ${failure.message}; ${where}.`, {
      hint: 'Run again once the state store is reachable: the rollout continues from its last saved state.',
      cause: failure.error,
    })
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
    const bad = result.metrics.filter((m) => !m.dryRun && m.phase !== 'successful')
    const detail = bad.length
      ? bad.map((m) => `${m.name}: ${m.phase} (${m.message})`).join('; ')
      : `${result.metrics.length} metric(s) successful`
    const row = { step: n, action: describeStep(step), verdict: result.phase, detail, metrics }
    await (decision === 'rollback' ? this.recordBeforeRollback(row) : this.record(row))
    if (decision === 'continue') return decision
    return this.finish(decision, n, `${describeStep(step)} ${result.phase}: ${detail}`)
  }

  /** Act on a decision that ends this run: pause, promote or roll back. */
  private async finish(decision: Decision, n: number, why: string): Promise<Decision> {
    switch (decision) {
      case 'continue':
        return decision
      case 'pause':
        await this.record(
          { step: n, action: 'pause', verdict: 'paused', detail: why },
          { phase: 'paused', reason: why, next: Math.max(this.s.next, n) },
        )
        return decision
      case 'promote':
        await this.promote(why)
        return decision
      case 'rollback':
        await this.rollback(n, why, why)
        return decision
    }
  }

  private async promote(why: string): Promise<void> {
    let r: Awaited<ReturnType<Router['setWeight']>>
    try {
      r = this.s.weight === 100 ? {} : await this.route(100)
    } catch (error) {
      return this.rollback(0, `promotion failed: ${messageOf(error)}`, `promotion failed: ${messageOf(error)}`)
    }
    await this.record(
      {
        step: 0,
        action: 'promote 100%',
        verdict: 'promoted',
        detail: [why, r.servedMs === undefined ? '' : `served after ${Math.round(r.servedMs)} ms`]
          .filter(Boolean)
          .join('; '),
      },
      { weight: 100, phase: 'promoted', reason: why },
    )
  }

  private async rollback(n: number, detail: string, reason: string): Promise<void> {
    // Traffic goes back to stable even when the store is down: this save may fail, the router call still runs
    // (and the save after it tells the store, or reports the failure).
    await this.recordBeforeRollback(
      { step: n, action: 'rollback', verdict: 'aborting', detail },
      { phase: 'aborting', reason },
    )
    let r: Awaited<ReturnType<Router['setWeight']>>
    try {
      r = await this.route(0)
    } catch (error) {
      // Phase stays `aborting`: the next run tries the rollback again before anything else.
      await this.record({
        step: 0,
        action: 'canary 0%',
        verdict: 'rollback failed',
        detail: `${messageOf(error)}; run again to retry the rollback`,
      })
      return
    }
    await this.record(
      {
        step: 0,
        action: 'canary 0%',
        verdict: 'aborted',
        detail:
          r.servedMs === undefined
            ? 'traffic back on stable'
            : `traffic back on stable, served after ${Math.round(r.servedMs)} ms`,
      },
      { weight: 0, phase: 'aborted' },
    )
  }

  /** A requested abort: all traffic back to stable, whatever the phase. */
  async abort(why: string): Promise<void> {
    await this.rollback(0, why, why)
  }
}

/** Per metric: its last value with a tally, the thresholds and its phase (a cell of the step table). */
function metricCells(result: AnalysisResult): NonNullable<HistoryRow['metrics']> {
  return result.metrics.map((m) => {
    const last = m.measurements.at(-1)
    const shown =
      last === undefined || last.value === null
        ? 'no data'
        : Array.isArray(last.value)
          ? `[${last.value.map(fmt).join(', ')}]`
          : fmt(last.value)
    const c = m.counters
    const tally = [
      c.failed && `${c.failed} failed`,
      c.inconclusive && `${c.inconclusive} inconclusive`,
      c.errors && `${c.errors} error(s)`,
    ]
      .filter(Boolean)
      .join(', ')
    const value = `${shown} (last of ${m.measurements.length}${tally ? `; ${tally}` : ''})`
    return { name: m.name, value, condition: m.condition, phase: m.phase, dryRun: m.dryRun }
  })
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v)
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
