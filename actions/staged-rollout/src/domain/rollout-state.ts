/**
 * The rollout's state and what the step engine needs from outside (router, analysis, store, clock), as plain data
 * and interfaces; a fresh state and the rollout's fingerprint. Pure.
 */
import { messageOf } from '@shipline/core'
import type { AnalysisResult } from './analysis.js'
import type { BaselineRecord } from './baseline.js'
import type { DarkLaunchResult } from './dark-launch.js'
import type { Step } from './steps.js'

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
