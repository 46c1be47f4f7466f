/**
 * The phases that touch every host at once: the switch barrier (and the revert, which is the same switch to
 * each host's recorded target), health checks, and recording the outcome. Each returns per-host failures
 * rather than throwing, so the caller can decide to revert.
 */
import { SWITCH } from './domain/scripts.js'
import { settleLimited, type DeployConfig } from './domain/config.js'
import type { HostResult } from './domain/report.js'
import type { Clock } from './clock.js'
import { expandHostTemplate } from './domain/names.js'
import { prepareSwitch, HostFailure, type PreparedSwitch, type Settle } from './adapters/remote.js'
import { checkHealth, parseHealthCheck } from './adapters/health.js'
import type { Transport } from './adapters/transport.js'

const failureOf = (host: Transport, phase: string, e: unknown): HostFailure =>
  e instanceof HostFailure ? e : new HostFailure(host.spec.label, phase, (e as Error).message)

/** Start the switch on every host (each then waits at the barrier on its open session). */
export function prepareAll(
  hosts: readonly Transport[],
  targets: readonly string[],
  token: string,
): Promise<PreparedSwitch>[] {
  return hosts.map((h, i) => prepareOne(h, targets[i] as string, token))
}

/** Start the switch on one host; the promise never rejects unhandled. */
export function prepareOne(h: Transport, target: string, token: string): Promise<PreparedSwitch> {
  const p = prepareSwitch(h, SWITCH, [h.root, target, token], 30 * 60_000)
  p.catch(() => undefined)
  return p
}

/** Call off prepared switches (nothing renamed) and wait until each host has let go. */
export async function abortAll(pending: readonly (Promise<PreparedSwitch> | undefined)[]): Promise<void> {
  const settled = await Promise.allSettled(pending.filter(Boolean))
  const ready = settled.flatMap((p) => (p.status === 'fulfilled' && p.value ? [p.value] : []))
  for (const p of ready) p.abort()
  await Promise.allSettled(ready.map((p) => p.closed))
}

/** The open switch sessions after a switch: one per host, undefined where the host did not switch. */
export type Sessions = (PreparedSwitch | undefined)[]

/**
 * Switch every host at once: wait until every host is prepared (waiting on its open session), then write one
 * `go` to each in the same tick. If any host cannot prepare, nobody switches (`sessions` is undefined).
 */
export async function switchAll(
  hosts: readonly Transport[],
  pending: readonly Promise<PreparedSwitch>[],
  results: HostResult[],
  clock: Clock,
  signal?: AbortSignal,
): Promise<{ failures: HostFailure[]; sessions?: Sessions }> {
  const prepared = await Promise.allSettled(pending)
  const failures = prepared.flatMap((p, i) =>
    p.status === 'rejected' ? [failureOf(hosts[i] as Transport, 'switch', p.reason)] : [],
  )
  if (failures.length || signal?.aborted) {
    await abortAll(pending)
    return { failures }
  }
  const ready = prepared.map((p) => (p as PromiseFulfilledResult<PreparedSwitch>).value)
  const start = clock.at()
  for (const p of ready) p.go()
  const done = await Promise.allSettled(ready.map((p) => p.switched))
  const sessions: Sessions = []
  done.forEach((d, i) => {
    const r = results[i] as HostResult
    clock.mark(r, 'switch', start, clock.at())
    r.previous = (ready[i] as PreparedSwitch).previous
    if (d.status === 'fulfilled') {
      r.switchedAtNs = d.value
      sessions[i] = ready[i]
    } else failures.push(failureOf(hosts[i] as Transport, 'switch', d.reason))
  })
  return { failures, sessions }
}

/** Settle every open session (commit or revert); where a host has none, `fallback` runs instead. */
export async function settleAll(
  hosts: readonly Transport[],
  sessions: Sessions,
  how: (i: number) => Settle,
  fallback: (i: number) => Promise<void>,
  results: HostResult[],
  clock: Clock,
  phase: 'finish' | 'revert',
): Promise<HostFailure[]> {
  const settled = await Promise.allSettled(
    hosts.map((h, i) =>
      clock.time(results[i] as HostResult, phase, () =>
        sessions[i] ? (sessions[i] as PreparedSwitch).settle(how(i)) : fallback(i),
      ),
    ),
  )
  return settled.flatMap((s, i) => (s.status === 'rejected' ? [failureOf(hosts[i] as Transport, phase, s.reason)] : []))
}

/** Health-check every host; returns the failures. */
export async function healthAll(
  cfg: DeployConfig,
  hosts: readonly Transport[],
  version: string,
  results: HostResult[],
  clock: Clock,
  signal?: AbortSignal,
): Promise<HostFailure[]> {
  if (!cfg.healthCheck) return []
  const check = parseHealthCheck(cfg.healthCheck)
  const settled = await settleLimited(hosts, cfg.parallel, (h, i) =>
    clock.time(results[i] as HostResult, 'health', async () => {
      const url = check.kind === 'http' ? expandHostTemplate(check.url, h.spec, i) : ''
      const why = await checkHealth(check, h, { url, version, label: hostName(h, i) }, cfg.healthTimeoutMs, signal)
      if (why) throw new HostFailure(h.spec.label, 'health-check', why)
    }),
  )
  return settled.flatMap((s, i) =>
    s.status === 'rejected' ? [failureOf(hosts[i] as Transport, 'health-check', s.reason)] : [],
  )
}

/** The value of SHIPLINE_HOST for a host: its hostname (SSH) or its directory name (local). */
export function hostName(h: Transport, i: number): string {
  return expandHostTemplate('{host}', h.spec, i)
}
