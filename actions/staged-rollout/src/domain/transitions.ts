/**
 * The rollout's state transitions: record a history row and save the state (a failed save is a
 * {@link StoreFailure}), move traffic through the router, and end a run paused, promoted or rolled back. The router
 * always goes first on a rollback and is never skipped because a save failed; after a failed save otherwise, traffic
 * goes back to the weight of the last state the store accepted ({@link Transitions.settle}). The step engine
 * (rollout.ts) builds on these.
 */
import { messageOf, UserError } from '@shipline/core'
import { decide, type Decision } from './decision.js'
import { StoreFailure, type EngineDeps, type HistoryRow, type RolloutState, type Router } from './rollout-state.js'

export abstract class Transitions {
  /** Canary weight in the last state the store accepted (where traffic goes back to when a later save fails). */
  private savedWeight: number
  /** Canary weight the router serves now, as far as this run knows. */
  private routerWeight: number
  constructor(
    protected s: RolloutState,
    protected readonly deps: EngineDeps,
  ) {
    this.savedWeight = s.weight
    this.routerWeight = s.weight
  }

  get state(): RolloutState {
    return this.s
  }

  protected async record(row: Omit<HistoryRow, 'at' | 'weight'>, patch: Partial<RolloutState> = {}): Promise<void> {
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
  protected async recordBeforeRollback(
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

  protected async persist(): Promise<void> {
    try {
      await this.deps.save(this.s)
    } catch (error) {
      throw new StoreFailure(error)
    }
    this.savedWeight = this.s.weight
  }

  /** Apply the saved weight again; false when the router refused (then the rollout rolled back). */
  protected async reconcile(): Promise<boolean> {
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
  protected async route(weight: number): Promise<Awaited<ReturnType<Router['setWeight']>>> {
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

  /** Act on a decision that ends this run: pause, promote or roll back. */
  protected async finish(decision: Decision, n: number, why: string): Promise<Decision> {
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

  protected async rollback(n: number, detail: string, reason: string): Promise<void> {
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
