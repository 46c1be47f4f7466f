/**
 * Release tags: the tags with the prefix and a semantic version, and the newest one reachable from a commit
 * (found with a few ancestry checks instead of a walk over the whole history).
 */
import type { SemVer } from 'semver'
import { ExecError, git, gitMaybe, gitRun, parseVersion } from '@shipline/core'

export interface Tag {
  name: string
  version: string
  /** The commit the tag points at (peeled). */
  sha: string
  /** The version parsed once, for comparing (hundreds of tags are compared on every run). */
  parsed: SemVer
}

/** The release tags (prefix and a semantic version) and the names of every tag. */
export interface TagListing {
  tags: Tag[]
  names: Set<string>
  /** The commit HEAD names, when asked for (`withHead`) and HEAD has one. */
  head?: string
}

/**
 * One `git show-ref --tags -d`: every tag with its object, and the commit under each annotated tag on the line after
 * it (`^{}`). Git peels without parsing the commits, so this costs a third less than `for-each-ref` asked for
 * `%(*objectname)` on loose tags. Tags come sorted by name, as `for-each-ref` lists them. `withHead` also reads
 * HEAD's commit (`--head`), which spares a rev-parse when the range ends at HEAD.
 */
export async function listTags(cwd: string, prefix: string, withHead = false): Promise<TagListing> {
  const args = ['show-ref', ...(withHead ? ['--head'] : []), '--tags', '-d']
  // A line per tag (two for an annotated one), all kept (gitRun keeps git's whole answer).
  const r = await gitRun(args, cwd)
  // Exit 1 with no output: the repository has no tags.
  if (r.code !== 0 && !(r.code === 1 && r.stdout === '' && r.stderr === ''))
    throw new ExecError(['git', ...args].join(' '), r)
  const tags: Tag[] = []
  const names = new Set<string>()
  let last: Tag | undefined
  let head: string | undefined
  for (const line of r.stdout.split('\n')) {
    const space = line.indexOf(' ')
    if (space < 0) continue
    const sha = line.slice(0, space)
    if (withHead && line.endsWith(' HEAD') && space === line.length - 5) {
      head = sha
      continue
    }
    const ref = line.slice(space + 1 + 'refs/tags/'.length)
    if (ref.endsWith('^{}')) {
      // The commit under the annotated tag listed just before.
      if (last && last.name === ref.slice(0, -3)) last.sha = sha
      continue
    }
    names.add(ref)
    last = undefined
    if (!ref.startsWith(prefix)) continue
    const version = ref.slice(prefix.length)
    const parsed = parseVersion(version)
    if (parsed) tags.push((last = { name: ref, version, sha, parsed }))
  }
  return { tags, names, ...(head ? { head } : {}) }
}

/** How many of the newest stable tags are checked one by one before one walk over the history decides for the rest. */
const QUICK_CHECKS = 3

/** Where the search for the previous release starts, and which tags can be it. */
export interface ReachableQuery {
  cwd: string
  tags: readonly Tag[]
  sha: string
  /** A tag on `sha` itself counts (an explicit `from`); without it, that is the release being described. */
  includeSelf: boolean
  /** Which versions can be the previous release (a release line's predicate with `branches`); default: stable. */
  wanted?: (version: string) => boolean
  /** Commits known to come after `sha` (the range's own): their tags are dropped first, in one go. */
  later?: Promise<ReadonlySet<string>>
  /** Commits known to be `sha` or its ancestors (the range's boundary and their parents): theirs need no check. */
  before?: Promise<ReadonlySet<string>>
}

/** The first tag newestReachable checks (the newest wanted one), for starting work that bets on it. */
export function firstCandidate(q: ReachableQuery): Tag | undefined {
  return newestOf(candidates(q))
}

/** The tags that can be the previous release, before any ancestry check. */
function candidates(q: ReachableQuery): Tag[] {
  const { wanted } = q
  // Default: stable versions (no pre-release part), read from the parse already made.
  const fits = wanted ? (t: Tag) => wanted(t.version) : (t: Tag) => t.parsed.prerelease.length === 0
  return q.tags.filter((t) => (q.includeSelf || t.sha !== q.sha) && fits(t))
}

/**
 * The newest tag reachable from `sha` whose version passes `wanted`; among equal versions, the first by name.
 * `for-each-ref --merged` would walk the whole history, so the newest candidate is checked first with `merge-base
 * --is-ancestor`, which stops at the tag's commit: one short walk in the usual case (the newest release is on this
 * branch). Candidates left after QUICK_CHECKS (say, newer releases made on other branches) are settled by a single
 * `--merged` listing.
 */
export async function newestReachable(q: ReachableQuery): Promise<Tag | undefined> {
  const { cwd, sha } = q
  let left = candidates(q)
  if (q.later) {
    const after = await q.later
    left = left.filter((t) => !after.has(t.sha))
  }
  const before = q.before ? await q.before : undefined
  for (let k = 0; k < QUICK_CHECKS; k++) {
    const t = newestOf(left)
    if (!t) return undefined
    if (t.sha === sha || before?.has(t.sha)) return t
    if ((await gitMaybe(['merge-base', '--is-ancestor', t.sha, sha], cwd)) !== undefined) return t
    left = left.filter((x) => x !== t)
  }
  if (!left.length) return undefined
  const out = await git(['for-each-ref', '--format=%(refname:strip=2)', `--merged=${sha}`, 'refs/tags'], cwd)
  const merged = new Set(out.split('\n'))
  return newestOf(left.filter((t) => merged.has(t.name)))
}

/** The tag with the highest version (semver's order); among equal versions, the first by name. */
function newestOf(tags: readonly Tag[]): Tag | undefined {
  let best: Tag | undefined
  for (const t of tags) if (!best || t.parsed.compare(best.parsed) > 0) best = t
  return best
}
