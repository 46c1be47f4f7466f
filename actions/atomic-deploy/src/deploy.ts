/**
 * One run, phase by phase: lock every host (a deploy also stages it), plan each host from what its probe read,
 * then either print the plans (dry run) or hand them to the executor: switch everywhere at once, health-check,
 * and on any failure after the switch switch every host back; then record, clean up and unlock.
 */
import { info, debug, group, warning } from '@shipline/core'
import type { DeployConfig, RunContext } from './domain/config.js'
import { allLive, describeStep, planHost, type HostPlan } from './domain/plan.js'
import { pickRollbackTarget } from './domain/releases.js'
import { pendingWarning } from './domain/messages.js'
import { abortAll } from './phases.js'
import type { Started } from './connect.js'
import { lockAll } from './lock.js'
import { execute } from './executor.js'
import { cancelRun, failRun, finishLocked, lockFailed, pendings } from './recover.js'
import { cancelled, outcome, slotsOf, type Artifact, type Outcome, type RunState } from './run.js'

export type { Outcome } from './run.js'

/** Run a deploy or rollback (or print its plan) on the hosts `started` (startRun) and say what happened. */
export async function runDeploy(cfg: DeployConfig, ctx: RunContext, started: Started): Promise<Outcome> {
  const at = (what: string): void => debug(`${what} at ${Math.round(performance.now())} ms since the process started`)
  at('start')
  const { fleet, clock, owner } = started
  const release = { version: cfg.version, sha256: cfg.sha256, bytes: 0 }
  const slots = slotsOf(fleet.hosts, started.hosts, cfg.version)
  const run: RunState = { cfg, ctx, clock, owner, slots, release }
  try {
    // The artifact check runs while the hosts connect (connecting changes nothing on a host); each host is
    // probed and locked only once both are done, so a bad artifact still stops the run before any host is touched.
    // startRun started it for a deploy; a rollback sends no artifact.
    const art: Promise<Artifact> = started.artifact ?? Promise.resolve({ sha256: '', bytes: 0, path: '' })
    art.catch(() => undefined)
    return await prepare(run, art)
  } finally {
    at('run done')
    await fleet.dispose()
    at('connections closed')
  }
}

/** The title of the first phase. */
function lockTitle(cfg: DeployConfig, pipeline: boolean): string {
  if (cfg.dryRun) return 'Connect and read every host'
  return pipeline ? 'Connect, lock and stage every host' : 'Connect and lock every host'
}

/**
 * Lock (and, for a deploy, stage) every host, then plan each one from its probe; a dry run prints the plans,
 * a run with nothing to do (or that failed to stage) stops, and any other run executes them.
 */
async function prepare(run: RunState, artifact: Promise<Artifact>): Promise<Outcome> {
  const { cfg, slots } = run
  // A deploy pipelines each host: connect → lock → stage → wait at the switch barrier. Nothing is visible
  // before the barrier, so a host may stage while another is still locking; any failure calls it all off.
  const pipeline = cfg.mode === 'deploy' && !cfg.dryRun
  const lockError = await group(lockTitle(cfg, pipeline), () => lockAll(run, artifact, pipeline))
  const art = await artifact // a bad artifact throws here, before any host was locked
  if (cfg.mode === 'deploy') run.release = { version: cfg.version, sha256: art.sha256, bytes: art.bytes }
  if (cancelled(run)) return cancelRun(run, 'while connecting, locking and staging')
  if (lockError) {
    await abortAll(pendings(run))
    return lockFailed(run, lockError)
  }
  if (cfg.mode === 'rollback') {
    const target = pickRollbackTarget(slots.map((s) => s.state))
    if (!target) return failRun(run, 'rollback', [], 'there is no earlier good release present on every host')
    run.release = { ...run.release, version: target }
    for (const s of slots) s.result.release = target
  }
  for (const s of slots) s.result.previous = s.state.current
  const plans = slots.map((s) => planHost(cfg, s.state, s.host.root, run.release))
  slots.forEach((s, i) => (s.plan = plans[i]))
  if (cfg.dryRun) return dryRun(run, plans)
  return proceed(run, plans)
}

/** Print every host's plan; nothing changes. */
function dryRun(run: RunState, plans: readonly HostPlan[]): Outcome {
  run.slots.forEach(({ result: r }, i) => {
    r.result = 'planned'
    r.plan = (plans[i]?.steps ?? []).map(describeStep)
    info(`${r.host}:\n${r.plan.map((p, n) => `  ${n + 1}. ${p}`).join('\n')}`)
  })
  return outcome(run, `Dry run: the plan for ${run.slots.length} host(s) is below. Nothing was changed.`)
}

/** Stop when there is nothing to do or a host failed to stage; else execute the plans. */
async function proceed(run: RunState, plans: readonly HostPlan[]): Promise<Outcome> {
  const { cfg, slots } = run
  const { version, sha256 } = run.release
  for (const s of slots) if (s.state.pending) warning(pendingWarning(s.host.spec.label, s.state.pending))
  if (
    cfg.mode === 'deploy' &&
    allLive(
      slots.map((s) => s.state),
      version,
      sha256,
    )
  ) {
    await abortAll(pendings(run))
    await finishLocked(run, undefined)
    for (const s of slots) s.result.result = 'unchanged'
    return outcome(run, `${cfg.app} ${version} is already live on every host: nothing to do.`)
  }
  const staged = slots.flatMap((s) => (s.stageFailure ? [s.stageFailure] : []))
  if (staged.length) {
    await abortAll(pendings(run))
    return failRun(run, 'stage', staged, undefined)
  }
  return execute(run, plans)
}
