/** Version rules: how far each change moves the version, and the next version from the previous one. Pure. */
// One module per function: `semver` itself loads all of it at startup (ranges, comparators, the lot).
import semverCompare from 'semver/functions/compare.js'
import semverInc from 'semver/functions/inc.js'
import semverParse from 'semver/functions/parse.js'
import semverPrerelease from 'semver/functions/prerelease.js'
import { forcedVersion, releaseTypeBetween } from './release-as.js'
import type { Section } from './sections.js'
import type { Impact, ParsedCommit, ReleaseType } from './types.js'

const ORDER: readonly Impact[] = ['none', 'patch', 'minor', 'major']

/** The larger of two impacts. */
export function maxImpact(a: Impact, b: Impact): Impact {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b
}

/** Impact named by a `semver:major|minor|patch|none` label (also `release:major`, `breaking`), if any. */
export function labelImpact(labels: readonly string[]): Impact | undefined {
  let out: Impact | undefined
  for (const raw of labels) {
    const l = raw.toLowerCase().trim()
    const m = /^(?:semver|release|bump)[:/ -](major|minor|patch|none)$/.exec(l)
    const impact = m
      ? (m[1] as Impact)
      : l === 'breaking' || l === 'breaking change' || l === 'breaking-change'
        ? 'major'
        : undefined
    if (impact) out = out ? maxImpact(out, impact) : impact
  }
  return out
}

/** Impact of one commit in its section: breaking → major, then labels, then the section's own impact. */
export function commitImpact(
  commit: Pick<ParsedCommit, 'breaking' | 'pull'>,
  section: Section,
  useLabels: boolean,
): Impact {
  let impact: Impact = section.impact
  if (commit.breaking) impact = 'major'
  const fromLabels = useLabels && commit.pull ? labelImpact(commit.pull.labels) : undefined
  if (fromLabels) impact = maxImpact(impact, fromLabels)
  return impact
}

/** Options of {@link nextVersion}. */
export interface VersionRules {
  /** The previous release (no prefix), or undefined for a first release. */
  previous?: string
  /** Version of a first release. */
  initial: string
  /** Pre-release channel, e.g. `rc` → `1.3.0-rc.1`. */
  prerelease?: string
  /** While < 1.0.0, a breaking change bumps major too (default: it bumps minor). */
  breakingBumpsMajorBelow1?: boolean
  /** While < 1.0.0, a feature bumps patch (changelogen's rule, release-please's `bump-patch-for-minor-pre-major`). */
  featBumpsPatchBelow1?: boolean
  /** This exact version (`release-as`), whatever the commits say. */
  releaseAs?: string
  /** Every version already tagged (no prefix), to number pre-releases (`rc.1` taken → `rc.2`). */
  taken?: readonly string[]
}

/** The next version and the `release-type` output. `none` keeps the previous version. */
export function nextVersion(
  impact: Impact,
  rules: VersionRules,
): { version: string; releaseType: ReleaseType; effective: Impact } {
  if (rules.releaseAs) return { ...forcedVersion(rules.releaseAs, rules.previous), effective: impact }
  // A first release is `initial` even when only chores landed (the caller decides that an empty range is no release).
  if (impact === 'none' && rules.previous === undefined)
    return { version: rules.initial, releaseType: releaseTypeBetween('0.0.0', rules.initial), effective: 'none' }
  if (impact === 'none') return { version: rules.previous ?? '', releaseType: 'none', effective: 'none' }
  let effective = impact
  let stable: string
  if (rules.previous === undefined) {
    stable = rules.initial
  } else {
    const prev = semverParse(rules.previous)
    if (!prev) throw new Error(`previous version '${rules.previous}' is not semver`)
    if (impact === 'major' && prev.major === 0 && !rules.breakingBumpsMajorBelow1) effective = 'minor'
    else if (impact === 'minor' && prev.major === 0 && rules.featBumpsPatchBelow1) effective = 'patch'
    // From a pre-release, finishing it counts: 1.3.0-rc.2 + patch → 1.3.0 (semver's inc does this).
    stable = semverInc(prev.version, effective) as string
  }
  if (!rules.prerelease)
    return { version: stable, releaseType: rules.previous === undefined ? impact : effective, effective }
  const prefix = `${stable}-${rules.prerelease}.`
  let n = 0
  for (const t of rules.taken ?? []) {
    if (!t.startsWith(prefix)) continue
    const k = Number(t.slice(prefix.length))
    if (Number.isSafeInteger(k) && k > n) n = k
  }
  return { version: `${prefix}${n + 1}`, releaseType: 'prerelease', effective }
}

/** A valid pre-release channel name (`rc`, `beta`, `next-2`). */
export function isChannel(name: string): boolean {
  return /^[0-9A-Za-z-]+$/.test(name) && !/^\d+$/.test(name)
}

/** Compare two versions (for sorting tags). */
export const compareVersions = (a: string, b: string): number => semverCompare(a, b)
/** Pre-release part of a version, if any. */
export const isPrerelease = (v: string): boolean => semverPrerelease(v) !== null
