/**
 * Building the transports of a run (SSH key and known_hosts written to a private temp dir) and the per-host
 * operations over them, each failing with a {@link HostFailure} that says which host, where and why.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setSecret } from '@shipline/core'
import type { DeployConfig } from '../domain/config.js'
import { parseProbe, type HostState } from '../domain/releases.js'
import { expandHostTemplate } from '../domain/names.js'
import { PROBE, FINISH, ON_REVERT } from '../domain/scripts.js'
import { LocalTransport, SshTransport, sshHint, type Transport } from './transport.js'
import { call, reason, HostFailure, type CallResult } from './remote.js'
import { logUntrusted } from './log.js'

export interface Fleet {
  hosts: Transport[]
  dispose(): Promise<void>
}

/** Transports for every host; SSH material goes to a 0700 temp dir (key 0600), removed by dispose(). */
export async function openFleet(cfg: DeployConfig, workspace: string): Promise<Fleet> {
  // Everything goes under RUNNER_TEMP when there is one (the runner empties it after every job, so even a killed
  // step leaves no key behind). ControlMaster sockets need a short path (ssh adds 17 bytes to it while creating
  // the socket, and the limit is 108), so with a long RUNNER_TEMP they go to a short dir in /tmp instead.
  const runnerTemp = process.env.RUNNER_TEMP
  const short = (p: string | undefined): p is string => !!p && p.length <= 50
  // Synchronous: a few small writes, on the way to the first connection (each async one waits for the thread pool).
  const dir = mkdtempSync(join(short(runnerTemp) ? runnerTemp : short(tmpdir()) ? tmpdir() : '/tmp', 'sl-'))
  const secrets = runnerTemp && !dir.startsWith(runnerTemp) ? mkdtempSync(join(runnerTemp, 'shipline-ssh-')) : dir
  let keyFile: string | undefined
  let knownHostsFile: string | undefined
  if (cfg.sshKey) {
    for (const line of cfg.sshKey.split('\n'))
      if (line.trim().length > 8 && !line.startsWith('-----')) setSecret(line.trim())
    keyFile = join(secrets, 'key')
    writeFileSync(keyFile, cfg.sshKey.replace(/\r\n/g, '\n').trimEnd() + '\n', { mode: 0o600 })
  }
  if (cfg.knownHosts) {
    knownHostsFile = join(secrets, 'known_hosts')
    writeFileSync(knownHostsFile, cfg.knownHosts.trimEnd() + '\n', { mode: 0o600 })
  }
  const settings = { keyFile, knownHostsFile, socketDir: dir }
  const hosts = cfg.hosts.map((spec, i) => {
    const path = expandHostTemplate(cfg.path, spec, i)
    return spec.kind === 'local' ? new LocalTransport(spec, path, workspace) : new SshTransport(spec, path, settings, i)
  })
  return {
    hosts,
    dispose: async () => {
      await Promise.all(hosts.map((h) => h.close()))
      await rm(dir, { recursive: true, force: true })
      if (secrets !== dir) await rm(secrets, { recursive: true, force: true })
    },
  }
}

const label = (t: Transport): string => t.spec.label

/** What a failed connect means, with a hint for the usual SSH causes. */
function connectFailure(t: Transport, why: string): string {
  const text = why.replace(/^ssh failed: /, '')
  const hint = t.spec.kind === 'ssh' ? sshHint(text, t.spec) : undefined
  return `cannot connect: ${text}${hint ? ` (${hint})` : ''}`
}

/** Rejects with a 'cancelled' HostFailure once `signal` aborts (never settles otherwise). */
export function whenCancelled(signal: AbortSignal | undefined, t: Transport, phase: string): Promise<never> {
  return new Promise((_ok, fail) => {
    const go = (): void => fail(new HostFailure(label(t), phase, 'the run was cancelled'))
    if (signal?.aborted) go()
    else signal?.addEventListener('abort', go, { once: true })
  })
}

/** Open the host's connection (nothing runs on the host); a cancel gives up at once. */
export async function connectHost(t: Transport, signal?: AbortSignal): Promise<void> {
  try {
    await t.connect(signal)
  } catch (e) {
    if (signal?.aborted) throw new HostFailure(label(t), 'connect', 'the run was cancelled')
    throw new HostFailure(label(t), 'connect', connectFailure(t, (e as Error).message))
  }
}

/** What a failed lock means: the owner when the lock is held, else the script's reason. */
export function lockFailure(t: Transport, r: CallResult): HostFailure {
  if (r.code === 23) {
    const held = /^LOCK held (.*)$/m.exec(r.stdout)?.[1] ?? '{}'
    return new HostFailure(
      label(t),
      'lock',
      `the deploy lock ${t.root}/.shipline/lock is held by ${describeOwner(held)}`,
    )
  }
  return new HostFailure(label(t), 'lock', reason(r))
}

/** Probe the host, and lock it unless `lock` is false (dry run, or before a rollback). */
export async function probeHost(t: Transport, cfg: DeployConfig, owner: string, lock: boolean): Promise<HostState> {
  const r = await call(t, PROBE, [t.root, cfg.app, owner, cfg.takeOverLock ? '1' : '0', lock ? '1' : '0'], {
    timeoutMs: 120_000,
  })
  if (r.code !== 0) throw lockFailure(t, r)
  return parseProbe(r.stdout)
}

/** "octocat (run URL, since TIME, deploying app VERSION)" from a lock owner JSON. */
export function describeOwner(json: string): string {
  try {
    const o = JSON.parse(json) as { who?: string; run?: string; since?: string; version?: string; mode?: string }
    return `${o.who ?? 'unknown'} (run ${o.run ?? 'unknown'}, since ${o.since ?? '?'}, ${o.mode ?? 'deploy'} of ${o.version ?? '?'})`
  } catch {
    return json
  }
}

/** Append to the log, delete releases, unlock (when `unlock`). */
export async function finishHost(
  t: Transport,
  token: string,
  entry: object | undefined,
  unlock: boolean,
  remove: readonly string[],
): Promise<void> {
  const r = await call(t, FINISH, [t.root, token, entry ? JSON.stringify(entry) : '', unlock ? '1' : '0', ...remove], {
    timeoutMs: 5 * 60_000,
  })
  if (r.code !== 0) throw new HostFailure(label(t), 'finish', reason(r))
}

/** What `on-revert` did on one host. */
export interface OnRevertResult {
  code: number | null
  ms: number
  /** Why it failed, in words; undefined when it passed. */
  error?: string
}

/**
 * Run `on-revert` on a host after its revert (releases involved in its env, bounded by `timeoutMs` on the host
 * and here). Its output is logged as untrusted text; a failure is returned, never thrown.
 */
export async function onRevertHost(
  t: Transport,
  cfg: DeployConfig,
  ctx: { version: string; restored: string; hostName: string; reason: string },
  signal?: AbortSignal,
): Promise<OnRevertResult> {
  const secs = Math.max(1, Math.ceil(cfg.onRevertTimeoutMs / 1000))
  const args = [t.root, ctx.version, ctx.restored, ctx.hostName, ctx.reason.slice(0, 2000), String(secs), cfg.onRevert]
  const r = await call(t, ON_REVERT, args, { timeoutMs: secs * 1000 + 10_000, signal })
  logUntrusted(
    `${label(t)}: on-revert (exit ${r.code ?? 'killed'}, ${Math.round(r.ms)} ms)`,
    `${r.stdout}${r.stderr}`.split('\n').slice(-60).join('\n'),
  )
  if (r.code === 0) return { code: 0, ms: Math.round(r.ms) }
  const error =
    r.code === 124 || r.code === 137
      ? `timed out after ${secs}s`
      : r.code === 255 || r.code === 21 || r.code === null
        ? reason(r)
        : `exited with code ${r.code}`
  return { code: r.code, ms: Math.round(r.ms), error }
}
