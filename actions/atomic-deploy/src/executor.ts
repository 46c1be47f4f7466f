/**
 * The executor: runs every host's plan from the switch on. Switch every host at once (the switches the hosts
 * started after staging, or, for a rollback, switches to each plan's target), health-check, then commit over the
 * open sessions (the plan's releases to delete, the outcome in the release log, unlock). Any failure after the
 * switch switches every host back.
 */
import { group, warning } from '@shipline/core'
import type { HostPlan } from './domain/plan.js'
import { versionOf } from './domain/releases.js'
import { startDeployment } from './adapters/deployment.js'
import { healthAll, hostName, prepareAll, settleAll, switchAll, type Sessions } from './phases.js'
import { failRun, cancelRun } from './recover.js'
import { cancelled, entries, outcome, type Outcome, type RunState, type Slot } from './run.js'

/** The URL of the GitHub deployment: an HTTP health check's first URL, for the first host. */
function environmentUrl(run: RunState): string | undefined {
  const check = run.cfg.healthCheck
  const first = run.slots[0]
  if (!/^https?:\/\//.test(check) || !first) return undefined
  return check
    .split(/\s/)[0]
    ?.replace(/\{(host|index)\}/g, (_m, k: string) => (k === 'host' ? hostName(first.host, 0) : '1'))
}

/** The switch of a host that has none (never the case after a successful stage): it fails at the barrier. */
function notStarted(s: Slot): Promise<never> {
  const p = Promise.reject(new Error(`${s.result.host}: the switch was never started`))
  p.catch(() => undefined)
  return p
}

/** Run the plans of every host (one per slot, in order) from the switch on. */
export async function execute(run: RunState, plans: readonly HostPlan[]): Promise<Outcome> {
  const { cfg, ctx, slots } = run
  const version = run.release.version
  run.deployment = await startDeployment({
    token: cfg.token,
    environment: cfg.environment,
    ref: ctx.ref,
    app: cfg.app,
    version,
    logUrl: ctx.runUrl,
    environmentUrl: environmentUrl(run),
  })
  const hosts = slots.map((s) => s.host)
  const results = slots.map((s) => s.result)
  // A deploy's hosts started their switch once staged; a rollback's start theirs now.
  const started =
    cfg.mode === 'rollback'
      ? prepareAll(
          hosts,
          plans.map((p) => p.target),
          ctx.token,
        )
      : slots.map((s) => s.pending ?? notStarted(s))
  if (cfg.mode === 'rollback') started.forEach((p, i) => ((slots[i] as Slot).pending = p))
  const { failures: switched, sessions } = await group('Switch every host', () =>
    switchAll(hosts, started, results, run.clock, ctx.signal),
  )
  if (cancelled(run) && !sessions) return cancelRun(run, 'before the switch')
  if (switched.length) return failRun(run, 'switch', switched, undefined, sessions)
  results.forEach((r) => (r.result = 'switched'))
  const sick = await group('Health-check every host', () =>
    healthAll(cfg, hosts, version, results, run.clock, ctx.signal),
  )
  if (cancelled(run)) return cancelRun(run, 'during the health check', sessions)
  if (sick.length) return failRun(run, 'health', sick, undefined, sessions)
  await group('Record, clean up, unlock', () => commit(run, plans, sessions ?? []))
  const before = [...new Set(results.map((r) => versionOf(r.previous) ?? '(nothing)'))].join(', ')
  const done = cfg.mode === 'rollback' ? 'Rolled back' : 'Deployed'
  return outcome(run, `${done} ${cfg.app} to ${version} on ${hosts.length} host(s) (before: ${before}).`)
}

/** Commit over every open session: record success, delete the plan's old releases, unlock. */
async function commit(run: RunState, plans: readonly HostPlan[], sessions: Sessions): Promise<void> {
  const { slots } = run
  const broken = await settleAll(
    slots.map((s) => s.host),
    sessions,
    (i) => ({ verb: 'commit', remove: plans[i]?.remove ?? [], entries: entries(run, slots[i] as Slot, 'success') }),
    async () => undefined,
    slots.map((s) => s.result),
    run.clock,
    'finish',
  )
  for (const s of slots) s.locked = false
  for (const b of broken) warning(`${b.host}: the release is live but recording it failed: ${b.why}`)
  await run.deployment?.finish('success', `${run.cfg.app} ${run.release.version} is live`)
}
