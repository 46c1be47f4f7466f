/**
 * The state of one run, shared by its phases (lock.ts, executor.ts, recover.ts): one slot per host (its transport,
 * result, probed state, lock and switch session), the release being deployed and the GitHub deployment record.
 * The configuration is never changed: what a run learns (the artifact's sha256, a rollback's target) goes to
 * `release`.
 */
import type { UserError } from '@shipline/core'
import type { DeployConfig, RunContext } from './domain/config.js'
import { logEntries, type HostPlan, type Release } from './domain/plan.js'
import { previousRelease, type HostState, type LogEntry } from './domain/releases.js'
import { failureMessage } from './domain/messages.js'
import type { HostResult } from './domain/report.js'
import type { HostFailure, PreparedSwitch } from './adapters/remote.js'
import type { Transport } from './adapters/transport.js'
import type { DeploymentRecord } from './adapters/deployment.js'
import type { Clock } from './clock.js'
import type { HostStart } from './connect.js'

/** One host of the run. */
export interface Slot {
  host: Transport
  /** Its connection, when it started early (startRun). */
  start?: HostStart
  result: HostResult
  /** What the probe read ({@link EMPTY} until then, or when it failed). */
  state: HostState
  /** This run holds the host's deploy lock. */
  locked: boolean
  /** Its switch, started and waiting at the barrier. */
  pending?: Promise<PreparedSwitch>
  stageFailure?: HostFailure
  /** Its plan, once every host was probed. */
  plan?: HostPlan
}

export interface RunState {
  readonly cfg: DeployConfig
  readonly ctx: RunContext
  readonly clock: Clock
  /** The lock owner written on every host. */
  readonly owner: string
  readonly slots: Slot[]
  release: Release
  deployment?: DeploymentRecord
}

export interface Outcome {
  release: string
  previous: string
  results: HostResult[]
  deploymentId?: number
  /** One sentence for the summary. */
  text: string
  /** Set when the run failed (after the summary is written, main throws it). */
  error?: UserError
}

/** The checked artifact (empty in a rollback); `data`: its checked bytes, when held in memory. */
export type Artifact = { sha256: string; bytes: number; path: string; data?: Buffer }

export const EMPTY: HostState = { current: '', releases: new Map(), log: [] }

/** A fresh slot per host. */
export function slotsOf(
  hosts: readonly Transport[],
  starts: readonly (HostStart | undefined)[],
  version: string,
): Slot[] {
  return hosts.map((host, i) => ({
    host,
    start: starts[i],
    result: { host: host.spec.label, result: 'not-switched', previous: '', release: version, timings: {} },
    state: EMPTY,
    locked: false,
  }))
}

export const cancelled = (run: RunState): boolean => run.ctx.signal?.aborted === true

/** "Deploy of web 1.2.0" or "Rollback of web". */
export const what = (run: RunState): string =>
  run.cfg.mode === 'rollback' ? `Rollback of ${run.cfg.app}` : `Deploy of ${run.cfg.app} ${run.release.version}`

/** The release-log lines of one host for `outcome`. */
export function entries(run: RunState, s: Slot, outcome: 'success' | 'failed', reason?: string): LogEntry[] {
  const { cfg, ctx } = run
  const base = { who: ctx.who, when: ctx.now().toISOString(), run: ctx.runUrl, mode: cfg.mode }
  return logEntries(base, s.state, run.release, s.result.previous, outcome, reason)
}

/** Note each failure on its host's result. */
export function markFailed(run: RunState, failures: readonly HostFailure[], result?: 'failed'): void {
  for (const f of failures) {
    const r = run.slots.find((s) => s.result.host === f.host)?.result
    if (!r) continue
    r.error = `${f.phase}: ${f.why}`
    if (result) r.result = result
  }
}

/** The run's error for per-host failures. */
export function failure(run: RunState, failures: readonly HostFailure[], after: string): UserError {
  return failureMessage(what(run), failures, after)
}

/** What the run did, for the outputs and the summary. */
export function outcome(run: RunState, text: string, error?: UserError): Outcome {
  const version = run.release.version
  const prev = run.slots.map((s) => previousRelease(s.state, version)).find((v) => v) ?? ''
  const results = run.slots.map((s) => s.result)
  return {
    release: version,
    previous: prev,
    results,
    deploymentId: run.deployment?.id,
    text,
    ...(error ? { error } : {}),
  }
}
