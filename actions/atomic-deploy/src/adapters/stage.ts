/**
 * A deploy's one session per host (LOCK_STAGE): lock, probe, stage, prepare the switch, then wait at the barrier
 * over the same session. The artifact's bytes go to the session's stdin when the host asks for them (`SEND`):
 * a release staged earlier with the same bytes is never sent again.
 */
import { open } from 'node:fs/promises'
import type { DeployConfig } from '../domain/config.js'
import { parseProbe, type HostState } from '../domain/releases.js'
import { sharedLinkText } from '../domain/names.js'
import { LOCK_STAGE } from '../domain/scripts.js'
import type { Transport } from './transport.js'
import { reason, startSession, switchOver, HostFailure, type PreparedSwitch, type Session } from './remote.js'
import { lockFailure } from './hosts.js'
import { logUntrusted } from './log.js'

/** What {@link lockStageHost} found and did. */
export interface LockStaged {
  /** The host as it was before staging (undefined when the lock was not taken). */
  state?: HostState
  /** This run holds the lock (it said `LOCK ok` or `LOCK took`). */
  locked: boolean
  staged?: 'uploaded' | 'reused'
  failure?: HostFailure
  /** ms since the call started when the host said it holds the lock. */
  lockedAtMs?: number
  /** The switch, prepared (`.shipline/next`, pending record) and waiting for `go` on the same session. */
  prepared?: PreparedSwitch
}

/** The artifact to stream: its checked path, size and sha256, and its checked bytes when they are in memory. */
export interface StagedArtifact {
  path: string
  bytes: number
  sha256: string
  data?: Buffer
}

/**
 * A line the host prints after its release log (which it prints as it is, so any of its lines could look like
 * ours): matched only after `END OF LOGS <token>`, which no log line written before this run can hold.
 */
function afterLogs(token: string, line: string): RegExp {
  return new RegExp(`^END OF LOGS ${token.replace(/[^\w-]/g, '\\$&')}$[^]*?^${line}$`, 'm')
}

/**
 * Copy the file to `out` through two reused 256 KiB buffers: the next chunk is read while the last one is written,
 * and a buffer is refilled only once its write completed, so memory stays flat whatever the artifact's size and
 * the number of hosts. Resolves with the bytes copied.
 */
async function copyFile(path: string, out: NodeJS.WritableStream): Promise<number> {
  const file = await open(path, 'r')
  const bufs = [Buffer.allocUnsafe(256 * 1024), Buffer.allocUnsafe(256 * 1024)] as const
  const write = (b: Buffer): Promise<void> => new Promise((ok, fail) => out.write(b, (e) => (e ? fail(e) : ok())))
  let sent = 0
  try {
    let n = 0
    let reading: Promise<{ bytesRead: number }> = file.read(bufs[0], 0, bufs[0].length, null)
    for (;;) {
      const buf = bufs[n % 2] as Buffer
      const { bytesRead } = await reading
      if (!bytesRead) return sent
      sent += bytesRead
      const other = bufs[++n % 2] as Buffer
      reading = file.read(other, 0, other.length, null)
      await write(buf.subarray(0, bytesRead))
    }
  } finally {
    await file.close()
  }
}

/** Write the bytes in one go (the pipe takes them as the host reads, with no callback per chunk). */
function writeAll(data: Buffer, out: NodeJS.WritableStream): Promise<number> {
  return new Promise((ok) => out.write(data, (e) => ok(e ? -1 : data.length)))
}

/**
 * Send the artifact into the session's stdin once the host asks (`SEND`): the checked bytes when they are in
 * memory (the same buffer for every host), else streamed from the file; stdin stays open for the switch. A file
 * that changed since it was checked (unreadable, or not the size the host was told) closes stdin: the host then
 * fails its checksum and stages nothing, instead of waiting for bytes that never come.
 */
function sendOnRequest(s: Session, art: StagedArtifact, token: string): void {
  s.line(afterLogs(token, '(SEND)')).then(
    async () => {
      if (!s.stdin) return
      const sent = art.data ? await writeAll(art.data, s.stdin) : await copyFile(art.path, s.stdin).catch(() => -1)
      if (sent !== art.bytes) s.end()
    },
    () => undefined,
  )
}

/**
 * Lock, probe, stage and prepare the switch in one session. A cancel kills the session only once the host said
 * whether it holds the lock (so the lock is never taken after the run released its locks), and no more once the
 * switch is prepared (then calling it off is the barrier's job).
 */
export async function lockStageHost(
  t: Transport,
  cfg: DeployConfig,
  release: { version: string; art: StagedArtifact; token: string },
  owner: string,
  hostName: string,
  signal?: AbortSignal,
): Promise<LockStaged> {
  const shared = cfg.sharedPaths.flatMap((p) => [p, sharedLinkText(p)])
  const { art } = release
  const take = cfg.takeOverLock ? '1' : '0'
  const args = [t.root, cfg.app, owner, take, release.version, art.sha256, String(art.bytes), hostName]
  args.push(cfg.beforeSwitch, release.token, ...shared)
  const preparedLine = afterLogs(release.token, 'PREPARED (.*)')
  const cancel = signal ? { signal, after: /^LOCK /m, until: preparedLine } : undefined
  const t0 = performance.now()
  const s = startSession(t, LOCK_STAGE, args, { timeoutMs: 30 * 60_000, cancel })
  const session = switchOver(t, s)
  let lockedAtMs: number | undefined
  s.line(/^(LOCK) /m).then(
    () => (lockedAtMs = performance.now() - t0),
    () => undefined,
  )
  sendOnRequest(s, art, release.token)
  const endOfStage = `END OF STAGE ${release.token}`
  const logged = s.line(new RegExp(`^(${endOfStage})$`, 'm'), 'stderr').catch(() => undefined)
  const prepared = await s.line(preparedLine).catch(() => undefined)
  // The stage's output on stderr ends with a line of its own (stdout and stderr arrive in any order); should the
  // connection drop before it arrives, the host is still locked and prepared: go on with the log as it is.
  const r = prepared === undefined ? await s.closed : await logged.then(() => ({ ...s.output, code: 0, ms: 0 }))
  const locked = /^LOCK (ok$|took )/m.test(r.stdout)
  if (!locked) {
    const cancelled = 'cancelled' in r && r.cancelled
    return {
      locked,
      failure: cancelled ? new HostFailure(t.spec.label, 'lock', 'the run was cancelled') : lockFailure(t, r),
    }
  }
  const state = parseProbe(r.stdout)
  logUntrusted(
    `${t.spec.label}: stage${cfg.beforeSwitch ? ' and before-switch' : ''}`,
    r.stderr.split(endOfStage)[0]!.trim().split('\n').slice(-40).join('\n'),
  )
  const said = (line: string): boolean => afterLogs(release.token, line).test(r.stdout)
  const staged = said('STAGED') ? 'uploaded' : said('REUSED') ? 'reused' : undefined
  if (prepared !== undefined) return { state, locked, staged, lockedAtMs, prepared: session(prepared) }
  const phase = r.code === 13 ? 'before-switch' : 'stage'
  return { state, locked, staged, lockedAtMs, failure: new HostFailure(t.spec.label, phase, reason(r)) }
}
