/**
 * The small part of Semantic Versioning 2.0.0 the actions need: parse, normalise, compare (with prerelease
 * precedence, spec §11). Written here instead of importing `semver`, whose range machinery tripled the size of a
 * bundle's entry file (cold start) for a few comparisons. Checked pair by pair against `semver` in the tests.
 */

/** The grammar of semver.org §2, §9, §10. */
const GRAMMAR =
  '(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?'
/** Loose: a leading `v` or `=` is allowed and dropped (as in tags). */
const SEMVER = new RegExp(`^[v=]?${GRAMMAR}$`)
const STRICT = new RegExp(`^${GRAMMAR}$`)

/** True when `text` is exactly a semantic version: no prefix, no surrounding space. */
export function isStrictSemver(text: string): boolean {
  return STRICT.test(text) && parseSemver(text) !== undefined
}

export interface SemverParts {
  major: number
  minor: number
  patch: number
  prerelease: string[]
}

/** Parse a version; undefined when it is not semver. Build metadata is dropped (it has no precedence). */
export function parseSemver(text: string): SemverParts | undefined {
  const m = SEMVER.exec(text.trim())
  if (!m) return undefined
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined
  return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [] }
}

/** The normal form (`1.2.3-rc.1`, no `v`, no build metadata), or undefined when not semver. */
export function validSemver(text: string): string | undefined {
  const v = parseSemver(text)
  return v && `${v.major}.${v.minor}.${v.patch}${v.prerelease.length ? `-${v.prerelease.join('.')}` : ''}`
}

/** The leading `major.minor.patch` of a looser string (e.g. a tool's `--version` output). */
export function coerceSemver(text: string): string | undefined {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(text)
  return m ? validSemver(`${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`) : undefined
}

function compareIds(a: string, b: string): number {
  const an = /^\d+$/.test(a)
  const bn = /^\d+$/.test(b)
  if (an && bn) return Math.sign(Number(a) - Number(b))
  if (an !== bn) return an ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** -1, 0 or 1 by semver precedence. Both must be valid (throws otherwise: a caller's bug, not user input). */
export function compareSemver(a: string, b: string): number {
  const x = parseSemver(a)
  const y = parseSemver(b)
  if (!x || !y) throw new Error(`not semver: ${x ? b : a}`)
  for (const k of ['major', 'minor', 'patch'] as const) if (x[k] !== y[k]) return Math.sign(x[k] - y[k])
  if (!x.prerelease.length || !y.prerelease.length) return Math.sign(y.prerelease.length - x.prerelease.length)
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const [p, q] = [x.prerelease[i], y.prerelease[i]]
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1
    const c = compareIds(p, q)
    if (c) return c
  }
  return 0
}
