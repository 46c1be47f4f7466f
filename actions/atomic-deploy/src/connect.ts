/**
 * The start of a run, before the rest of the action is loaded (main imports the executor, the report and the
 * artifact check dynamically, once this returned): the hosts' transports, and the connections of the first
 * `parallel` hosts. A deploy's connection carries its host's one command (LOCK_STAGE) as its own session, which
 * waits, touching nothing, until the runner tells it the checked artifact's sha256. The key exchanges, most of a
 * small deploy's time, so overlap loading the rest of the action and checking the artifact.
 */
import type { DeployConfig, RunContext } from './domain/config.js'
import { expandHostTemplate } from './domain/names.js'
import { connectHost, openFleet, type Fleet } from './adapters/hosts.js'
import { lockStageCommand } from './adapters/stage.js'
import type { Command } from './adapters/transport.js'
import { Clock } from './clock.js'

/** How a host's connection started: its command (a deploy's LOCK_STAGE), and the connection when it is under way. */
export interface HostStart {
  command?: Command
  /** The connection, started early (one of the first `parallel` hosts); rejects with a HostFailure. */
  connecting?: Promise<void>
  /** When it started (ms on the run's clock). */
  at: number
}

/** What {@link startRun} set up. */
export interface Started {
  fleet: Fleet
  clock: Clock
  /** The lock owner written on every host. */
  owner: string
  /** One per host, in order. */
  hosts: HostStart[]
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

/** Build every host's transport and start connecting the first `parallel` ones (their commands wait). */
export async function startRun(cfg: DeployConfig, ctx: RunContext): Promise<Started> {
  const fleet = await openFleet(cfg, ctx.workspace)
  const clock = new Clock()
  const owner = ownerOf(cfg, ctx)
  const stage = cfg.mode === 'deploy' && !cfg.dryRun
  const release = { version: cfg.version, token: ctx.token }
  const hosts = fleet.hosts.map((h, i): HostStart => {
    const name = expandHostTemplate('{host}', h.spec, i)
    const command = stage ? lockStageCommand(h, cfg, release, owner, name) : undefined
    if (i >= cfg.parallel || ctx.signal?.aborted) return { command, at: 0 }
    const at = clock.at()
    const connecting = connectHost(h, ctx.signal, command)
    connecting.catch(() => undefined)
    return { command, connecting, at }
  })
  return { fleet, clock, owner, hosts }
}
