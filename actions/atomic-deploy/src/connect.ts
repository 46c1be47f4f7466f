/**
 * The start of a run, before the rest of the action is loaded (main imports the run's phases and the report
 * dynamically, once this returned): the hosts' transports, and the connections of the first `parallel` hosts.
 * Connecting changes nothing on a host. The key exchanges, most of a small deploy's time, so overlap loading the
 * rest of the action and checking the artifact, which starts here too, right after the dials (it touches no host;
 * with a large artifact it was the longest step before the first lock).
 */
import { sleep } from '@shipline/core'
import type { DeployConfig, RunContext } from './domain/config.js'
import { connectHost, openFleet, type Fleet } from './adapters/hosts.js'
import { checkArtifact, type ArtifactInfo } from './adapters/artifact.js'
import { Clock } from './clock.js'

/** How long the start of a run waits for its connections to be dialled before the rest of the action loads. */
const DIAL_WAIT_MS = 50

/** A host's connection, started early (one of the first `parallel` hosts): when, and the connection itself. */
export interface HostStart {
  /** Rejects with a HostFailure. */
  connecting: Promise<void>
  /** When it started (ms on the run's clock). */
  at: number
}

/** What {@link startRun} set up. */
export interface Started {
  /** The run's context, with its token (made once the connections started: node:crypto takes ms to load). */
  ctx: RunContext
  fleet: Fleet
  clock: Clock
  /** The lock owner written on every host. */
  owner: string
  /** One per host, in order; undefined for a host whose connection starts later (beyond `parallel`). */
  hosts: (HostStart | undefined)[]
  /** A deploy's artifact check, under way (rejects with an InputError when the artifact is refused). */
  artifact?: Promise<ArtifactInfo>
}

/** The lock owner written on every host: who runs what, and this run's token. */
function ownerOf(cfg: DeployConfig, ctx: RunContext): string {
  return JSON.stringify({
    token: ctx.token,
    who: ctx.who,
    run: ctx.runUrl,
    since: ctx.now().toISOString(),
    app: cfg.app,
    version: cfg.version || '(rollback)',
    mode: cfg.mode,
  })
}

/** node:crypto, loaded when the connections started. */
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto')

/** Build every host's transport and start connecting the first `parallel` ones; then make the run's token. */
export async function startRun(cfg: DeployConfig, ctx: Omit<RunContext, 'token'>): Promise<Started> {
  const fleet = await openFleet(cfg, ctx.workspace)
  const clock = new Clock()
  const hosts = fleet.hosts.map((h, i): HostStart | undefined => {
    if (i >= cfg.parallel || ctx.signal?.aborted) return undefined
    const at = clock.at()
    const connecting = connectHost(h, ctx.signal)
    connecting.catch(() => undefined)
    return { connecting, at }
  })
  const artifact = cfg.mode === 'deploy' ? checkArtifact(cfg, ctx.workspace) : undefined
  artifact?.catch(() => undefined) // awaited by the run, before anything happens on a host
  // Dialling takes a round trip; main then loads the rest of the action, which holds the event loop: the masters
  // start first (their key exchanges overlap that loading), unless a dial takes longer than DIAL_WAIT_MS.
  const dialled = new AbortController()
  await Promise.race([Promise.all(fleet.hosts.map((h) => h.started())), sleep(DIAL_WAIT_MS, dialled.signal)])
  dialled.abort() // the timer goes
  const run: RunContext = { ...ctx, token: crypto().randomUUID() }
  return { ctx: run, fleet, clock, owner: ownerOf(cfg, run), hosts, ...(artifact ? { artifact } : {}) }
}
