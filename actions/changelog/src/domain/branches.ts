/** Release lines for the changelog (rules in @shipline/core's branches): which earlier versions count as "previous". Pure. */
import parseSemver from 'semver/functions/parse.js'
import { onLine, type ReleaseBranch } from '@shipline/core'

/**
 * The versions that can be the previous release on this line: stable ones in a maintenance line's range; stable
 * ones and this channel's pre-releases on a pre-release branch (so 2.0.0-beta.2 follows 2.0.0-beta.1); stable
 * ones elsewhere (and without a `branches` input).
 */
export function previousOnLine(line: ReleaseBranch | undefined): (version: string) => boolean {
  return (version) => {
    const v = parseSemver(version)
    if (!v) return false
    if (!line || line.kind === 'release') return v.prerelease.length === 0
    if (line.kind === 'maintenance') return onLine(line, version)
    return v.prerelease.length === 0 || v.prerelease[0] === line.prerelease
  }
}
