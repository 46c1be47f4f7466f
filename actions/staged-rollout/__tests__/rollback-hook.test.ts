import { describe, expect, it } from '@jest/globals'
import {
  hookVerdict,
  recordHook,
  rollbackHookDue,
  rollbackHookEnv,
  weightBeforeRollback,
} from '../src/domain/rollback-hook.js'
import { newState, type HistoryRow, type RolloutState } from '../src/domain/rollout.js'

const row = (action: string, verdict: string, weight: number): HistoryRow => ({
  at: 1,
  step: 0,
  action,
  verdict,
  weight,
  detail: '',
})
const base = newState({ key: 'k1', strategy: 'canary', stable: 'blue', canary: 'green' }, 0)
const rolledBack: RolloutState = {
  ...base,
  phase: 'aborted',
  weight: 0,
  reason: 'analysis failed',
  history: [row('setWeight 30%', 'applied', 30), row('rollback', 'aborting', 30), row('canary 0%', 'aborted', 0)],
}
const ok = { code: 0, signal: null, timedOut: false, durationMs: 12.4, tail: '' }

describe('on-rollback contract (pure)', () => {
  it('is due once after a finished rollback, again after a failed run, never after a successful one', () => {
    expect(rollbackHookDue(rolledBack)).toBe(true)
    const ran = recordHook(rolledBack, ok, 60_000, 2)
    expect(rollbackHookDue(ran)).toBe(false)
    expect(ran).toMatchObject({ phase: 'aborted', weight: 0, reason: 'analysis failed' })
    const failed = recordHook(rolledBack, { ...ok, code: 2 }, 60_000, 2)
    expect(failed.history.at(-1)).toMatchObject({
      action: 'on-rollback',
      verdict: 'failed',
      detail: 'exited 2 after 12 ms',
    })
    expect(rollbackHookDue(failed)).toBe(true)
    // a later rollback (after a retry) is due again
    const later = {
      ...ran,
      history: [
        ...ran.history,
        row('retry', 'continue', 0),
        row('setWeight 10%', 'applied', 10),
        row('rollback', 'aborting', 10),
        row('canary 0%', 'aborted', 0),
      ],
    }
    expect(rollbackHookDue(later)).toBe(true)
    expect(weightBeforeRollback(later)).toBe(10)
  })

  it('is not due without a finished rollback: interrupted (aborting), paused, promoted, or refused before any traffic moved', () => {
    expect(rollbackHookDue({ ...rolledBack, phase: 'aborting' })).toBe(false)
    expect(rollbackHookDue({ ...base, phase: 'paused' })).toBe(false)
    expect(rollbackHookDue({ ...base, phase: 'promoted' })).toBe(false)
    expect(rollbackHookDue({ ...base, phase: 'aborted', history: [row('baselineCheck', 'refused', 0)] })).toBe(false)
  })

  it('gives the hook the versions involved and why, as plain strings', () => {
    expect(
      rollbackHookEnv(
        { ...rolledBack, strategy: 'flag' },
        { flagKey: 'new-checkout', routerConfig: '/srv/flags.json' },
      ),
    ).toEqual({
      SHIPLINE_STABLE: 'blue',
      SHIPLINE_CANARY: 'green',
      SHIPLINE_ROLLED_BACK: 'green',
      SHIPLINE_SERVING: 'blue',
      SHIPLINE_CANARY_WEIGHT_BEFORE: '30',
      SHIPLINE_REASON: 'analysis failed',
      SHIPLINE_STRATEGY: 'flag',
      SHIPLINE_ROLLOUT_KEY: 'k1',
      SHIPLINE_ROUTER_CONFIG: '/srv/flags.json',
      SHIPLINE_FLAG_KEY: 'new-checkout',
    })
  })

  it('words the verdict: exit code, signal or timeout', () => {
    expect(hookVerdict(ok, 5000)).toEqual({ ok: true, detail: 'exited 0 after 12 ms' })
    expect(hookVerdict({ ...ok, code: null, signal: 'SIGKILL' }, 5000)).toEqual({
      ok: false,
      detail: 'killed by SIGKILL after 12 ms',
    })
    expect(hookVerdict({ ...ok, code: null, timedOut: true }, 5000)).toEqual({
      ok: false,
      detail: 'stopped after the 5 s on-rollback-timeout',
    })
  })
})
