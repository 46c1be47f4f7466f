/**
 * flagd's `sem_ver` operator: `{"sem_ver": [version, operator, target]}` with `=`, `!=`, `<`, `<=`, `>`, `>=`,
 * `^` (same major) and `~` (same major.minor). Versions are read the way flagd's Go daemon reads them (its
 * `golang.org/x/mod/semver` grammar): an optional `v`/`V`, then `MAJOR`, `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`
 * (the short forms mean `.0`; only the full form may carry `-prerelease` / `+build`), no leading zeros. A number
 * in the context is read as its decimal text (`1.2` → `1.2.0`). Precedence is semver.org's (the `semver`
 * package's `compare`). Anything wrong — not three arguments, an unknown operator, a value that is not a version —
 * gives `null`, so the flag falls back to its default variant, as in flagd.
 */
import compareSemver from 'semver/functions/compare.js'
import type { Json } from './jsonlogic.js'

const NUMBER = '(0|[1-9]\\d*)'
const IDENT = '[0-9A-Za-z-]+'
const FULL = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}(-${IDENT}(?:\\.${IDENT})*)?(\\+${IDENT}(?:\\.${IDENT})*)?$`)
const SHORT = new RegExp(`^${NUMBER}(?:\\.${NUMBER})?$`)

/** The version as `MAJOR.MINOR.PATCH[-pre]` (build metadata dropped), or undefined when flagd would refuse it. */
export function normalizeFlagdVersion(value: Json | undefined): string | undefined {
  if (value === undefined || value === null || typeof value === 'object') return undefined
  let text = typeof value === 'string' ? value : String(value)
  if (text.startsWith('v') || text.startsWith('V')) text = text.slice(1)
  const short = SHORT.exec(text)
  if (short) return `${short[1]}.${short[2] ?? 0}.0`
  const full = FULL.exec(text)
  if (!full) return undefined
  const pre = full[4]
  // A numeric prerelease identifier must not have leading zeros (semver.org §9).
  if (
    pre &&
    pre
      .slice(1)
      .split('.')
      .some((id) => /^0\d+$/.test(id))
  )
    return undefined
  return `${full[1]}.${full[2]}.${full[3]}${pre ?? ''}`
}

const OPERATORS: Record<string, (a: string, b: string) => boolean> = {
  '=': (a, b) => compareSemver(a, b) === 0,
  '!=': (a, b) => compareSemver(a, b) !== 0,
  '<': (a, b) => compareSemver(a, b) < 0,
  '<=': (a, b) => compareSemver(a, b) <= 0,
  '>': (a, b) => compareSemver(a, b) > 0,
  '>=': (a, b) => compareSemver(a, b) >= 0,
  '^': (a, b) => a.split('.')[0] === b.split('.')[0],
  '~': (a, b) => a.split('.').slice(0, 2).join('.') === b.split('.').slice(0, 2).join('.'),
}

/** `sem_ver` on evaluated arguments: true/false, or null (with a warning) when flagd would log an error. */
export function semVerOp(args: Json[], warnings: string[]): Json {
  if (args.length !== 3) {
    warnings.push(`sem_ver: needs [version, operator, target] (got ${args.length} argument(s))`)
    return null
  }
  const [version, operator, target] = args
  const test = typeof operator === 'string' && Object.hasOwn(OPERATORS, operator) ? OPERATORS[operator] : undefined
  if (!test) {
    warnings.push(
      `sem_ver: unknown operator ${JSON.stringify(operator)} (accepted: ${Object.keys(OPERATORS).join(' ')})`,
    )
    return null
  }
  const a = normalizeFlagdVersion(version)
  const b = normalizeFlagdVersion(target)
  if (a === undefined || b === undefined) {
    warnings.push(`sem_ver: ${JSON.stringify(a === undefined ? version : target)} is not a semantic version`)
    return null
  }
  return test(a, b)
}
