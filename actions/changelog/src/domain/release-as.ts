/** Versions the user decides instead of the commits: `release-as`, and the first release at `initial-version`. Pure. */
import semver from 'semver'
import { InputError } from '@shipline/core'
import type { ReleaseType } from './types.js'

/** The `release-type` of going from `from` to `to`: a pre-release target is `prerelease`. */
export function releaseTypeBetween(from: string, to: string): ReleaseType {
  if (semver.prerelease(to)) return 'prerelease'
  const diff = semver.diff(from, to)
  return diff === 'major' || diff === 'minor' ? diff : 'patch'
}

/**
 * `release-as`: this exact version, whatever the commits say (also when nothing releasable landed). It must be above
 * the previous release, so a tag is never reused or moved backwards.
 */
export function forcedVersion(releaseAs: string, previous: string | undefined): { version: string; releaseType: ReleaseType } {
  if (previous !== undefined && !semver.gt(releaseAs, previous)) {
    throw new InputError('release-as', releaseAs, `is not above the previous release ${previous}`, {
      hint: 'Give a higher version, or leave release-as empty to take the version from the commits.',
    })
  }
  return { version: releaseAs, releaseType: releaseTypeBetween(previous ?? '0.0.0', releaseAs) }
}
