/** Versions the user decides instead of the commits: `release-as`, and the first release at `initial-version`. Pure. */
// One module per function, as in bump.ts: `semver` itself loads all of it at startup.
import semverDiff from 'semver/functions/diff.js'
import semverGt from 'semver/functions/gt.js'
import semverPrerelease from 'semver/functions/prerelease.js'
import { InputError } from '@shipline/core'
import type { ReleaseType } from './types.js'

/** The `release-type` of going from `from` to `to`: a pre-release target is `prerelease`. */
export function releaseTypeBetween(from: string, to: string): ReleaseType {
  if (semverPrerelease(to)) return 'prerelease'
  const diff = semverDiff(from, to)
  return diff === 'major' || diff === 'minor' ? diff : 'patch'
}

/**
 * `release-as`: this exact version, whatever the commits say (also when nothing releasable landed). It must be above
 * the previous release, so a tag is never reused or moved backwards.
 */
export function forcedVersion(
  releaseAs: string,
  previous: string | undefined,
): { version: string; releaseType: ReleaseType } {
  if (previous !== undefined && !semverGt(releaseAs, previous)) {
    throw new InputError('release-as', releaseAs, `is not above the previous release ${previous}`, {
      hint: 'Give a higher version, or leave release-as empty to take the version from the commits.',
    })
  }
  return { version: releaseAs, releaseType: releaseTypeBetween(previous ?? '0.0.0', releaseAs) }
}
