/**
 * Version inputs, checked one way for every action. Semantic Versioning comes from the `semver` package (imported
 * per function, as the changelog does, so a bundle takes only the parser and not the range machinery); there is no
 * second implementation. Pure: no I/O.
 */
import type { SemVer } from 'semver'
import semverParse from 'semver/functions/parse.js'
import semverValid from 'semver/functions/valid.js'
import { InputError } from './errors.js'

export interface VersionRules {
  /**
   * The value must already be the normal form (`1.2.3`, `2.0.0-rc.1`): no `v` prefix, no build metadata, no
   * spaces. Without it a leading `v` (as in tags) and build metadata are accepted and dropped, as npm does.
   */
  exact?: boolean
  /** Longest normal form accepted (a version that becomes part of file names). */
  max?: number
}

const EXAMPLE = "(e.g. '1.4.0' or '2.0.0-rc.1')"

/** The normal form of a semantic version, or null: `v1.2.3+b` → `1.2.3`; `=1.2.3`, `1.2` → null. */
export function normalVersion(text: string): string | null {
  return /^v?\d/.test(text.trim()) ? semverValid(text) : null
}

/** True when `text` is a semantic version in its normal form already (`1.2.3`, not `v1.2.3` or `1.2.3+b`). */
export function isVersion(text: string): boolean {
  return parseVersion(text) !== null
}

/**
 * `text` parsed (semver's SemVer, for comparing) when it is a semantic version in its normal form already, else
 * null: {@link isVersion} with the parse kept, for code that compares many versions (each is parsed once).
 */
export function parseVersion(text: string): SemVer | null {
  const v = semverParse(text)
  return v?.version === text ? v : null
}

/**
 * Check a version given as input `input`; returns its normal form. Throws an {@link InputError} naming the input,
 * the value and the accepted form.
 */
export function checkVersion(input: string, value: string, rules: VersionRules = {}): string {
  const v = rules.exact ? (isVersion(value) ? value : null) : normalVersion(value)
  if (!v)
    throw new InputError(
      input,
      value,
      `is not a semantic version ${EXAMPLE}${rules.exact ? "; give it as is, without a 'v' prefix or build metadata" : ''}`,
    )
  if (rules.max !== undefined && v.length > rules.max)
    throw new InputError(
      input,
      value,
      `is ${v.length} characters long; a version that names files can be at most ${rules.max}`,
    )
  return v
}
