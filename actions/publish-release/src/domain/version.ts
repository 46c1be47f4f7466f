/** Tag ↔ version agreement, by semver. */
import coerce from 'semver/functions/coerce.js'
import compare from 'semver/functions/compare.js'
import valid from 'semver/functions/valid.js'
import { checkVersion, InputError } from '@shipline/core'

const SEMVER_AT_END = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/

/** The semver a tag carries at its end: `v1.2.3` → `1.2.3`, `pkg@1.2.3-rc.1` → `1.2.3-rc.1`; undefined if none. */
export function versionOfTag(tag: string): string | undefined {
  const m = SEMVER_AT_END.exec(tag)
  return m?.[1] && valid(m[1]) ? m[1] : undefined
}

/**
 * The release version: the `version` input when given (it must be valid semver and equal the tag's version),
 * else the version the tag carries. Throws an InputError naming the input otherwise.
 */
export function agreeTagVersion(tag: string, version: string | undefined): string {
  const fromTag = versionOfTag(tag)
  if (version === undefined) {
    if (!fromTag) throw new InputError('tag', tag, "carries no semver version (e.g. 'v1.2.3'); set the 'version' input")
    return fromTag
  }
  const clean = checkVersion('version', version)
  if (fromTag && compare(fromTag, clean) !== 0) {
    throw new InputError('version', version, `does not match the tag '${tag}' (which says ${fromTag})`)
  }
  return clean
}

/** The package version must be the release version. */
export function agreePackageVersion(pkgName: string, pkgVersion: string, version: string): string | undefined {
  const v = valid(pkgVersion)
  if (!v) return `npm package ${pkgName} has version '${pkgVersion}', which is not semver`
  if (compare(v, version) !== 0)
    return `npm package ${pkgName} has version ${pkgVersion}, but the release is ${version}`
  return undefined
}

/** True when dist-tag `current` should move to `version`: absent, or pointing at a lower version. */
export function shouldMoveDistTag(current: string | undefined, version: string): boolean {
  if (!current || !valid(current)) return true
  return compare(current, version) < 0
}

/** npm supports `--provenance` from 9.5.0 on. */
export function npmSupportsProvenance(npmVersion: string): boolean {
  const v = coerce(npmVersion)
  return v !== null && compare(v, '9.5.0') >= 0
}
