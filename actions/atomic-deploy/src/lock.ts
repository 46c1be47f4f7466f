/**
 * The first phase of a run: connect to every host while the artifact is checked; once it passed, lock (or, in a
 * dry run, just read) every host. A deploy pipelines each host: lock, probe and stage in one session, then start
 * its switch, which waits at the barrier. Nothing is visible before the barrier.
 */
import { warning, type UserError } from '@shipline/core'
import { settleLimited } from './domain/config.js'
import type { HostState } from './domain/releases.js'
import { connectHost, probeHost, whenCancelled } from './adapters/hosts.js'
import { lockStageHost } from './adapters/stage.js'
import { HostFailure } from './adapters/remote.js'
import { hostName } from './phases.js'
import { cancelled, failure, markFailed, type Artifact, type RunState, type Slot } from './run.js'

const asFailure = (reason: unknown, host: string, phase: string): HostFailure =>
  reason instanceof HostFailure ? reason : new HostFailure(host, phase, (reason as Error)?.message ?? String(reason))

/**
 * Connect, then lock (with `stage`: lock, stage and prepare the switch on) every host, each host's state going to its
 * slot. Returns the error when any host could not be connected or locked; stage failures go to the slots.
 */
export async function lockAll(
  run: RunState,
  artifact: Promise<Artifact>,
  stage: boolean,
): Promise<UserError | undefined> {
  const { cfg, ctx } = run
  const settled = await settleLimited(run.slots, cfg.parallel, async (s) => {
    await connected(run, s)
    // Nothing happens on a host before the artifact passed its checks (and the run was not cancelled).
    const art = await Promise.race([artifact, whenCancelled(ctx.signal, s.host, 'connect')])
    if (stage) return lockAndStage(run, s, art)
    const state = await run.clock.time(s.result, 'lock', () => probeHost(s.host, cfg, run.owner, !cfg.dryRun))
    s.locked = !cfg.dryRun
    return state
  })
  const failures: HostFailure[] = []
  settled.forEach((got, i) => {
    const s = run.slots[i] as Slot
    if (got.status === 'rejected') return void failures.push(asFailure(got.reason, s.host.spec.label, 'lock'))
    s.state = got.value
    if (got.value.tookOverFrom)
      warning(`${s.host.spec.label}: took over the deploy lock from ${got.value.tookOverFrom}`)
  })
  if (!failures.length) return undefined
  markFailed(run, failures, 'failed')
  return failure(
    run,
    failures,
    cfg.dryRun ? 'Nothing was changed (dry run).' : 'Nothing was switched; the locks already taken were released.',
  )
}

/** The host's connection: started early (startRun) or now. */
async function connected(run: RunState, s: Slot): Promise<void> {
  const { start } = s
  if (start) {
    try {
      return await start.connecting
    } finally {
      run.clock.mark(s.result, 'connect', start.at, run.clock.at())
    }
  }
  if (cancelled(run)) throw new HostFailure(s.host.spec.label, 'connect', 'the run was cancelled')
  await run.clock.time(s.result, 'connect', () => connectHost(s.host, run.ctx.signal))
}

/**
 * Lock, probe and stage one host in one session (upload unless staged earlier with these bytes; before-switch
 * unless already live), which then waits at the switch barrier. Throws when the lock was not taken; a stage
 * failure goes to the slot.
 */
async function lockAndStage(run: RunState, s: Slot, art: Artifact): Promise<HostState> {
  const { cfg, ctx, clock } = run
  const { host: h, result: r } = s
  const start = clock.at()
  const release = { version: cfg.version, art, token: ctx.token }
  const got = await lockStageHost(h, cfg, release, run.owner, hostName(h, run.slots.indexOf(s)), ctx.signal)
  const end = clock.at()
  const lockedAt = got.lockedAtMs === undefined ? end : start + got.lockedAtMs
  clock.mark(r, 'lock', start, lockedAt)
  s.locked = got.locked
  if (!got.locked || !got.state) throw got.failure
  clock.mark(r, 'stage', lockedAt, end)
  if (got.staged) r.staged = got.staged
  const failed =
    got.failure ?? (cancelled(run) ? new HostFailure(h.spec.label, 'stage', 'the run was cancelled') : undefined)
  if (failed) {
    got.prepared?.abort()
    await got.prepared?.closed
    s.stageFailure = failed
  } else if (got.prepared) s.pending = Promise.resolve(got.prepared)
  return got.state
}
