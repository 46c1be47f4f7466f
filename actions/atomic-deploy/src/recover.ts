/**
 * How a run ends when something went wrong: record the failure and unlock, switch every host back (and run
 * on-revert), or, when the runner cancelled the step, call off what has not happened yet and let go.
 */
import { debug, group, redact, warning, UserError } from '@shipline/core'
import { settleLimited } from './domain/config.js'
import { versionOf } from './domain/releases.js'
import { afterCancel, afterRevert, onRevertSummary } from './domain/messages.js'
import { finishHost, onRevertHost } from './adapters/hosts.js'
import type { HostFailure } from './adapters/remote.js'
import { abortAll, hostName, prepareOne, settleAll, type Sessions } from './phases.js'
import { entries, failure, markFailed, outcome, what, type Outcome, type RunState, type Slot } from './run.js'

/** The switches started on the hosts (waiting at the barrier). */
export const pendings = (run: RunState) => run.slots.map((s) => s.pending)

/** Record `result` (if any) on every locked host and unlock, over a fresh command (no switch session). */
export async function finishLocked(run: RunState, result: 'failed' | undefined, reason?: string): Promise<void> {
  await settleLimited(run.slots, run.cfg.parallel, async (s) => {
    if (!s.locked) return
    const lines = result ? entries(run, s, result, reason) : []
    await run.clock.time(s.result, 'finish', () => finishHost(s.host, run.ctx.token, lines[lines.length - 1], true, []))
    s.locked = false
  })
  if (result) await run.deployment?.finish('failure', reason ?? 'failed')
}

/** Unlock without recording (lock failures). */
export async function releaseLocks(run: RunState): Promise<void> {
  await settleLimited(run.slots, run.cfg.parallel, async (s) => {
    if (s.locked) await finishHost(s.host, run.ctx.token, undefined, true, []).catch(() => undefined)
  })
}

/** After a failed lock: record the failure on the hosts that were locked, unlock them. */
export async function lockFailed(run: RunState, error: UserError): Promise<Outcome> {
  if (run.cfg.mode === 'deploy' && !run.cfg.dryRun)
    await finishLocked(run, 'failed', error.message.split('\n').slice(1, -1).join('; ')).catch(() => releaseLocks(run))
  else await releaseLocks(run)
  return outcome(run, error.message, error)
}

/**
 * The run failed at `phase` (on `failures`, or for `why`): switch back the hosts that switched (over `sessions`),
 * else record the failure and unlock.
 */
export async function failRun(
  run: RunState,
  phase: string,
  failures: HostFailure[],
  why: string | undefined,
  sessions?: Sessions,
): Promise<Outcome> {
  const { cfg } = run
  markFailed(run, failures)
  // Redacted once here: the reason goes to every host's releases.log, the GitHub deployment status and on-revert's
  // environment, none of which may hold a secret (a health-check URL's password, say).
  const reason = redact(why ?? failures.map((f) => f.message).join('; '))
  let after = 'Nothing was switched: every host still serves the release it had before.'
  if (sessions) after = await revertAll(run, sessions, reason)
  else if (cfg.mode === 'deploy' && phase !== 'rollback')
    await finishLocked(run, 'failed', reason).catch((e) => warning(`recording the failure: ${(e as Error).message}`))
  else await releaseLocks(run)
  const marked =
    cfg.mode === 'deploy'
      ? ` ${run.release.version} is marked failed in .shipline/releases.log, so a rollback skips it.`
      : ''
  const error = why
    ? new UserError(`Rollback of ${cfg.app} failed: ${why}. ${after}`)
    : failure(run, failures, `${after}${marked}`)
  return outcome(run, error.message, error)
}

/**
 * Switch every host back over its open session (a fresh one where it has none), record the failure, unlock.
 * With `on-revert`, the hosts stay locked while it runs on each host that switched back, then unlock.
 */
async function revertAll(run: RunState, sessions: Sessions, reason: string): Promise<string> {
  const { cfg, slots } = run
  const targets = slots.map((s) => s.result.previous || s.state.current)
  const result = cfg.mode === 'deploy' ? 'failed' : undefined
  const hold = !!cfg.onRevert && cfg.mode === 'deploy'
  const lines = (s: Slot) => (result ? entries(run, s, result, reason).slice(-1) : [])
  const fallback = async (i: number): Promise<void> => {
    const s = slots[i] as Slot
    const p = await prepareOne(s.host, targets[i] ?? '', run.ctx.token)
    p.go()
    await p.switched
    await p.settle({ verb: 'commit', remove: [], entries: lines(s), hold })
  }
  const hosts = slots.map((s) => s.host)
  const results = slots.map((s) => s.result)
  const how = (i: number) => ({ verb: 'revert' as const, remove: [], entries: lines(slots[i] as Slot), hold })
  const broken = await group('Switch every host back', () =>
    settleAll(hosts, sessions, how, fallback, results, run.clock, 'revert'),
  )
  for (const s of slots) {
    s.result.result = broken.some((b) => b.host === s.result.host) ? 'failed' : 'reverted'
    s.locked = hold && s.result.result === 'reverted'
  }
  const cleanup = hold ? await onRevertAll(run, targets, reason) : ''
  await run.deployment?.finish('failure', reason)
  return `${afterRevert(broken, targets.map(versionOf))}${cleanup}`
}

/** Run on-revert on every host that switched back (they are still locked), then unlock them. Says what failed. */
async function onRevertAll(run: RunState, targets: readonly string[], reason: string): Promise<string> {
  const { cfg, ctx } = run
  await group('Run on-revert on every host that switched back', () =>
    settleLimited(run.slots, cfg.parallel, async (s, i) => {
      const r = s.result
      if (r.result !== 'reverted') return
      const on = { version: run.release.version, restored: targets[i] ?? '', hostName: hostName(s.host, i), reason }
      r.onRevert = await onRevertHost(s.host, cfg, on, ctx.signal)
      if (r.onRevert.error)
        warning(`${r.host}: on-revert failed (${r.onRevert.error}); the host was switched back all the same`)
    }),
  )
  await releaseLocks(run)
  return onRevertSummary(
    run.slots.flatMap((s) => (s.result.onRevert ? [{ host: s.result.host, ...s.result.onRevert }] : [])),
  )
}

/**
 * The runner cancelled the step (SIGINT/SIGTERM): call off every switch not yet made, let go of the switch
 * sessions (hosts that switched keep the release with their pending record, which the next run finishes:
 * health check, then commit or switch back), release every lock this run holds. The caller then closes the
 * SSH connections.
 */
export async function cancelRun(run: RunState, when: string, sessions?: Sessions): Promise<Outcome> {
  await abortAll(pendings(run))
  // Switched hosts keep the release and its pending record and unlock over their open session (no new one);
  // a host whose session is gone is unlocked over a fresh command.
  const kept = await Promise.allSettled(
    run.slots.map(async (s, i) => {
      const open = sessions?.[i]
      if (!open) return
      await open.settle({ verb: 'keep', remove: [], entries: [] })
      s.locked = false
    }),
  )
  kept.forEach((k) => k.status === 'rejected' && debug(`keeping the switch: ${(k.reason as Error).message}`))
  await releaseLocks(run)
  for (const { result: r } of run.slots)
    if (r.result === 'not-switched' || r.result === 'switched') r.error ??= `cancelled ${when}`
  await run.deployment?.finish('failure', `cancelled ${when}`)
  const state = afterCancel((sessions ?? []).some(Boolean), run.release.version)
  const error = new UserError(
    `${what(run)} was cancelled ${when}. ${state} The deploy locks this run held were released.`,
  )
  return outcome(run, error.message, error)
}
