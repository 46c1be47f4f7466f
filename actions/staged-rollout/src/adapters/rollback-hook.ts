/**
 * Run `on-rollback` (argv, no shell) after a finished rollback. Its output streams through core's exec/logging path
 * inside a log group, like any untrusted text; it is bounded by `on-rollback-timeout` (SIGTERM, then SIGKILL). A
 * failure becomes a warning and a row in the step table: the rollback's own result (phase, exit code) stands.
 */
import { exec, group, info, lastLines, warning } from '@shipline/core'
import { hookVerdict, recordHook, rollbackHookDue, rollbackHookEnv, type HookRun } from '../domain/rollback-hook.js'
import type { RolloutState } from '../domain/rollout.js'
import type { Config } from './inputs.js'
import type { StateStore } from './state-store.js'

/** The runner's environment minus what the hook must not see: inputs (the token) and the runner's own tokens. */
export function hookBaseEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith('INPUT_') || k.startsWith('ACTIONS_') || k === 'GITHUB_TOKEN') continue
    out[k] = v
  }
  return out
}

/** Run the hook when one is due; returns the state with the run recorded (and saved). */
export async function runRollbackHook(
  cfg: Config,
  state: RolloutState,
  store: Pick<StateStore, 'save'>,
): Promise<RolloutState> {
  if (!cfg.onRollback || !rollbackHookDue(state)) return state
  const [file, ...args] = cfg.onRollback as [string, ...string[]]
  const env = { ...hookBaseEnv(), ...rollbackHookEnv(state, { flagKey: cfg.flagKey, routerConfig: cfg.routerConfig }) }
  const shown = cfg.onRollback.join(' ')
  const run: HookRun = await group(`on-rollback: ${shown}`, async () => {
    try {
      const r = await exec(file, args, {
        env,
        timeoutMs: cfg.onRollbackTimeoutMs,
        stream: true,
        allowFailure: true,
        maxBuffer: 64 * 1024,
      })
      return {
        code: r.code,
        signal: r.signal,
        timedOut: r.timedOut,
        durationMs: r.durationMs,
        tail: lastLines(r.stderr || r.stdout, 5),
      }
    } catch (error) {
      return { code: null, signal: null, timedOut: false, durationMs: 0, tail: (error as Error).message }
    }
  })
  const v = hookVerdict(run, cfg.onRollbackTimeoutMs)
  const after = recordHook(state, run, cfg.onRollbackTimeoutMs, Date.now())
  if (v.ok) info(`on-rollback '${shown}' ${v.detail}`)
  else
    warning(
      `on-rollback '${shown}' ${v.detail}; the rollback itself is done (canary ${state.canary} at ${state.weight}%)${run.tail ? `: ${run.tail}` : ''}`,
      { title: 'on-rollback failed' },
    )
  try {
    await store.save(after)
  } catch (error) {
    warning(`Could not record the on-rollback run in the state: ${(error as Error).message}`)
  }
  return after
}
