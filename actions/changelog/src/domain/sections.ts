/**
 * Sections of the two documents and how a commit lands in one: by its pull request's labels (release-drafter
 * style `label-map`) or by its conventional type. Pure.
 */
import { InputError } from '@shipline/core'
import type { Impact, ParsedCommit } from './types.js'

/** A section of the changelog / release notes. */
export interface Section {
  /** Stable id, used by `include-types` (`feat`, `fix`, `perf`, `deprecations`, ... or a custom title's slug). */
  key: string
  title: string
  /** Conventional types that land here. */
  types: string[]
  /** PR labels that land here. */
  labels: string[]
  /** How far a change in this section moves the version. */
  impact: Impact
}

const s = (key: string, title: string, types: string[], labels: string[], impact: Impact = 'none'): Section => ({
  key,
  title,
  types,
  labels,
  impact,
})

/** The built-in sections, in document order. `other` holds commits that are not conventional. */
export function defaultSections(): Section[] {
  return [
    s('feat', 'Features', ['feat', 'feature'], ['feature', 'enhancement', 'type: feature'], 'minor'),
    s('fix', 'Bug Fixes', ['fix', 'bugfix', 'hotfix'], ['bug', 'fix', 'bugfix', 'type: bug'], 'patch'),
    s('perf', 'Performance', ['perf'], ['performance', 'perf'], 'patch'),
    s(
      'deprecations',
      'Deprecations',
      ['deprecate', 'deprecation', 'deprecated'],
      ['deprecation', 'deprecated'],
      'patch',
    ),
    s('revert', 'Reverts', ['revert'], ['revert'], 'patch'),
    s('security', 'Security', ['security', 'sec'], ['security'], 'patch'),
    s('docs', 'Documentation', ['docs', 'doc'], ['documentation', 'docs']),
    s('refactor', 'Refactoring', ['refactor'], ['refactor', 'refactoring']),
    s('style', 'Style', ['style'], []),
    s('test', 'Tests', ['test', 'tests'], ['test', 'tests']),
    s('build', 'Build', ['build', 'deps'], ['dependencies', 'build']),
    s('ci', 'Continuous Integration', ['ci'], ['ci']),
    s('chore', 'Chores', ['chore'], ['chore', 'maintenance']),
  ]
}

/** The section for commits whose header is not conventional. */
export const OTHER: Section = s('other', 'Other', [], [])

const EXAMPLE = "'Features: [enhancement]' or '[{title: Features, labels: [enhancement]}]'"

/**
 * Parse a `label-map` (already decoded from YAML/JSON): `{ "Section title or key": label | [labels] }`, or a
 * release-drafter list `[{ title, labels | label }]` (also under a `categories:` key). Throws an InputError naming
 * the first bad entry.
 */
export function parseLabelMap(value: unknown, input = 'label-map'): Map<string, string[]> {
  let entries: [string, unknown][]
  const v = isRecord(value) && Array.isArray(value.categories) ? value.categories : value
  if (Array.isArray(v)) {
    entries = v.map((item, i) => {
      if (!isRecord(item) || typeof item.title !== 'string')
        throw new InputError(input, JSON.stringify(item), `entry ${i + 1} has no 'title' (e.g. ${EXAMPLE})`)
      return [item.title, item.labels ?? item.label]
    })
  } else if (isRecord(v)) {
    entries = Object.entries(v)
  } else {
    throw new InputError(input, JSON.stringify(value), `is not a mapping of section to labels (e.g. ${EXAMPLE})`)
  }
  const out = new Map<string, string[]>()
  for (const [title, labels] of entries) {
    const list = typeof labels === 'string' ? [labels] : labels
    if (!Array.isArray(list) || list.length === 0 || !list.every((l) => typeof l === 'string' && l.trim() !== '')) {
      throw new InputError(
        input,
        `${title}: ${JSON.stringify(labels)}`,
        `must map the section '${title}' to a label or a non-empty list of labels (e.g. ${EXAMPLE})`,
      )
    }
    out.set(
      title.trim(),
      list.map((l: string) => l.trim()),
    )
  }
  return out
}

/** Apply a parsed label map over the built-in sections: a known title or key gets these labels, others are added. */
export function buildSections(labelMap?: ReadonlyMap<string, string[]>): Section[] {
  const sections = defaultSections()
  for (const [title, labels] of labelMap ?? []) {
    const low = title.toLowerCase()
    const known = sections.find((x) => x.key === low || x.title.toLowerCase() === low)
    if (known) known.labels = labels
    else sections.push(s(slug(title), title, [], labels, 'patch'))
  }
  return sections
}

/** Slug of a custom section title, its key for `include-types`. */
export function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  )
}

/**
 * The section of a commit. With labels, the first section (in order) that names one of the PR's labels wins;
 * otherwise the conventional type decides; an unknown type gets a section of its own; no type → Other.
 */
export function classify(
  commit: Pick<ParsedCommit, 'type' | 'pull'>,
  sections: readonly Section[],
  mode: 'commits' | 'labels' | 'both',
  extra: Map<string, Section>,
): Section {
  if (mode !== 'commits' && commit.pull) {
    const labels = new Set(commit.pull.labels.map((l) => l.toLowerCase()))
    const hit = sections.find((x) => x.labels.some((l) => labels.has(l.toLowerCase())))
    if (hit) return hit
  }
  if (mode === 'labels' || !commit.type) return OTHER
  const type = commit.type
  const known = sections.find((x) => x.types.includes(type))
  if (known) return known
  let own = extra.get(type)
  if (!own) {
    own = s(type, type.charAt(0).toUpperCase() + type.slice(1), [type], [])
    extra.set(type, own)
  }
  return own
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}
