/**
 * Git side of the changelog: resolve the range (default `from` = newest release tag reachable from `to`), stream
 * the commits of the range into a callback while `git log` runs, and list the authors seen before the range.
 */
import { git, gitMaybe, isShallow, resolveRef, UserError } from '@shipline/core'
import { startLog, type CommitLog } from './log.js'
import { firstCandidate, listTags, newestReachable, type Tag, type TagListing } from './tags.js'
import type { RangeAuthors } from './authors.js'
import { ownCopy } from '../domain/text.js'
import type { RawCommit } from '../domain/types.js'

export { authorsBefore } from './authors.js'

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

/** A range being resolved while its `git log` runs. */
export interface OpenedRange {
  /** The commit the range starts after, as soon as it is known (undefined: start of history, or a bad input). */
  fromSha: Promise<string | undefined>
  /**
   * Stream the range's commits into `onCommit` (newest first) while git runs; resolves with their number once the
   * range is also resolved and checked (its errors come first: a bad `from` is reported as such, not as a git log
   * failure). Call it once.
   */
  read(onCommit: (c: RawCommit) => void): Promise<number>
  /** The resolved range (with an explicit `from`, once the log has been read: its boundary is what checks `from`). */
  range: Promise<ResolvedRange>
  /** The number of the range's commits, once git has written them all (undefined if it failed or was stopped). */
  written: Promise<number | undefined>
  /**
   * The emails of the range's authors, as written, once read() has read them all (none if it failed); undefined as
   * soon as it has read more than `most` commits (a long range, with many authors).
   */
  authors: RangeAuthors
}

/**
 * Start resolving the range and reading its commits at once. With `from` given, `git log` starts first, beside
 * rev-parse (none for a commit id up to HEAD) and the tag listing (its boundary says whether `from` precedes `to`,
 * its commits which releases came after `from`); without, the newest release tag is bet on: its ancestry check and
 * the log of the range after it run together, and the commits reach `onCommit` only once the tag is confirmed (else
 * the log is dropped and the search goes on; with no release tag at all, the whole history is read while the
 * shallow check runs). `paths` limits the log to commits touching them.
 */
export function openRange(req: RangeRequest, paths: readonly string[]): OpenedRange {
  const opened = req.from === undefined ? openAfterTag(req, paths) : openExplicit(req, req.from, paths)
  opened.range.catch(() => undefined) // read() reports it
  return withAuthors(opened)
}

/** A range being opened, before withAuthors. */
type Opening = Omit<OpenedRange, 'authors'>

/** The range, noting its authors as its commits are read. */
function withAuthors(opened: Opening): OpenedRange {
  const emails = new Set<string>()
  let waiting: { most: number; answer: (emails: ReadonlySet<string> | undefined) => void }[] = []
  let count = 0
  let settled: ReadonlySet<string> | undefined
  const settle = (answer: ReadonlySet<string>): void => {
    settled = answer
    for (const w of waiting) w.answer(answer)
    waiting = []
  }
  const note = (c: RawCommit): void => {
    // A copy, not a slice (as the store interns them): a slice would keep the whole `git log` record alive.
    if (!emails.has(c.authorEmail)) emails.add(ownCopy(c.authorEmail))
    count++
    if (!waiting.length) return
    for (const w of waiting) if (count > w.most) w.answer(undefined)
    waiting = waiting.filter((w) => count <= w.most)
  }
  return {
    ...opened,
    authors(most) {
      if (settled) return Promise.resolve(settled)
      if (count > most) return Promise.resolve(undefined)
      return new Promise((answer) => waiting.push({ most, answer }))
    },
    async read(onCommit) {
      try {
        const n = await opened.read((c) => {
          note(c)
          onCommit(c)
        })
        settle(emails)
        return n
      } catch (e) {
        settle(new Set()) // the run fails: whoever waits for the authors can stop
        throw e
      }
    },
  }
}

/** Resolve `from`/`to` and the previous version (without keeping the commits). */
export async function resolveRange(req: RangeRequest): Promise<ResolvedRange> {
  const opened = openRange(req, [])
  await opened.read(() => undefined)
  return opened.range
}

/** Whether `git log` can take the ref as typed, in `from^{commit}..to^{commit}`, before rev-parse has resolved it. */
const plainRef = (ref: string): boolean => !/^[-^]/.test(ref) && !ref.includes('..')

/** A full commit id, as git writes it (40 hex digits, 64 in a SHA-256 repository). */
const fullId = (ref: string): boolean => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(ref)

function openExplicit(req: RangeRequest, from: string, paths: readonly string[]): Opening {
  const { cwd, to } = req
  const typed = plainRef(from) && plainRef(to)
  // From a commit id to HEAD over the whole tree: the tag listing names HEAD's commit and the log's boundary shows
  // `from` is a commit before it, so no rev-parse (it runs only when that proof fails, to name the bad input).
  const quickly = typed && to === 'HEAD' && fullId(from) && paths.length === 0
  // The tag listing starts first: it is the slower of the two (a file per loose tag, each peeled), and the previous
  // release's ancestry check waits for it. It is re-raised only after rev-parse had its chance to name a bad input.
  const listed = listTags(cwd, req.tagPrefix, quickly)
  listed.catch(() => undefined)
  const early = typed ? startLog(cwd, `${from}^{commit}..${to}^{commit}`, paths, true) : undefined
  const quick = quickly ? early : undefined
  const revs = quick ? provenRevs(cwd, from, quick, listed) : revParse(cwd, to, from)
  const log = quick ? Promise.resolve(quick) : logOnceResolved(cwd, revs, early, paths)
  log.catch(() => undefined)
  // Of the range's commits, only the tagged ones matter (for `later`): the others are not kept (21k shas on a long one).
  void Promise.all([log, listed]).then(
    ([l, { tags }]) => l.keepOnly(new Set(tags.map((t) => t.sha))),
    () => undefined,
  )
  // The log read to its end (undefined if git failed: the checks fall back to merge-base).
  const listing = log.then(
    (l) =>
      l.done.then(
        () => l,
        () => undefined,
      ),
    () => undefined,
  )
  const range = (async (): Promise<ResolvedRange> => {
    const { toSha, fromSha = '' } = await revs
    const { tags, names } = await listed
    // Releases made after `from` (their commits are in the range) cannot precede it: dropped before any check.
    const later = listing.then((l) => l?.inRange ?? new Set<string>())
    const before = listing.then((l) => l?.before ?? new Set<string>())
    const [, prev] = await Promise.all([
      checkOrder(cwd, from, fromSha, to, toSha, listing),
      newestReachable({ cwd, tags, sha: fromSha, includeSelf: true, wanted: req.previous, later, before }),
    ])
    return {
      from,
      fromSha,
      ...facts(req, toSha, tags, names),
      ...(prev ? { previousVersion: prev.version, previousTag: prev.name } : {}),
    }
  })()
  return {
    // A commit id is itself as soon as asked for (an annotated tag's id would name the same history).
    fromSha: quick
      ? Promise.resolve(from)
      : revs.then(
          (r) => r.fromSha,
          () => undefined,
        ),
    range,
    written: listing.then((l) => l?.written),
    async read(onCommit) {
      const counted = log.then((l) => l.read(onCommit))
      await Promise.allSettled([counted, range])
      await range
      return counted
    },
  }
}

/** The facts every range has: `to`, whether it names a tag, the versions taken. */
function facts(req: RangeRequest, toSha: string, tags: readonly Tag[], names: ReadonlySet<string>) {
  const to = req.to
  return {
    to,
    toSha,
    toIsTag: names.has(to.startsWith('refs/tags/') ? to.slice('refs/tags/'.length) : to),
    taken: req.allTags ? tags.map((t) => t.version) : [],
  }
}

function openAfterTag(req: RangeRequest, paths: readonly string[]): Opening {
  const { cwd, to } = req
  const atHead = to === 'HEAD'
  const listed = listTags(cwd, req.tagPrefix, atHead)
  listed.catch(() => undefined)
  // `to` = HEAD (the default): the tag listing names its commit, no rev-parse (unless that failed: then rev-parse
  // says why). Whether the clone is shallow is then asked only if no release tag is found.
  const fallback = (): ReturnType<typeof revParse> => revParse(cwd, to, undefined)
  const revs: Promise<{ toSha: string; shallow?: boolean }> = atHead
    ? listed.then((l) => (l.head ? { toSha: l.head } : fallback()), fallback)
    : fallback()
  const resolved = (async () => {
    const { toSha, shallow } = await revs
    const { tags, names } = await listed
    // A tag on `to` itself is the release being (re)described, not the previous one.
    const query = { cwd, tags, sha: toSha, includeSelf: false, wanted: req.previous }
    const bet = firstCandidate(query)
    // No release tag at all: the bet is the whole history (read while the shallow check runs, dropped if shallow).
    const betLog = startLog(cwd, bet ? `${bet.sha}..${toSha}` : toSha, paths, false)
    const prev = await newestReachable(query).catch((e: unknown) => {
      betLog.cancel()
      throw e
    })
    const won = prev?.sha === bet?.sha
    if (!won) betLog.cancel()
    if (!prev && (shallow ?? (await isShallow(cwd)))) {
      betLog.cancel()
      throw new UserError(
        `No release tag matching '${req.tagPrefix}*' is reachable from '${to}', and the history is incomplete (shallow clone), so the whole history cannot be read`,
        { hint: FETCH_HINT },
      )
    }
    const log = won ? betLog : startLog(cwd, prev ? `${prev.sha}..${toSha}` : toSha, paths, false)
    const base = facts(req, toSha, tags, names)
    const range: ResolvedRange = prev
      ? { from: prev.name, fromSha: prev.sha, ...base, previousVersion: prev.version, previousTag: prev.name }
      : base
    return { range, log }
  })()
  resolved.catch(() => undefined)
  return {
    fromSha: resolved.then(
      (r) => r.range.fromSha,
      () => undefined,
    ),
    range: resolved.then((r) => r.range),
    written: resolved.then(
      (r) =>
        r.log.done.then(
          () => r.log.written,
          () => undefined,
        ),
      () => undefined,
    ),
    read: async (onCommit) => (await resolved).log.read(onCommit),
  }
}

/** `to` and `from` resolved to commits (`exact`: as `git log` resolves them typed). */
interface Revs {
  toSha: string
  fromSha?: string
  exact: boolean
}

/** The early log when rev-parse resolved the refs as it took them, else a log of the resolved commits. */
function logOnceResolved(
  cwd: string,
  revs: Promise<Revs>,
  early: CommitLog | undefined,
  paths: readonly string[],
): Promise<CommitLog> {
  return revs.then(
    (r) => {
      if (early && r.exact) return early
      early?.cancel()
      return startLog(cwd, `${r.fromSha}..${r.toSha}`, paths, true)
    },
    (e: unknown) => {
      early?.cancel()
      throw e
    },
  )
}

/**
 * `to` = HEAD and `from` a commit id: HEAD's commit from the tag listing, and `from` proven a commit before it by the
 * log's boundary (or by being HEAD's); else rev-parse as usual, which also names a bad input.
 */
async function provenRevs(cwd: string, from: string, log: CommitLog, listed: Promise<TagListing>): Promise<Revs> {
  const head = await Promise.all([listed, log.done]).then(
    ([l]) => l.head,
    () => undefined,
  )
  if (head && (head === from || log.boundary.has(from))) return { toSha: head, fromSha: from, exact: true }
  return revParse(cwd, 'HEAD', from)
}

/**
 * One `git rev-parse` for `to`, `from` and the shallow flag (`exact`: that one call resolved both, as `git log` would
 * resolve them typed); on failure, resolveRef names the bad input.
 */
async function revParse(cwd: string, to: string, from: string | undefined): Promise<Revs & { shallow: boolean }> {
  const refs = from === undefined ? [to] : [to, from]
  const out = refs.some((r) => r.startsWith('-'))
    ? undefined
    : await gitMaybe(['rev-parse', '--is-shallow-repository', ...refs.map((r) => `${r}^{commit}`)], cwd)
  const lines = out?.split('\n') ?? []
  // One commit per ref (not, say, `^sha` for a ref like `^main`): else resolveRef decides, naming the bad input.
  if (lines.length === refs.length + 1 && lines.slice(1).every((l) => /^[0-9a-f]{40,64}$/.test(l)))
    return {
      shallow: lines[0] === 'true',
      toSha: lines[1] as string,
      ...(from !== undefined ? { fromSha: lines[2] as string } : {}),
      exact: true,
    }
  const shallow = await isShallow(cwd)
  const toSha = await resolveRef(to, cwd, 'to')
  if (from === undefined) return { toSha, shallow, exact: false }
  const fromSha = await resolveRef(from, cwd, 'from').catch((e: unknown) => {
    throw shallow && e instanceof UserError ? new UserError(e.message, { hint: FETCH_HINT }) : e
  })
  return { toSha, fromSha, shallow, exact: false }
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
  listing: Promise<CommitLog | undefined>,
): Promise<void> {
  if (fromSha === toSha) return
  const listed = await listing
  if (listed?.boundary.has(fromSha)) return
  if (!listed && (await gitMaybe(['merge-base', '--is-ancestor', fromSha, toSha], cwd)) !== undefined) return
  const after = (await gitMaybe(['merge-base', '--is-ancestor', toSha, fromSha], cwd)) !== undefined
  const why = after
    ? `comes after 'to' ('${to}'): the range would be empty`
    : `is not an ancestor of 'to' ('${to}'): they are on different branches`
  throw new UserError(`Input 'from': '${from}' ${why}`, {
    hint: "Set 'from' to an older tag or commit on the history of 'to', or leave it empty to start at the previous release tag.",
  })
}
