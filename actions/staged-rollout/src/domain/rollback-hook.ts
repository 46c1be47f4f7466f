/**
 * The `on-rollback` contract (the same as atomic-deploy's `on-revert`): a command that runs once after a rollback
 * has put all traffic back on stable, with the versions involved in its environment, bounded in time. Its output is
 * logged through core's logging path like any untrusted text, and its failure is reported beside the rollback's
 * result, never instead of it. The run is recorded in the state, so a re-run of a finished rollback does not run it
 * again, and a re-run after a failed hook tries it once more.
 */
import type { HistoryRow, RolloutState } from './rollout.js'

export const HOOK_ACTION = 'on-rollback'

/** What the hook's process did. */
export interface HookRun {
  code: number | null
  signal: string | null
  timedOut: boolean
  durationMs: number
  /** The last lines of its output, for the warning (already one line each). */
  tail: string
}

function lastIndex(history: readonly HistoryRow[], match: (r: HistoryRow) => boolean): number {
  for (let i = history.length - 1; i >= 0; i--) if (match(history[i] as HistoryRow)) return i
  return -1
}

/** The row that says traffic went back on stable (the rollback finished). */
const rolledBack = (r: HistoryRow): boolean => r.action === 'canary 0%' && r.verdict === 'aborted'

/**
 * Is the hook due? Only after a finished rollback (phase aborted, a `canary 0%` row) that no successful hook run
 * has followed yet. A refused start (nothing moved) or an interrupted rollback (phase aborting) runs nothing.
 */
export function rollbackHookDue(state: RolloutState): boolean {
  if (state.phase !== 'aborted') return false
  const back = lastIndex(state.history, rolledBack)
  if (back < 0) return false
  const ran = lastIndex(state.history, (r) => r.action === HOOK_ACTION && r.verdict === 'ran')
  return ran < back
}

/** The canary's weight just before the rollback that is being cleaned up after. */
export function weightBeforeRollback(state: RolloutState): number {
  const back = lastIndex(state.history, rolledBack)
  const start = lastIndex(state.history.slice(0, Math.max(0, back)), (r) => r.action === 'rollback')
  return start >= 0 ? (state.history[start] as HistoryRow).weight : 0
}

/** The hook's environment: the versions involved and why. Values are plain strings, never interpreted by a shell. */
export function rollbackHookEnv(
  state: RolloutState,
  extra: { flagKey?: string; routerConfig: string },
): Record<string, string> {
  return {
    SHIPLINE_STABLE: state.stable,
    SHIPLINE_CANARY: state.canary,
    SHIPLINE_ROLLED_BACK: state.canary,
    SHIPLINE_SERVING: state.stable,
    SHIPLINE_CANARY_WEIGHT_BEFORE: String(weightBeforeRollback(state)),
    SHIPLINE_REASON: state.reason,
    SHIPLINE_STRATEGY: state.strategy,
    SHIPLINE_ROLLOUT_KEY: state.key,
    SHIPLINE_ROUTER_CONFIG: extra.routerConfig,
    ...(extra.flagKey ? { SHIPLINE_FLAG_KEY: extra.flagKey } : {}),
  }
}

/** A short verdict for the hook run. */
export function hookVerdict(run: HookRun, timeoutMs: number): { ok: boolean; detail: string } {
  const ms = `${Math.round(run.durationMs)} ms`
  if (run.timedOut)
    return { ok: false, detail: `stopped after the ${Math.round(timeoutMs / 1000)} s on-rollback-timeout` }
  if (run.code === 0) return { ok: true, detail: `exited 0 after ${ms}` }
  return { ok: false, detail: run.signal ? `killed by ${run.signal} after ${ms}` : `exited ${run.code} after ${ms}` }
}

/** The state with the hook's run recorded (phase, weight and reason untouched: the rollback's result stands). */
export function recordHook(state: RolloutState, run: HookRun, timeoutMs: number, now: number): RolloutState {
  const v = hookVerdict(run, timeoutMs)
  const row: HistoryRow = {
    at: now,
    step: 0,
    action: HOOK_ACTION,
    weight: state.weight,
    verdict: v.ok ? 'ran' : 'failed',
    detail: v.detail,
  }
  return { ...state, updatedAt: now, history: [...state.history, row] }
}
