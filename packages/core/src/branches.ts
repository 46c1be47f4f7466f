/**
 * Release branches in the style semantic-release users know, shared by changelog (which version a branch may make,
 * which tag came before it on the same line) and publish-release (which npm dist-tag and release flags a branch
 * gets). Pure: the caller names the branch being released and, when it knows them, the branches that exist.
 *
 * ```yaml
 * branches: |
 *   - main                              # trunk: the first plain name (dist-tag latest)
 *   - next                              # another release line (dist-tag next)
 *   - '+([0-9]).x'                      # maintenance lines 1.x, 2.x … (range from the name)
 *   - { name: '1.2.x' }                 # maintenance 1.2.x: >=1.2.0 <1.3.0
 *   - { name: beta, prerelease: true }  # pre-releases 2.0.0-beta.1 (dist-tag beta)
 *   - { name: alpha-*, prerelease: alpha, channel: alpha }
 * ```
 * A name may be a glob (`*`, `?`, `+([0-9])`, `{a,b}`), matched against the whole branch name.
 */
import { InputError } from './errors.js'
import compareSemver from 'semver/functions/compare.js'
import parseSemver from 'semver/functions/parse.js'

export type BranchKind = 'release' | 'maintenance' | 'prerelease'

/** One entry of the `branches` input, normalised. */
export interface BranchRule {
  /** Name or glob as written. */
  name: string
  kind: BranchKind
  /** Pre-release id (`beta` → 2.0.0-beta.1); only for kind prerelease. */
  prerelease?: string
  /** npm dist-tag / release channel; undefined: computed for the concrete branch (see {@link resolveBranch}). */
  channel?: string
  /** Maintenance range written in the entry (`1.x`, `1.2.x`); default: the branch name. */
  range?: string
}

/** A concrete branch matched to its rule. */
export interface ReleaseBranch {
  branch: string
  kind: BranchKind
  /** The first release rule: versions go to `latest` and may be marked the latest release. */
  trunk: boolean
  /** npm dist-tag for its versions: `latest` (trunk), the channel, `release-1.x` (maintenance), the pre-release id. */
  distTag: string
  prerelease?: string
  /** For maintenance lines: versions must satisfy `>= min` and `< max`. */
  range?: VersionRange
}

export interface VersionRange {
  min: string
  max: string
  /** As written: `1.x`, `1.2.x`. */
  text: string
}

const EXAMPLE = 'a YAML/JSON list such as "[main, \'+([0-9]).x\', {name: beta, prerelease: true}]"'
const CHANNEL = /^[A-Za-z][\w.-]*$/

/** A maintenance range from `N.x` / `N.N.x` (also `N.x.x`), or undefined. */
export function maintenanceRange(text: string): VersionRange | undefined {
  const m = /^v?(\d+)\.(?:(\d+)\.)?x(?:\.x)?$/.exec(text)
  if (!m) return undefined
  const major = Number(m[1])
  if (m[2] === undefined) return { min: `${major}.0.0`, max: `${major + 1}.0.0`, text }
  const minor = Number(m[2])
  return { min: `${major}.${minor}.0`, max: `${major}.${minor + 1}.0`, text }
}

/** Turn a branch glob (`*`, `?`, `+([0-9])`, `?(…)`, `{a,b}`, `[…]`) into an anchored RegExp. */
export function branchGlob(pattern: string): RegExp {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    const next = pattern[i + 1]
    if ((c === '+' || c === '?' || c === '*' || c === '@') && next === '(') {
      let depth = 0
      let j = i + 1
      for (; j < pattern.length; j++) {
        if (pattern[j] === '(') depth++
        if (pattern[j] === ')' && --depth === 0) break
      }
      const inner = branchGlob(pattern.slice(i + 2, j))
        .source.slice(1, -1)
        .replace(/\\\|/g, '|')
      out += `(?:${inner})${c === '@' ? '' : c}`
      i = j
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '{') {
      const end = pattern.indexOf('}', i)
      if (end < 0) out += '\\{'
      else {
        out += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map((p) => branchGlob(p).source.slice(1, -1))
          .join('|')})`
        i = end
      }
    } else if (c === '[') {
      const end = pattern.indexOf(']', i)
      if (end < 0) out += '\\['
      else {
        out += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`
        i = end
      }
    } else if (c === '|') out += '\\|'
    else out += c.replace(/[.+^$()\\]/g, '\\$&')
  }
  return new RegExp(`^${out}$`)
}

const isGlob = (name: string): boolean => /[*?[{]|[+@]\(/.test(name)

/** Maintenance by name: `1.x`, `1.2.x`, or a glob that can only match such names (`+([0-9]).x`, `*.x`). */
const looksMaintenance = (name: string): boolean =>
  maintenanceRange(name) !== undefined || (isGlob(name) && /\.x$/.test(name))

/** Parse the `branches` input (already YAML/JSON-parsed). Errors name the input, the entry and what is accepted. */
export function parseBranches(value: unknown, input = 'branches'): BranchRule[] {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.length === 0)
    throw new InputError(
      input,
      JSON.stringify(value) ?? String(value),
      `is not a non-empty list of branches: ${EXAMPLE}`,
    )
  const rules = list.map((raw, i): BranchRule => {
    const entry = typeof raw === 'string' ? { name: raw } : (raw as Record<string, unknown>)
    const where = `(entry ${i + 1})`
    if (!entry || typeof entry !== 'object' || typeof entry.name !== 'string' || entry.name.trim() === '') {
      throw new InputError(
        input,
        JSON.stringify(raw) ?? String(raw),
        `${where} has no "name"; each entry is a branch name or {name, prerelease?, channel?, range?}`,
      )
    }
    const name = entry.name.trim()
    if (/\s|\.\.|^-|[~^:\\]/.test(name)) throw new InputError(input, name, `${where} is not a branch name or glob`)
    const channel = entry.channel === undefined || entry.channel === false ? undefined : String(entry.channel)
    if (channel !== undefined && !CHANNEL.test(channel))
      throw new InputError(
        input,
        channel,
        `${where} "channel" is not an npm dist-tag (a letter, then letters, digits, '.', '-', '_'; not a version or range)`,
      )
    const pre = entry.prerelease
    if (pre !== undefined && pre !== false) {
      const id = pre === true ? name : String(pre)
      if (!/^[0-9A-Za-z-]+$/.test(id) || /^\d+$/.test(id)) {
        throw new InputError(
          input,
          String(pre === true ? name : pre),
          `${where} "prerelease" is not a pre-release id (letters, digits, '-'; with prerelease: true the branch name is the id, so a glob name needs prerelease: <id>)`,
        )
      }
      return { name, kind: 'prerelease', prerelease: id, ...(channel ? { channel } : {}) }
    }
    const range = entry.range === undefined ? undefined : String(entry.range)
    if (range !== undefined && !maintenanceRange(range))
      throw new InputError(input, range, `${where} "range" is not a maintenance range such as '1.x' or '1.2.x'`)
    if (range !== undefined || looksMaintenance(name))
      return { name, kind: 'maintenance', ...(range ? { range } : {}), ...(channel ? { channel } : {}) }
    return { name, kind: 'release', ...(channel ? { channel } : {}) }
  })
  if (!rules.some((r) => r.kind === 'release')) {
    throw new InputError(
      input,
      list.map((r) => (typeof r === 'string' ? r : (r as { name?: string })?.name)).join(', '),
      `has no release branch (a plain name such as 'main'): the first one is the trunk`,
    )
  }
  return rules
}

/** The rule a concrete branch falls under (first match wins), or undefined when it is not a release branch. */
export function resolveBranch(rules: readonly BranchRule[], branch: string): ReleaseBranch | undefined {
  const rule = rules.find((r) => (isGlob(r.name) ? branchGlob(r.name).test(branch) : r.name === branch))
  if (!rule) return undefined
  const trunkRule = rules.find((r) => r.kind === 'release')
  const trunk = rule === trunkRule
  if (rule.kind === 'prerelease')
    return {
      branch,
      kind: 'prerelease',
      trunk: false,
      prerelease: rule.prerelease as string,
      distTag: rule.channel ?? (rule.prerelease as string),
    }
  if (rule.kind === 'maintenance') {
    const range = maintenanceRange(rule.range ?? branch)
    if (!range) return undefined
    return {
      branch,
      kind: 'maintenance',
      trunk: false,
      range,
      distTag: rule.channel ?? `release-${branch.replace(/[^\w.-]/g, '-')}`,
    }
  }
  return {
    branch,
    kind: 'release',
    trunk,
    distTag: rule.channel ?? (trunk ? 'latest' : branch.replace(/[^\w.-]/g, '-')),
  }
}

/** The maintenance ranges of existing branches (the trunk's versions must stay above all of them). */
export function maintenanceRanges(rules: readonly BranchRule[], existing: readonly string[]): VersionRange[] {
  return existing
    .map((b) => resolveBranch(rules, b))
    .flatMap((r) => (r?.kind === 'maintenance' && r.range ? [r.range] : []))
}

/** Is a version on this branch's line? Pre-release branches take their id's pre-releases (and the stable ones before). */
export function onLine(branch: ReleaseBranch, version: string): boolean {
  const v = parseSemver(version)
  if (!v) return false
  if (branch.range)
    return (
      !v.prerelease.length &&
      compareSemver(version, branch.range.min) >= 0 &&
      compareSemver(version, branch.range.max) < 0
    )
  if (v.prerelease.length) return branch.kind === 'prerelease' && v.prerelease[0] === branch.prerelease
  return true
}

/**
 * Why `version` may not be released from this branch, or undefined when it may. `floor`: the lowest version the
 * trunk may release (above every maintenance line), from {@link trunkFloor}.
 */
export function versionProblem(branch: ReleaseBranch, version: string, floor?: string): string | undefined {
  const v = parseSemver(version)
  if (!v) return `'${version}' is not a semantic version`
  if (branch.kind === 'maintenance' && branch.range) {
    if (v.prerelease.length)
      return `${version} is a pre-release; maintenance line ${branch.branch} (${branch.range.text}) releases only versions >=${branch.range.min} <${branch.range.max}`
    if (compareSemver(version, branch.range.min) < 0 || compareSemver(version, branch.range.max) >= 0) {
      const what = branch.range.text.split('.').length === 3 ? 'fixes' : 'fixes and features'
      return `${version} is outside maintenance line ${branch.branch} (>=${branch.range.min} <${branch.range.max}): this line takes ${what} only; land the change on the trunk or on a newer line`
    }
    return undefined
  }
  if (branch.kind === 'prerelease') {
    if (v.prerelease[0] !== branch.prerelease)
      return `${version} is not a ${branch.prerelease} pre-release; branch ${branch.branch} releases versions like 2.0.0-${branch.prerelease}.1`
    return undefined
  }
  if (v.prerelease.length)
    return `${version} is a pre-release; release branch ${branch.branch} releases stable versions (make a pre-release branch for it)`
  if (floor && compareSemver(version, floor) < 0)
    return `${version} is not above the maintenance lines (the trunk must release ${floor} or higher, or the versions would collide with a maintenance line)`
  return undefined
}

/** The lowest version the trunk may release: the highest upper bound of the maintenance ranges, if any. */
export function trunkFloor(ranges: readonly VersionRange[]): string | undefined {
  let floor: string | undefined
  for (const r of ranges) if (!floor || compareSemver(r.max, floor) > 0) floor = r.max
  return floor
}
