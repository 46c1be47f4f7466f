/**
 * The plan of a run, as data: what will happen on each host, decided from the host's probed state. The same
 * decisions drive the real run; `dry-run` prints them and stops.
 */
import type { DeployConfig } from './config.js'
import { releasesToDelete, versionOf, type HostState } from './releases.js'

export type StageAction = 'upload' | 'reuse' | 'replace'

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

/** The steps of one host, in words. */
export function planSteps(
  cfg: DeployConfig,
  state: HostState,
  root: string,
  art: { sha256: string; bytes: number },
  target: string,
): string[] {
  const from = state.current || '(nothing)'
  const steps = [`lock ${root}/.shipline/lock`]
  if (cfg.mode === 'deploy') {
    const how = stageAction(state, target, art.sha256)
    if (how === 'reuse') steps.push(`reuse releases/${target} (staged earlier, sha256 matches)`)
    else {
      if (how === 'replace')
        steps.push(`replace releases/${target} (its sha256 is unknown or different; it is not live)`)
      steps.push(
        `stream the artifact (${art.bytes} bytes), verify sha256 ${art.sha256.slice(0, 12)}… on the host, unpack, rename to releases/${target}`,
      )
      if (cfg.sharedPaths.length) steps.push(`link shared paths: ${cfg.sharedPaths.join(', ')}`)
    }
    if (cfg.beforeSwitch) steps.push(`run before-switch in releases/${target}: ${cfg.beforeSwitch}`)
  }
  if (state.pending)
    steps.push(
      `finish the switch an earlier run left unfinished (${state.pending.target || '(nothing)'}): a failure switches back to ${state.pending.previous || '(nothing)'}`,
    )
  steps.push(`switch current: ${from} → releases/${target} (with every other host at once)`)
  if (cfg.healthCheck) steps.push(`health-check (up to ${Math.round(cfg.healthTimeoutMs / 1000)}s): ${cfg.healthCheck}`)
  const prev = versionOf(state.current)
  const withNew: HostState = { ...state, releases: new Map(state.releases).set(target, art.sha256) }
  const gone = releasesToDelete(withNew, cfg.keepReleases, [target, ...(prev ? [prev] : [])])
  if (gone.length) steps.push(`delete old releases: ${gone.join(', ')}`)
  steps.push('record the outcome in .shipline/releases.log, unlock')
  return steps
}
