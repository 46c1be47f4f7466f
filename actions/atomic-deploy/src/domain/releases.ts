/**
 * What a host knows about its releases (read by one probe), and the decisions made from it: which release a
 * rollback goes to, which releases cleanup deletes. Pure.
 */

import { NAME_PATTERN } from './names.js'

/** One line of `<path>/.shipline/releases.log`. */
export interface LogEntry {
  version: string
  sha256: string
  who: string
  when: string
  run: string
  /** `success` (went live), `failed` (deploy failed and was reverted: a bad release), `rolled-back` (bad). */
  outcome: 'success' | 'failed' | 'rolled-back'
  mode?: 'deploy' | 'rollback'
  reason?: string
}

/** The state of one host as the probe read it. */
export interface HostState {
  /** Target of `current` (`releases/<v>`), or '' when there is none yet. */
  current: string
  /** Release directories present, with the sha256 recorded when each was staged ('-' when unknown). */
  releases: Map<string, string>
  log: LogEntry[]
  /** The lock was taken over from this owner (JSON text), when it was. */
  tookOverFrom?: string
  /**
   * A switch no run committed or reverted (the run died after `go`): the target it switched to and the target
   * before it ('' for none). Until a run finishes it, `previous` is what a revert goes back to.
   */
  pending?: { target: string; previous: string }
}

/** `releases/<v>` → `<v>`; anything else → undefined. */
export function versionOf(target: string): string | undefined {
  const m = /^releases\/([^/]+)\/?$/.exec(target)
  return m ? m[1] : undefined
}

/** Parse the probe's output (`CURRENT x`, `RELEASE v sum`, then `LOGS` and JSON lines). Malformed log lines are skipped. */
export function parseProbe(stdout: string): HostState {
  const state: HostState = { current: '', releases: new Map(), log: [] }
  let inLog = false
  for (const line of stdout.split('\n')) {
    if (inLog) {
      addLogLine(state, line)
      continue
    }
    const [key] = line.split(' ', 1)
    const rest = line.slice((key?.length ?? 0) + 1)
    if (key === 'CURRENT') state.current = rest.trim()
    else if (key === 'RELEASE') {
      const [v, sum] = rest.split(' ')
      if (v) state.releases.set(v, sum ?? '-')
    } else if (key === 'LOGS') inLog = true
    else if (key === 'LOCK' && rest.startsWith('took ')) state.tookOverFrom = rest.slice(5)
    else if (key === 'PENDING') {
      const [target = '', ...previous] = rest.split(' ')
      state.pending = { target: target === '-' ? '' : target, previous: previous.join(' ').trim() }
    }
  }
  return state
}

function addLogLine(state: HostState, line: string): void {
  if (!line.trim()) return
  try {
    const e = JSON.parse(line) as LogEntry
    if (typeof e.version === 'string' && typeof e.outcome === 'string') state.log.push(e)
  } catch {
    // a torn or hand-edited line: ignore it
  }
}

/** The latest outcome recorded per version (later lines win). */
function latestOutcomes(log: readonly LogEntry[]): Map<string, LogEntry> {
  const last = new Map<string, LogEntry>()
  for (const e of log) last.set(e.version, e)
  return last
}

/**
 * Versions a rollback may go to on this host, best first: went live successfully, latest outcome not bad,
 * still on disk, not the live one. Ordered by when they last went live, newest first.
 */
export function rollbackCandidates(state: HostState): string[] {
  const live = versionOf(state.current)
  const last = latestOutcomes(state.log)
  const order: string[] = []
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i] as LogEntry
    if (e.outcome !== 'success' || order.includes(e.version)) continue
    if (e.version === live || last.get(e.version)?.outcome !== 'success' || !state.releases.has(e.version)) continue
    order.push(e.version)
  }
  return order
}

/** The newest version that is a rollback candidate on every host, or undefined. */
export function pickRollbackTarget(states: readonly HostState[]): string | undefined {
  const [first, ...rest] = states.map(rollbackCandidates)
  return (first ?? []).find((v) => rest.every((c) => c.includes(v)))
}

/** The release before `version` in this host's history (the previous live one), for the `previous-release` output. */
export function previousRelease(state: HostState, version: string): string | undefined {
  if (state.pending) return versionOf(state.pending.previous)
  const live = versionOf(state.current)
  if (live && live !== version) return live
  return rollbackCandidates(state).find((v) => v !== version)
}

/**
 * Releases to delete so that `keep` remain. Good releases (last outcome `success`) are kept before bad or never
 * deployed ones, newest first by their last line in the log; unknown ones count as oldest, by name. `protect`
 * (the live and the previous release) is never deleted, nor is a directory whose name is not a valid version
 * (someone else's).
 */
export function releasesToDelete(state: HostState, keep: number, protect: readonly string[]): string[] {
  const score = new Map<string, number>()
  state.log.forEach((e, i) => score.set(e.version, (e.outcome === 'success' ? state.log.length : 0) + i))
  const all = [...state.releases.keys()].sort(
    (a, b) => (score.get(b) ?? -1) - (score.get(a) ?? -1) || b.localeCompare(a),
  )
  const kept = new Set(protect)
  for (const v of all) if (kept.size < Math.max(keep, protect.length) && !kept.has(v)) kept.add(v)
  return all.filter((v) => !kept.has(v) && NAME_PATTERN.test(v))
}
