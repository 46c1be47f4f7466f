/**
 * One run, phase by phase: lock every host, stage everywhere, switch everywhere at once, health-check, and on
 * any failure after the switch switch every host back; then record, clean up and unlock.
 */
import { info, debug, group, warning, InputError, UserError, redact, resolveContained } from '@shipline/core'
import { settleLimited, type DeployConfig, type RunContext } from './domain/config.js'
import { allLive, planSteps } from './domain/plan.js'
import {
  pickRollbackTarget,
  previousRelease,
  releasesToDelete,
  versionOf,
  type HostState,
  type LogEntry,
} from './domain/releases.js'
import type { HostResult } from './domain/report.js'
import { inspectArtifact } from './adapters/artifact.js'
import {
  openFleet,
  connectHost,
  probeHost,
  lockStageHost,
  finishHost,
  onRevertHost,
  whenCancelled,
  type Fleet,
} from './adapters/hosts.js'
import { HostFailure, type PreparedSwitch } from './adapters/remote.js'
import { startDeployment, type DeploymentRecord } from './adapters/deployment.js'
import {
  Clock,
  switchAll,
  settleAll,
  healthAll,
  hostName,
  prepareAll,
  prepareOne,
  openOne,
  abortAll,
  type Sessions,
} from './phases.js'

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

/** Run a deploy or rollback (or print its plan) and say what happened. */
export async function runDeploy(cfg: DeployConfig, ctx: RunContext): Promise<Outcome> {
  const at = (what: string): void => debug(`${what} at ${Math.round(performance.now())} ms since the process started`)
  at('start')
  const fleet = await openFleet(cfg, ctx.workspace)
  const clock = new Clock()
  const results: HostResult[] = fleet.hosts.map((h) => ({
    host: h.spec.label,
    result: 'not-switched',
    previous: '',
    release: cfg.version,
    timings: {},
  }))
  try {
    // The artifact check runs while the hosts connect (connecting changes nothing on a host); each host is
    // probed and locked only once both are done, so a bad artifact still stops the run before any host is touched.
    const art = cfg.mode === 'deploy' ? checkArtifact(cfg, ctx) : Promise.resolve({ sha256: '', bytes: 0, path: '' })
    art.catch(() => undefined)
    return await new Run(cfg, ctx, fleet, art, clock, results).go()
  } finally {
    at('run done')
    await fleet.dispose()
    at('connections closed')
  }
}

type Artifact = { sha256: string; bytes: number; path: string }

async function checkArtifact(cfg: DeployConfig, ctx: RunContext): Promise<Artifact> {
  // By its real path, inside the workspace or RUNNER_TEMP: a committed link to a file elsewhere is refused.
  const artifact = (await resolveContained('artifact', cfg.artifact, { base: ctx.workspace })).real
  const a = await group('Inspect the artifact', () => inspectArtifact(artifact, { sharedPaths: cfg.sharedPaths }))
  if (cfg.sha256 && cfg.sha256.toLowerCase() !== a.sha256) {
    throw new InputError(
      'sha256',
      cfg.sha256,
      `does not match the artifact ${cfg.artifact} (its sha256 is ${a.sha256}); nothing was changed`,
    )
  }
  cfg.sha256 = a.sha256
  info(`${cfg.artifact}: ${a.bytes} bytes, ${a.entries} entries, sha256 ${a.sha256}`)
  return a
}

class Run {
  private states: HostState[] = []
  private locked: boolean[] = []
  private deployment: DeploymentRecord | undefined
  private art: Artifact = { sha256: '', bytes: 0, path: '' }
  /** Switches started on the hosts, waiting at the barrier. */
  private pending: Promise<PreparedSwitch>[] = []
  private stageFailures: (HostFailure | undefined)[] = []

  constructor(
    private readonly cfg: DeployConfig,
    private readonly ctx: RunContext,
    private readonly fleet: Fleet,
    private readonly artifact: Promise<Artifact>,
    private readonly clock: Clock,
    private readonly results: HostResult[],
  ) {}

  private get hosts() {
    return this.fleet.hosts
  }

  private get cancelled(): boolean {
    return this.ctx.signal?.aborted === true
  }

  async go(): Promise<Outcome> {
    const { cfg } = this
    const target = `releases/${cfg.version}`
    // A deploy pipelines each host: connect → lock → stage → wait at the switch barrier. Nothing is visible
    // before the barrier, so a host may stage while another is still locking; any failure calls it all off.
    const pipeline = cfg.mode === 'deploy' && !cfg.dryRun
    const title = cfg.dryRun
      ? 'Connect and read every host'
      : pipeline
        ? 'Connect, lock and stage every host'
        : 'Connect and lock every host'
    const lockError = await group(title, () => this.lock(pipeline ? target : undefined))
    this.art = await this.artifact // a bad artifact throws here, before any host was locked
    if (this.cancelled) return this.cancel('while connecting, locking and staging')
    if (lockError) {
      await abortAll(this.pending)
      return this.lockFailed(lockError)
    }
    if (cfg.mode === 'rollback') {
      const rollbackTarget = pickRollbackTarget(this.states)
      if (!rollbackTarget) return this.fail('rollback', [], 'there is no earlier good release present on every host')
      cfg.version = rollbackTarget
      this.results.forEach((r) => (r.release = rollbackTarget))
    }
    this.results.forEach((r, i) => (r.previous = this.states[i]?.current ?? ''))
    if (cfg.dryRun) return this.plan()
    this.states.forEach((s, i) => {
      if (s.pending)
        warning(
          `${this.hosts[i]!.spec.label}: an earlier run switched to ${s.pending.target || '(nothing)'} and never finished (no health check, no commit); this run finishes it, and a failure switches back to ${s.pending.previous || '(nothing)'}`,
        )
    })
    if (cfg.mode === 'deploy' && allLive(this.states, cfg.version, cfg.sha256)) {
      await abortAll(this.pending)
      await this.finish(undefined)
      this.results.forEach((r) => (r.result = 'unchanged'))
      return this.outcome(`${cfg.app} ${cfg.version} is already live on every host: nothing to do.`)
    }
    const staged = this.stageFailures.filter((f): f is HostFailure => f !== undefined)
    if (staged.length) {
      await abortAll(this.pending)
      return this.fail('stage', staged, undefined)
    }
    this.deployment = await startDeployment({
      token: cfg.token,
      environment: cfg.environment,
      ref: this.ctx.ref,
      app: cfg.app,
      version: cfg.version,
      logUrl: this.ctx.runUrl,
      environmentUrl: /^https?:\/\//.test(cfg.healthCheck)
        ? cfg.healthCheck
            .split(/\s/)[0]
            ?.replace(/\{(host|index)\}/g, (_m, k: string) => (k === 'host' ? hostName(this.hosts[0]!, 0) : '1'))
        : undefined,
    })
    if (cfg.mode === 'rollback')
      this.pending = prepareAll(
        this.hosts,
        this.hosts.map(() => `releases/${cfg.version}`),
        this.ctx.token,
      )
    const { failures: switched, sessions } = await group('Switch every host', () =>
      switchAll(this.hosts, this.pending, this.results, this.clock, this.ctx.signal),
    )
    if (this.cancelled && !sessions) return this.cancel('before the switch')
    if (switched.length) return this.fail('switch', switched, undefined, sessions)
    this.results.forEach((r) => (r.result = 'switched'))
    const sick = await group('Health-check every host', () =>
      healthAll(cfg, this.hosts, cfg.version, this.results, this.clock, this.ctx.signal),
    )
    if (this.cancelled) return this.cancel('during the health check', sessions)
    if (sick.length) return this.fail('health', sick, undefined, sessions)
    await group('Record, clean up, unlock', () => this.commit(sessions as Sessions))
    const before = [...new Set(this.results.map((r) => versionOf(r.previous) ?? '(nothing)'))].join(', ')
    return this.outcome(
      `${cfg.mode === 'rollback' ? 'Rolled back' : 'Deployed'} ${cfg.app} to ${cfg.version} on ${this.hosts.length} host(s) (before: ${before}).`,
    )
  }

  /** Commit over every open session: record success, delete old releases, unlock. */
  private async commit(sessions: Sessions): Promise<void> {
    const broken = await settleAll(
      this.hosts,
      sessions,
      (i) => ({ verb: 'commit', remove: this.removals(i), entries: this.entries(i, 'success') }),
      async () => undefined,
      this.results,
      this.clock,
      'finish',
    )
    this.results.forEach((_, i) => (this.locked[i] = false))
    for (const b of broken) warning(`${b.host}: the release is live but recording it failed: ${b.why}`)
    await this.deployment?.finish('success', `${this.cfg.app} ${this.cfg.version} is live`)
  }

  /** Log entries for host i: the outcome of this version, plus `rolled-back` for the release a rollback left. */
  private entries(i: number, outcome: 'success' | 'failed', reason?: string): LogEntry[] {
    const { cfg, ctx } = this
    const base = { sha256: cfg.sha256, who: ctx.who, when: ctx.now().toISOString(), run: ctx.runUrl, mode: cfg.mode }
    const prev = versionOf(this.results[i]!.previous)
    const out: LogEntry[] = []
    if (outcome === 'success' && cfg.mode === 'rollback' && prev)
      out.push({ ...base, version: prev, sha256: this.states[i]!.releases.get(prev) ?? '', outcome: 'rolled-back' })
    out.push({
      ...base,
      version: cfg.version,
      sha256: cfg.mode === 'rollback' ? (this.states[i]!.releases.get(cfg.version) ?? '') : cfg.sha256,
      outcome,
      ...(reason ? { reason } : {}),
    })
    return out
  }

  /** Releases host i deletes after a success. */
  private removals(i: number): string[] {
    const state = this.states[i]!
    const prev = versionOf(this.results[i]!.previous)
    const withNew: HostState = {
      ...state,
      releases: new Map(state.releases).set(this.cfg.version, this.cfg.sha256),
      log: [...state.log, ...this.entries(i, 'success')],
    }
    return releasesToDelete(withNew, this.cfg.keepReleases, [this.cfg.version, ...(prev ? [prev] : [])])
  }

  /**
   * Connect to every host while the artifact is checked; once it passed, lock (or, in a dry run, just read) every
   * host. With `stageTo`, each host locks, probes and stages in one session, then waits at the switch barrier.
   * Returns the error when any host could not be connected or locked; stage failures go to `stageFailures`.
   */
  private async lock(stageTo?: string): Promise<UserError | undefined> {
    const { cfg, ctx } = this
    const owner = JSON.stringify({
      token: ctx.token,
      who: ctx.who,
      run: ctx.runUrl,
      since: ctx.now().toISOString(),
      app: cfg.app,
      version: cfg.version || '(rollback)',
      mode: cfg.mode,
    })
    const settled = await settleLimited(this.hosts, cfg.parallel, async (h, i) => {
      const r = this.results[i]!
      if (this.cancelled) throw new HostFailure(h.spec.label, 'connect', 'the run was cancelled')
      await this.clock.time(r, 'connect', () => connectHost(h, ctx.signal))
      // Nothing happens on a host before the artifact passed its checks (and the run was not cancelled).
      const art = await Promise.race([this.artifact, whenCancelled(ctx.signal, h, 'connect')])
      if (stageTo) return this.lockAndStage(i, art, stageTo, owner)
      const state = await this.clock.time(r, 'lock', () => probeHost(h, cfg, owner, !cfg.dryRun))
      this.locked[i] = !cfg.dryRun
      return state
    })
    this.states = settled.map((s) =>
      s.status === 'fulfilled' ? s.value : { current: '', releases: new Map(), log: [] },
    )
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled' && s.value.tookOverFrom)
        warning(`${this.hosts[i]!.spec.label}: took over the deploy lock from ${s.value.tookOverFrom}`)
    })
    const failures = settled.flatMap((s, i) =>
      s.status === 'rejected' ? [asFailure(s.reason, this.hosts[i]!.spec.label, 'lock')] : [],
    )
    if (!failures.length) return undefined
    for (const f of failures)
      Object.assign(
        this.results.find((r) => r.host === f.host)!,
        { result: 'failed', error: `${f.phase}: ${f.why}` },
      )
    return this.failure(
      failures,
      cfg.dryRun ? 'Nothing was changed (dry run).' : 'Nothing was switched; the locks already taken were released.',
    )
  }

  /**
   * Lock, probe and stage host i in one session (upload unless staged earlier with these bytes; before-switch
   * unless already live), its switch session opened meanwhile; then start its switch. Throws when the lock was
   * not taken; a stage failure goes to `stageFailures`.
   */
  private async lockAndStage(i: number, art: Artifact, target: string, owner: string): Promise<HostState> {
    const { cfg, ctx } = this
    const h = this.hosts[i]!
    const r = this.results[i]!
    const start = this.clock.at()
    const staging = lockStageHost(h, cfg, owner, art.path, hostName(h, i), ctx.signal)
    const sw = openOne(h, target, ctx.token) // opened while the host stages: no session to open after it
    const got = await staging
    const end = this.clock.at()
    const lockedAt = got.lockedAtMs === undefined ? end : start + got.lockedAtMs
    this.clock.mark(r, 'lock', start, lockedAt)
    this.locked[i] = got.locked
    if (!got.locked) {
      sw.abort()
      await sw.closed
      throw got.failure
    }
    this.clock.mark(r, 'stage', lockedAt, end)
    if (got.staged) r.staged = got.staged
    const failure =
      got.failure ?? (this.cancelled ? new HostFailure(h.spec.label, 'stage', 'the run was cancelled') : undefined)
    if (failure) {
      sw.abort()
      await sw.closed
      this.stageFailures[i] = failure
    } else {
      const p = sw.prepared(got.prepared ?? '')
      p.catch(() => undefined)
      this.pending[i] = p
    }
    return got.state as HostState
  }

  /** After a failed lock: record the failure on the hosts that were locked, unlock them. */
  private async lockFailed(error: UserError): Promise<Outcome> {
    if (this.cfg.mode === 'deploy' && !this.cfg.dryRun)
      await this.finish('failed', error.message.split('\n').slice(1, -1).join('; ')).catch(() => this.release())
    else await this.release()
    return { ...this.outcome(error.message), error }
  }

  private plan(): Outcome {
    this.results.forEach((r, i) => {
      r.result = 'planned'
      r.plan = planSteps(this.cfg, this.states[i]!, this.hosts[i]!.root, this.art, this.cfg.version)
      info(`${r.host}:\n${r.plan.map((p, n) => `  ${n + 1}. ${p}`).join('\n')}`)
    })
    return this.outcome(`Dry run: the plan for ${this.hosts.length} host(s) is below. Nothing was changed.`)
  }

  /** Record `outcome` (if any) on every locked host and unlock, over a fresh command (no switch session). */
  private async finish(outcome: 'failed' | undefined, reason?: string): Promise<void> {
    await settleLimited(this.hosts, this.cfg.parallel, async (h, i) => {
      if (!this.locked[i]) return
      const entries = outcome ? this.entries(i, outcome, reason) : []
      await this.clock.time(this.results[i]!, 'finish', () =>
        finishHost(h, this.ctx.token, entries[entries.length - 1], true, []),
      )
      this.locked[i] = false
    })
    if (outcome) await this.deployment?.finish('failure', reason ?? 'failed')
  }

  /** Unlock without recording (lock failures). */
  private async release(): Promise<void> {
    await settleLimited(this.hosts, this.cfg.parallel, async (h, i) => {
      if (this.locked[i]) await finishHost(h, this.ctx.token, undefined, true, []).catch(() => undefined)
    })
  }

  private async fail(
    phase: string,
    failures: HostFailure[],
    why: string | undefined,
    sessions?: Sessions,
  ): Promise<Outcome> {
    const cfg = this.cfg
    for (const f of failures) this.results.find((r) => r.host === f.host)!.error = `${f.phase}: ${f.why}`
    // Redacted once here: the reason goes to every host's releases.log, the GitHub deployment status and on-revert's
    // environment, none of which may hold a secret (a health-check URL's password, say).
    const reason = redact(why ?? failures.map((f) => f.message).join('; '))
    let after = 'Nothing was switched: every host still serves the release it had before.'
    if (sessions) after = await this.revert(sessions, reason)
    else if (cfg.mode === 'deploy' && phase !== 'rollback')
      await this.finish('failed', reason).catch((e) => warning(`recording the failure: ${(e as Error).message}`))
    else await this.release()
    const marked =
      cfg.mode === 'deploy' ? ` ${cfg.version} is marked failed in .shipline/releases.log, so a rollback skips it.` : ''
    const error = why
      ? new UserError(`Rollback of ${cfg.app} failed: ${why}. ${after}`)
      : this.failure(failures, `${after}${marked}`)
    return { ...this.outcome(error.message), error }
  }

  /**
   * Switch every host back over its open session (a fresh one where it has none), record the failure, unlock.
   * With `on-revert`, the hosts stay locked while it runs on each host that switched back, then unlock.
   */
  private async revert(sessions: Sessions, reason: string): Promise<string> {
    const targets = this.results.map((r, i) => r.previous || this.states[i]!.current)
    const outcome = this.cfg.mode === 'deploy' ? 'failed' : undefined
    const hold = !!this.cfg.onRevert && this.cfg.mode === 'deploy'
    const entries = (i: number): LogEntry[] => (outcome ? this.entries(i, outcome, reason).slice(-1) : [])
    const fallback = async (i: number): Promise<void> => {
      const p = await prepareOne(this.hosts[i]!, targets[i]!, this.ctx.token)
      p.go()
      await p.switched
      await p.settle({ verb: 'commit', remove: [], entries: entries(i), hold })
    }
    const broken = await group('Switch every host back', () =>
      settleAll(
        this.hosts,
        sessions,
        (i) => ({ verb: 'revert', remove: [], entries: entries(i), hold }),
        fallback,
        this.results,
        this.clock,
        'revert',
      ),
    )
    this.results.forEach((r) => (r.result = broken.some((b) => b.host === r.host) ? 'failed' : 'reverted'))
    this.locked = this.results.map((r) => hold && r.result === 'reverted')
    const cleanup = hold ? await this.onRevert(targets, reason) : ''
    await this.deployment?.finish('failure', reason)
    const back = broken.length
      ? `Switching back FAILED on ${broken.map((b) => `${b.host} (${b.why})`).join(', ')}: fix those hosts by hand (point current at their previous release, then remove .shipline/lock).`
      : `Every host was switched back to the release it had before (${[...new Set(targets.map((t) => versionOf(t) ?? 'nothing'))].join(', ')}).`
    return `${back}${cleanup}`
  }

  /** Run on-revert on every host that switched back (they are still locked), then unlock them. Says what failed. */
  private async onRevert(targets: readonly string[], reason: string): Promise<string> {
    const { cfg } = this
    await group('Run on-revert on every host that switched back', () =>
      settleLimited(this.hosts, cfg.parallel, async (h, i) => {
        const r = this.results[i]!
        if (r.result !== 'reverted') return
        r.onRevert = await onRevertHost(
          h,
          cfg,
          { restored: targets[i]!, hostName: hostName(h, i), reason },
          this.ctx.signal,
        )
        if (r.onRevert.error)
          warning(`${r.host}: on-revert failed (${r.onRevert.error}); the host was switched back all the same`)
      }),
    )
    await this.release()
    const failed = this.results.filter((r) => r.onRevert?.error)
    const ran = this.results.filter((r) => r.onRevert).length
    if (!ran) return ''
    return failed.length
      ? ` on-revert FAILED on ${failed.map((r) => `${r.host} (${r.onRevert!.error})`).join(', ')}; it passed on ${ran - failed.length} of ${ran} host(s).`
      : ` on-revert passed on every host that switched back (${ran}).`
  }

  /**
   * The runner cancelled the step (SIGINT/SIGTERM): call off every switch not yet made, let go of the switch
   * sessions (hosts that switched keep the release with their pending record, which the next run finishes:
   * health check, then commit or switch back), release every lock this run holds. The caller then closes the
   * SSH connections.
   */
  private async cancel(when: string, sessions?: Sessions): Promise<Outcome> {
    const { cfg } = this
    await abortAll(this.pending)
    // Switched hosts keep the release and its pending record and unlock over their open session (no new one);
    // a host whose session is gone is unlocked over a fresh command.
    const kept = await Promise.allSettled(
      this.hosts.map(async (_h, i) => {
        const s = sessions?.[i]
        if (!s) return
        await s.settle({ verb: 'keep', remove: [], entries: [] })
        this.locked[i] = false
      }),
    )
    kept.forEach((k) => k.status === 'rejected' && debug(`keeping the switch: ${(k.reason as Error).message}`))
    await this.release()
    const switched = (sessions ?? []).some(Boolean)
    for (const r of this.results)
      if (r.result === 'not-switched' || r.result === 'switched') r.error ??= `cancelled ${when}`
    const what = cfg.mode === 'rollback' ? `Rollback of ${cfg.app}` : `Deploy of ${cfg.app} ${cfg.version}`
    const state = switched
      ? `Every host had switched to ${cfg.version}; it stays live, recorded as unfinished on each host (.shipline/pending): the next run of this action health-checks it and commits it, or switches every host back.`
      : 'Nothing was switched: every host still serves the release it had before.'
    await this.deployment?.finish('failure', `cancelled ${when}`)
    const error = new UserError(`${what} was cancelled ${when}. ${state} The deploy locks this run held were released.`)
    return { ...this.outcome(error.message), error }
  }

  private failure(failures: HostFailure[], after: string): UserError {
    const lead = failures.map((f) => `${f.host} failed at ${f.phase}: ${f.why}`).join('\n')
    const what =
      this.cfg.mode === 'rollback' ? `Rollback of ${this.cfg.app}` : `Deploy of ${this.cfg.app} ${this.cfg.version}`
    const lockHint = failures.some((f) => f.why.includes('deploy lock'))
      ? 'Wait for that run to finish. If it was killed, re-run with take-over-lock: true (or remove <path>/.shipline/lock on that host).'
      : undefined
    return new UserError(`${what} failed.\n${lead}\n${after}`, { hint: lockHint })
  }

  private outcome(text: string): Outcome {
    const prev = this.states.map((s) => previousRelease(s, this.cfg.version)).find((v) => v) ?? ''
    return { release: this.cfg.version, previous: prev, results: this.results, deploymentId: this.deployment?.id, text }
  }
}

function asFailure(reason: unknown, host: string, phase: string): HostFailure {
  return reason instanceof HostFailure
    ? reason
    : new HostFailure(host, phase, (reason as Error)?.message ?? String(reason))
}
