/**
 * The plan of a run, as data: the steps each host goes through, decided from the host's probed state. The executor
 * (deploy.ts) runs these steps (the switch target, the releases to delete and what is recorded come from here);
 * `dry-run` prints the same steps, through {@link describeStep}, and stops.
 */
import { releasesToDelete, versionOf, type HostState, type LogEntry } from './releases.js'

export type StageAction = 'upload' | 'reuse' | 'replace'

/** What one run deploys: the version and its bytes (the sha256 is '' in a rollback: the bytes are already there). */
export interface Release {
  version: string
  sha256: string
  /** Size of the artifact (0 in a rollback). */
  bytes: number
}

/** The settings of a run the plan depends on (a subset of DeployConfig). */
export interface PlanSettings {
  mode: 'deploy' | 'rollback'
  sharedPaths: readonly string[]
  beforeSwitch: string
  healthCheck: string
  healthTimeoutMs: number
  keepReleases: number
}

/** One step on one host. */
export type Step =
  | { kind: 'lock'; path: string }
  | { kind: 'reuse'; target: string }
  | { kind: 'replace'; target: string }
  | { kind: 'upload'; target: string; bytes: number; sha256: string }
  | { kind: 'link-shared'; paths: readonly string[] }
  | { kind: 'before-switch'; target: string; command: string }
  | { kind: 'finish-pending'; target: string; previous: string }
  | { kind: 'switch'; from: string; to: string }
  | { kind: 'health-check'; check: string; timeoutMs: number }
  | { kind: 'delete'; releases: string[] }
  | { kind: 'record' }

/** The plan of one host: its steps, plus what the executor reads from them. */
export interface HostPlan {
  steps: Step[]
  /** The target `current` gets (`releases/<v>`). */
  target: string
  /** What a revert goes back to: the target before this run's switch (before an unfinished switch, if any). */
  previous: string
  /** Releases deleted after a success. */
  remove: string[]
}

/** How the release gets onto a host whose state is `state`. */
export function stageAction(state: HostState, version: string, sha256: string): StageAction {
  const have = state.releases.get(version)
  if (have === undefined) return 'upload'
  return have === sha256 ? 'reuse' : 'replace'
}

/**
 * True when every host already serves `version` with these bytes and no switch is left unfinished: the deploy
 * is a no-op. A host whose switch a dead run never finished (health check, commit) is not done yet.
 */
export function allLive(states: readonly HostState[], version: string, sha256: string): boolean {
  return (
    states.length > 0 &&
    states.every((s) => !s.pending && versionOf(s.current) === version && s.releases.get(version) === sha256)
  )
}

/** The target a revert of this host goes back to: the one before an unfinished switch, else `current`. */
export function revertTarget(state: HostState): string {
  return state.pending ? state.pending.previous : state.current
}

/** Releases a host deletes once `release` is live there (the live and the previous release are kept). */
export function removals(state: HostState, release: Release, previous: string, keep: number): string[] {
  const prev = versionOf(previous)
  const withNew: HostState = { ...state, releases: new Map(state.releases).set(release.version, release.sha256) }
  return releasesToDelete(withNew, keep, [release.version, ...(prev ? [prev] : [])])
}

/** The steps that put the release's bytes on the host (a deploy only). */
function stageSteps(s: PlanSettings, state: HostState, release: Release): Step[] {
  const target = release.version
  const how = stageAction(state, target, release.sha256)
  const steps: Step[] = []
  if (how === 'reuse') steps.push({ kind: 'reuse', target })
  else {
    if (how === 'replace') steps.push({ kind: 'replace', target })
    steps.push({ kind: 'upload', target, bytes: release.bytes, sha256: release.sha256 })
    if (s.sharedPaths.length) steps.push({ kind: 'link-shared', paths: s.sharedPaths })
  }
  if (s.beforeSwitch) steps.push({ kind: 'before-switch', target, command: s.beforeSwitch })
  return steps
}

/** The plan of one host whose probe read `state`; `root` is its deploy root. */
export function planHost(s: PlanSettings, state: HostState, root: string, release: Release): HostPlan {
  const target = `releases/${release.version}`
  const previous = revertTarget(state)
  const remove = removals(state, release, previous, s.keepReleases)
  const steps: Step[] = [{ kind: 'lock', path: `${root}/.shipline/lock` }]
  if (s.mode === 'deploy') steps.push(...stageSteps(s, state, release))
  if (state.pending) steps.push({ kind: 'finish-pending', ...state.pending })
  steps.push({ kind: 'switch', from: state.current, to: target })
  if (s.healthCheck) steps.push({ kind: 'health-check', check: s.healthCheck, timeoutMs: s.healthTimeoutMs })
  if (remove.length) steps.push({ kind: 'delete', releases: remove })
  steps.push({ kind: 'record' })
  return { steps, target, previous, remove }
}

const nothing = (target: string): string => target || '(nothing)'

/** One step in words (the dry run's output and summary). */
export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'lock':
      return `lock ${step.path}`
    case 'reuse':
      return `reuse releases/${step.target} (staged earlier, sha256 matches)`
    case 'replace':
      return `replace releases/${step.target} (its sha256 is unknown or different; it is not live)`
    case 'upload':
      return `stream the artifact (${step.bytes} bytes), verify sha256 ${step.sha256.slice(0, 12)}… on the host, unpack, rename to releases/${step.target}`
    case 'link-shared':
      return `link shared paths: ${step.paths.join(', ')}`
    case 'before-switch':
      return `run before-switch in releases/${step.target}: ${step.command}`
    case 'finish-pending':
      return `finish the switch an earlier run left unfinished (${nothing(step.target)}): a failure switches back to ${nothing(step.previous)}`
    case 'switch':
      return `switch current: ${nothing(step.from)} → ${step.to} (with every other host at once)`
    case 'health-check':
      return `health-check (up to ${Math.round(step.timeoutMs / 1000)}s): ${step.check}`
    case 'delete':
      return `delete old releases: ${step.releases.join(', ')}`
    case 'record':
      return 'record the outcome in .shipline/releases.log, unlock'
  }
}

/** Who, when and where, for every log entry of a run. */
export interface EntryBase {
  who: string
  when: string
  run: string
  mode: 'deploy' | 'rollback'
}

/**
 * The release-log lines of one host: the outcome of this release, preceded (after a successful rollback) by
 * `rolled-back` for the release it left. `previous` is the host's target before the switch.
 */
export function logEntries(
  base: EntryBase,
  state: HostState,
  release: Release,
  previous: string,
  outcome: 'success' | 'failed',
  reason?: string,
): LogEntry[] {
  const prev = versionOf(previous)
  const sha = (v: string): string => state.releases.get(v) ?? ''
  const out: LogEntry[] = []
  const common = { sha256: release.sha256, ...base }
  if (outcome === 'success' && base.mode === 'rollback' && prev)
    out.push({ ...common, version: prev, sha256: sha(prev), outcome: 'rolled-back' })
  const sha256 = base.mode === 'rollback' ? sha(release.version) : release.sha256
  out.push({ ...common, version: release.version, sha256, outcome, ...(reason ? { reason } : {}) })
  return out
}
