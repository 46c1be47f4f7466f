/**
 * Git side of the changelog: resolve the range (default `from` = newest release tag reachable from `to`), stream
 * the commits of the range into a callback while `git log` runs, and list the authors seen before the range.
 */
import { git, gitMaybe, gitRecords, isShallow, isVersion, resolveRef, UserError } from '@shipline/core'
import { compareVersions, isPrerelease } from '../domain/bump.js'
import type { RawCommit } from '../domain/types.js'

/** What the caller asked for. */
export interface RangeRequest {
  cwd: string
  from?: string
  to: string
  tagPrefix: string
  /** Also return every version tagged with the prefix (for numbering pre-releases). */
  allTags?: boolean
  /** Which versions can be the previous release (a release line, see domain/branches.ts); default: stable ones. */
  previous?: (version: string) => boolean
}

/** The resolved range and the version facts from the tags. */
export interface ResolvedRange {
  /** Ref the range starts after (a tag name or what the user gave); undefined = start of history. */
  from?: string
  fromSha?: string
  to: string
  toSha: string
  /** `to` names a tag (`v1.2.0` or `refs/tags/v1.2.0`): the section takes the tag's date. */
  toIsTag: boolean
  /** Newest stable release version reachable from the start of the range (no prefix). */
  previousVersion?: string
  /** Tag of that release. */
  previousTag?: string
  /** Every version tagged with the prefix (for pre-release numbering). */
  taken: string[]
}

const FETCH_HINT =
  'The checkout is shallow: use actions/checkout with `fetch-depth: 0` so the whole history and the tags are there.'

/** Resolve `from`/`to` and the previous version. Errors name the input and say what is accepted. */
export async function resolveRange(req: RangeRequest): Promise<ResolvedRange> {
  const { cwd, tagPrefix } = req
  // The tag listing reads refs only (cheap) and runs beside rev-parse; a failure there is re-raised after rev-parse
  // had its chance to name a bad input.
  const [revs, listed] = await Promise.all([
    revParse(cwd, req.to, req.from),
    listTags(cwd, tagPrefix).catch(() => undefined),
  ])
  const { tags: all, names } = listed ?? (await listTags(cwd, tagPrefix))
  const { toSha, fromSha, shallow } = revs
  const taken = req.allTags ? all.map((t) => t.version) : []
  const toIsTag = names.has(req.to.startsWith('refs/tags/') ? req.to.slice('refs/tags/'.length) : req.to)
  if (req.from !== undefined && fromSha) {
    // One listing of the range with its boundary: releases made after `from` (their commits are in the range)
    // cannot precede it and are dropped before any check, and `from` on the boundary proves it precedes `to`.
    const listing = rangeListing(cwd, fromSha, toSha)
    const later = listing.then((l) => l?.inRange ?? new Set<string>())
    const [, prev] = await Promise.all([
      checkOrder(cwd, req.from, fromSha, req.to, toSha, listing),
      newestReachable(cwd, tagPrefix, all, fromSha, true, req.previous, later),
    ])
    return {
      from: req.from,
      fromSha,
      to: req.to,
      toSha,
      toIsTag,
      ...(prev ? { previousVersion: prev.version, previousTag: prev.name } : {}),
      taken,
    }
  }
  // A tag on `to` itself is the release being (re)described, not the previous one.
  const prev = await newestReachable(cwd, tagPrefix, all, toSha, false, req.previous)
  if (!prev && shallow) {
    throw new UserError(
      `No release tag matching '${tagPrefix}*' is reachable from '${req.to}', and the history is incomplete (shallow clone), so the whole history cannot be read`,
      { hint: FETCH_HINT },
    )
  }
  if (!prev) return { to: req.to, toSha, toIsTag, taken }
  return {
    from: prev.name,
    fromSha: prev.sha,
    to: req.to,
    toSha,
    toIsTag,
    previousVersion: prev.version,
    previousTag: prev.name,
    taken,
  }
}

/** One `git rev-parse` for `to`, `from` and the shallow flag; on failure, resolveRef names the bad input. */
async function revParse(
  cwd: string,
  to: string,
  from: string | undefined,
): Promise<{ toSha: string; fromSha?: string; shallow: boolean }> {
  const refs = from === undefined ? [to] : [to, from]
  const out = refs.some((r) => r.startsWith('-'))
    ? undefined
    : await gitMaybe(['rev-parse', '--is-shallow-repository', ...refs.map((r) => `${r}^{commit}`)], cwd)
  const lines = out?.split('\n') ?? []
  if (lines.length === refs.length + 1)
    return {
      shallow: lines[0] === 'true',
      toSha: lines[1] as string,
      ...(from !== undefined ? { fromSha: lines[2] as string } : {}),
    }
  const shallow = await isShallow(cwd)
  const toSha = await resolveRef(to, cwd, 'to')
  if (from === undefined) return { toSha, shallow }
  const fromSha = await resolveRef(from, cwd, 'from').catch((e: unknown) => {
    throw shallow && e instanceof UserError ? new UserError(e.message, { hint: FETCH_HINT }) : e
  })
  return { toSha, fromSha, shallow }
}

interface Tag {
  name: string
  version: string
  sha: string
}

/** The release tags (prefix and a semantic version) and the names of every tag. */
async function listTags(
  cwd: string,
  prefix: string,
  mergedInto?: string,
): Promise<{ tags: Tag[]; names: Set<string> }> {
  const args = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', 'refs/tags']
  if (mergedInto) args.push(`--merged=${mergedInto}`)
  const out = await git(args, cwd)
  const tags: Tag[] = []
  const names = new Set<string>()
  for (const line of out.split('\n')) {
    const [name = '', obj = '', peeled = ''] = line.split('\0')
    names.add(name)
    if (!name.startsWith(prefix)) continue
    const version = name.slice(prefix.length)
    if (isVersion(version)) tags.push({ name, version, sha: peeled || obj })
  }
  return { tags, names }
}

/** The commits of `from..to` and whether `from` is on the range's boundary (then it precedes `to`). */
interface RangeListing {
  inRange: Set<string>
  fromOnBoundary: boolean
}

/** One `rev-list --boundary from..to` (undefined when git fails: the callers fall back to single checks). */
async function rangeListing(cwd: string, fromSha: string, toSha: string): Promise<RangeListing | undefined> {
  const out = await gitMaybe(['rev-list', '--boundary', `${fromSha}..${toSha}`], cwd)
  if (out === undefined) return undefined
  const inRange = new Set<string>()
  let fromOnBoundary = false
  for (const line of out.split('\n')) {
    if (line.startsWith('-')) fromOnBoundary ||= line.slice(1) === fromSha
    else if (line) inRange.add(line)
  }
  return { inRange, fromOnBoundary }
}

/** How many of the newest stable tags are checked one by one before one walk over the history decides for the rest. */
const QUICK_CHECKS = 3

/**
 * The newest tag reachable from `sha` whose version passes `wanted` (default: stable; a release line's predicate with `branches`) (a tag on `sha` itself counts only with `includeSelf`); among equal
 * versions, the first by name. `for-each-ref --merged` would walk the whole history, so the newest candidate is
 * checked first with `merge-base --is-ancestor`, which stops at the tag's commit: one short walk in the usual case
 * (the newest release is on this branch). `later` (when given) names commits known to come after `sha` (the
 * range's own commits): their tags are dropped first, in one go. Candidates left after QUICK_CHECKS (say, newer
 * releases made on other branches) are settled by a single `--merged` listing.
 */
async function newestReachable(
  cwd: string,
  prefix: string,
  tags: readonly Tag[],
  sha: string,
  includeSelf: boolean,
  wanted: (version: string) => boolean = (v) => !isPrerelease(v),
  later?: Promise<ReadonlySet<string>>,
): Promise<Tag | undefined> {
  let left = includeSelf ? tags : tags.filter((t) => t.sha !== sha)
  if (later) {
    const after = await later
    left = left.filter((t) => !after.has(t.sha))
  }
  for (let k = 0; k < QUICK_CHECKS; k++) {
    const t = newestOf(left, wanted)
    if (!t) return undefined
    if (t.sha === sha || (await gitMaybe(['merge-base', '--is-ancestor', t.sha, sha], cwd)) !== undefined) return t
    left = left.filter((x) => x !== t)
  }
  if (!left.some((t) => wanted(t.version))) return undefined
  const merged = (await listTags(cwd, prefix, sha)).names
  return newestOf(
    left.filter((t) => merged.has(t.name)),
    wanted,
  )
}

/** The newest tag whose version passes `wanted` (default: the newest stable one). */
function newestOf(
  tags: readonly Tag[],
  wanted: (version: string) => boolean = (v) => !isPrerelease(v),
): Tag | undefined {
  let best: Tag | undefined
  for (const t of tags) if (wanted(t.version) && (!best || compareVersions(t.version, best.version) > 0)) best = t
  return best
}

/** Branch names that exist here, local and remote-tracking (`origin/1.x` → `1.x`), for the maintenance lines. */
export async function branchNames(cwd: string): Promise<string[]> {
  const out = await git(['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes'], cwd)
  const names = out
    .split('\n')
    .filter(Boolean)
    .map((r) => (r.startsWith('refs/heads/') ? r.slice(11) : r.replace(/^refs\/remotes\/[^/]+\//, '')))
  return [...new Set(names)].filter((n) => n !== 'HEAD')
}

/**
 * The branch being released: GITHUB_REF's when it is a branch; on a pull request the base branch (the line the PR
 * would release into); else the checked-out one; undefined when detached.
 */
export async function currentBranch(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (env.GITHUB_REF?.startsWith('refs/heads/')) return env.GITHUB_REF.slice('refs/heads/'.length)
  if (env.GITHUB_BASE_REF) return env.GITHUB_BASE_REF
  return gitMaybe(['symbolic-ref', '--quiet', '--short', 'HEAD'], cwd)
}

/**
 * `from` must precede `to`: it does when it is on the boundary of `from..to` (a parent of a commit in the range),
 * else one `merge-base` settles it (without a listing); a second says which way round for the error.
 */
async function checkOrder(
  cwd: string,
  from: string,
  fromSha: string,
  to: string,
  toSha: string,
  listing: Promise<RangeListing | undefined>,
): Promise<void> {
  if (fromSha === toSha) return
  const listed = await listing
  if (listed?.fromOnBoundary) return
  if (!listed && (await gitMaybe(['merge-base', '--is-ancestor', fromSha, toSha], cwd)) !== undefined) return
  const after = (await gitMaybe(['merge-base', '--is-ancestor', toSha, fromSha], cwd)) !== undefined
  const why = after
    ? `comes after 'to' ('${to}'): the range would be empty`
    : `is not an ancestor of 'to' ('${to}'): they are on different branches`
  throw new UserError(`Input 'from': '${from}' ${why}`, {
    hint: "Set 'from' to an older tag or commit on the history of 'to', or leave it empty to start at the previous release tag.",
  })
}

const FORMAT = '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%cI%x1f%B%x00'

/**
 * Stream the range's commits, newest first, into `onCommit` while git runs (only one record is held at a time).
 * `paths` limits the log to commits touching them (monorepo packages). Returns the number of commits.
 */
export async function streamCommits(
  cwd: string,
  range: ResolvedRange,
  paths: readonly string[],
  onCommit: (c: RawCommit) => void,
): Promise<number> {
  const args = [
    '-c',
    'log.showSignature=false',
    'log',
    '--no-color',
    FORMAT,
    range.fromSha ? `${range.fromSha}..${range.toSha}` : range.toSha,
  ]
  if (paths.length) args.push('--', ...paths)
  let n = 0
  for await (const record of gitRecords(args, cwd)) {
    const rec = record.charCodeAt(0) === 10 ? record.slice(1) : record
    if (rec === '') continue
    const f = rec.split('\x1f', 6)
    if (f.length < 6) continue
    onCommit({
      sha: f[0] as string,
      parents: f[1] ? f[1].split(' ') : [],
      authorName: f[2] as string,
      authorEmail: f[3] as string,
      date: f[4] as string,
      message: f[5] as string,
    })
    n++
  }
  return n
}

/** Lower-cased emails of every author before the range (for "new contributors"). Empty at the start of history. */
export async function authorsBefore(cwd: string, fromSha: string | undefined): Promise<Set<string>> {
  const seen = new Set<string>()
  if (!fromSha) return seen
  // git groups by email itself (one line per author): far less output than a line per commit. Git < 2.37 lacks
  // --group=format, so fall back to the log.
  const grouped = await gitMaybe(['shortlog', '-s', '--group=format:%ae', fromSha], cwd)
  if (grouped !== undefined) {
    for (const line of grouped.split('\n')) seen.add(line.slice(line.indexOf('\t') + 1).toLowerCase())
    return seen
  }
  for await (const line of gitRecords(['log', '--format=%ae', fromSha], cwd, '\n')) seen.add(line.toLowerCase())
  return seen
}
