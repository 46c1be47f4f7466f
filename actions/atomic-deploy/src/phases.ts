/**
 * The phases that touch every host at once: the switch barrier (and the revert, which is the same switch to
 * each host's recorded target), health checks, and recording the outcome. Each returns per-host failures
 * rather than throwing, so the caller can decide to revert.
 */
import { SWITCH } from './domain/scripts.js'
import { settleLimited, type DeployConfig } from './domain/config.js'
import type { HostResult, Phase } from './domain/report.js'
import { expandHostTemplate } from './domain/names.js'
import { prepareSwitch, HostFailure, type PreparedSwitch } from './adapters/remote.js'
import { checkHealth, parseHealthCheck } from './adapters/health.js'
import type { Transport } from './adapters/transport.js'

const round = (n: number): number => Math.round(n * 10) / 10

/** Timing helper bound to the run's start. */
export class Clock {
  private readonly t0 = performance.now()
  at(): number {
    return performance.now() - this.t0
  }
  async time<T>(r: HostResult, phase: Phase, fn: () => Promise<T>): Promise<T> {
    const start = this.at()
    try {
      return await fn()
    } finally {
      r.timings[phase] = { start: round(start), ms: round(this.at() - start) }
    }
  }
}

const failureOf = (host: Transport, phase: string, e: unknown): HostFailure =>
  e instanceof HostFailure ? e : new HostFailure(host.spec.label, phase, (e as Error).message)

/** Start the switch on every host (each then waits at the barrier on its open connection). */
export function prepareAll(hosts: readonly Transport[], targets: readonly string[]): Promise<PreparedSwitch>[] {
  return hosts.map((h, i) => prepareOne(h, targets[i] as string))
}

/** Start the switch on one host; the promise never rejects unhandled. */
export function prepareOne(h: Transport, target: string): Promise<PreparedSwitch> {
  const p = prepareSwitch(h, SWITCH, [h.root, target], 30 * 60_000)
  p.catch(() => undefined)
  return p
}

/** Call off prepared switches (nothing renamed) and wait until each host has let go. */
export async function abortAll(pending: readonly Promise<PreparedSwitch>[]): Promise<void> {
  const settled = await Promise.allSettled(pending.filter(Boolean))
  const ready = settled.flatMap((p) => (p.status === 'fulfilled' && p.value ? [p.value] : []))
  for (const p of ready) p.abort()
  await Promise.allSettled(ready.map((p) => p.done))
}

/**
 * Switch every host at once: wait until every host is prepared (waiting on its open connection), then write one
 * `go` to each in the same tick. If any host cannot prepare, nobody switches. Returns the failures.
 */
export async function switchAll(hosts: readonly Transport[], pending: readonly Promise<PreparedSwitch>[], results: HostResult[], clock: Clock, phase: 'switch' | 'revert'): Promise<HostFailure[]> {
  const prepared = await Promise.allSettled(pending)
  const start = clock.at()
  const ready = prepared.flatMap((p) => (p.status === 'fulfilled' ? [p.value] : []))
  const failures = prepared.flatMap((p, i) => (p.status === 'rejected' ? [failureOf(hosts[i] as Transport, phase, p.reason)] : []))
  if (failures.length && phase === 'switch') {
    await abortAll(pending)
    hosts.forEach((_, i) => ((results[i] as HostResult).timings[phase] = { start: round(start), ms: round(clock.at() - start) }))
    return failures
  }
  for (const p of ready) p.go()
  const done = await Promise.allSettled(prepared.map((p) => (p.status === 'fulfilled' ? p.value.done : Promise.reject(p.reason))))
  done.forEach((d, i) => {
    const r = results[i] as HostResult
    r.timings[phase] = { start: round(start), ms: round(clock.at() - start) }
    const p = prepared[i]
    if (phase === 'switch' && p?.status === 'fulfilled') r.previous = (p.value as PreparedSwitch).previous
    if (d.status === 'fulfilled' && phase === 'switch') r.switchedAtNs = d.value
    if (d.status === 'rejected' && p?.status === 'fulfilled') failures.push(failureOf(hosts[i] as Transport, phase, d.reason))
  })
  return failures
}

/** Health-check every host; returns the failures. */
export async function healthAll(cfg: DeployConfig, hosts: readonly Transport[], version: string, results: HostResult[], clock: Clock): Promise<HostFailure[]> {
  if (!cfg.healthCheck) return []
  const check = parseHealthCheck(cfg.healthCheck)
  const settled = await settleLimited(hosts, cfg.parallel, (h, i) =>
    clock.time(results[i] as HostResult, 'health', async () => {
      const url = check.kind === 'http' ? expandHostTemplate(check.url, h.spec, i) : ''
      const why = await checkHealth(check, h, { url, version, label: hostName(h, i) }, cfg.healthTimeoutMs)
      if (why) throw new HostFailure(h.spec.label, 'health-check', why)
    }),
  )
  return settled.flatMap((s, i) => (s.status === 'rejected' ? [failureOf(hosts[i] as Transport, 'health-check', s.reason)] : []))
}

/** The value of SHIPLINE_HOST for a host: its hostname (SSH) or its directory name (local). */
export function hostName(h: Transport, i: number): string {
  return expandHostTemplate('{host}', h.spec, i)
}
