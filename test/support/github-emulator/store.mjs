// @ts-check
/**
 * The emulator's state: one `Repo` per `owner/repo` namespace, holding a small git object graph (commits, refs,
 * annotated tags), pull requests, releases with their assets on disk, deployments and their statuses, environments,
 * files, issues. Behaviour GitHub has and the spec cannot describe (uniqueness, ancestry, "latest") lives here.
 */
import { createHash } from 'node:crypto'

/**
 * @typedef {{ name: string, email: string, date: string, login?: string }} Person
 * @typedef {{ filename: string, status?: string, additions?: number, deletions?: number, sha?: string }} FileChange
 * @typedef {{ sha: string, tree: string, parents: string[], message: string, author: Person, committer: Person, files?: FileChange[] }} Commit
 * @typedef {{ sha: string, tag: string, message: string, tagger: Person, object: { sha: string, type: string } }} TagObject
 * @typedef {{ number: number, id: number, title: string, body: string | null, state: 'open' | 'closed', labels: string[], user: string,
 *   mergedBy?: string, createdAt: string, updatedAt: string, closedAt: string | null, mergedAt: string | null,
 *   mergeCommitSha: string | null, head: { ref: string, sha: string }, base: { ref: string, sha: string }, commits: string[], milestone?: number | null }} Pull
 * @typedef {{ id: number, name: string, label: string | null, contentType: string, size: number, sha256: string, file: string,
 *   uploader: string, downloads: number, createdAt: string, updatedAt: string, tagPath?: string }} Asset
 * @typedef {{ id: number, untaggedId: string, tagName: string, targetCommitish: string, name: string | null, body: string | null,
 *   draft: boolean, prerelease: boolean, author: string, createdAt: string, publishedAt: string | null, updatedAt: string,
 *   assets: Map<number, Asset> }} Release
 * @typedef {{ id: number, sha: string, ref: string, task: string, environment: string, originalEnvironment: string,
 *   payload: unknown, description: string | null, creator: string, transient: boolean, production: boolean,
 *   createdAt: string, updatedAt: string, statuses: Status[] }} Deployment
 * @typedef {{ id: number, state: string, description: string, environment: string, environmentUrl: string, logUrl: string,
 *   creator: string, createdAt: string }} Status
 * @typedef {{ id: number, name: string, headSha: string, status: string, conclusion: string | null, startedAt: string,
 *   completedAt: string | null, detailsUrl: string | null, externalId: string, title: string | null, summary: string | null }} CheckRun
 * @typedef {{ id: number, sha: string, state: string, context: string, description: string | null, targetUrl: string | null,
 *   creator: string, createdAt: string, updatedAt: string }} CommitStatus
 * @typedef {{ number: number, id: number, title: string, description: string | null, state: 'open' | 'closed', creator: string,
 *   createdAt: string, updatedAt: string, closedAt: string | null, dueOn: string | null }} Milestone
 * @typedef {{ id: number, name: string, createdAt: string, updatedAt: string, waitTimer: number, reviewers: unknown[],
 *   branchPolicy: { protected_branches: boolean, custom_branch_policies: boolean } | null }} Environment
 */

/** The login every token acts as (GITHUB_TOKEN's identity). */
export const LOGIN = 'github-actions[bot]'

let nextId = 1000
/** A process-wide increasing id, like GitHub's database ids. */
export const newId = () => ++nextId

/** ISO time without milliseconds, like GitHub's timestamps. */
export const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

/** A fake 40-hex object id from its content. */
/** @param {...string} parts */
export const fakeSha = (...parts) => createHash('sha1').update(parts.join('\0')).digest('hex')

export class Repo {
  /** @param {string} owner @param {string} name */
  constructor(owner, name) {
    this.owner = owner
    this.name = name
    this.id = newId()
    this.createdAt = now()
    this.defaultBranch = 'main'
    /** @type {string | null} */
    this.description = null
    /** @type {Map<string, Commit>} */
    this.commits = new Map()
    /** @type {Map<string, {sha: string, type: 'commit' | 'tag'}>} full ref name → target */
    this.refs = new Map()
    /** @type {Map<string, TagObject>} */
    this.tagObjects = new Map()
    /** @type {Pull[]} */
    this.pulls = []
    /** @type {Map<number, Release>} */
    this.releases = new Map()
    /** @type {number | null} release explicitly marked latest */
    this.latestId = null
    /** @type {Set<number>} releases published with make_latest=false */
    this.notLatest = new Set()
    /** @type {Map<number, Deployment>} */
    this.deployments = new Map()
    /** @type {Map<string, Environment>} */
    this.environments = new Map()
    /** @type {Map<string, {content: Buffer, sha: string}>} */
    this.files = new Map()
    /** @type {any[]} */
    this.issues = []
    /** @type {Map<string, {name: string, color: string, description: string | null}>} */
    this.labels = new Map()
    /** @type {CheckRun[]} */
    this.checkRuns = []
    /** @type {CommitStatus[]} newest last */
    this.statuses = []
    /** @type {Map<string, {strict: boolean, contexts: string[], checks: {context: string, app_id: number | null}[]}>} branch → required status checks */
    this.protection = new Map()
    /** @type {Milestone[]} */
    this.milestones = []
    /** @type {Record<string, string | Record<string, string>>} token → 'read'|'write'|'none' or per-permission map (unlisted tokens: full access) */
    this.tokens = {}
    /** @type {{operation: string, method: string, path: string, status: number, body?: unknown}[]} */
    this.calls = []
  }

  /** Add a commit (sha computed when absent); returns its sha. @param {Partial<Commit> & {date?: string, author?: Partial<Person>}} c */
  addCommit(c) {
    const date = c.date ?? c.author?.date ?? now()
    const author = { name: 'Octo Cat', email: 'octocat@example.com', ...c.author, date }
    const message = c.message ?? 'commit'
    const parents = c.parents ?? []
    const sha = c.sha ?? fakeSha('commit', message, parents.join(','), date, String(this.commits.size))
    this.commits.set(sha, {
      sha,
      tree: fakeSha('tree', sha),
      parents,
      message,
      author,
      committer: { ...author, ...c.committer },
      files: c.files,
    })
    return sha
  }

  /** Resolve a branch, tag, full ref or (abbreviated) sha to a commit sha, or undefined. @param {string} ref */
  resolve(ref) {
    if (!ref) return undefined
    for (const name of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const target = this.refs.get(name)
      if (target) return this.peel(target.sha)
    }
    if (this.commits.has(ref)) return ref
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      for (const sha of this.commits.keys()) if (sha.startsWith(ref)) return sha
    }
    return undefined
  }

  /** Follow annotated tag objects down to a commit sha. @param {string} sha */
  peel(sha) {
    let s = sha
    for (let i = 0; i < 10 && this.tagObjects.has(s); i++)
      s = /** @type {TagObject} */ (this.tagObjects.get(s)).object.sha
    return s
  }

  /** All commits reachable from `sha`, newest first (by committer date, then discovery order). @param {string} sha */
  ancestors(sha, limit = 100_000) {
    /** @type {string[]} */
    const seen = []
    const mark = new Set()
    const queue = [sha]
    while (queue.length && seen.length < limit) {
      const s = /** @type {string} */ (queue.shift())
      const c = this.commits.get(s)
      if (!c || mark.has(s)) continue
      mark.add(s)
      seen.push(s)
      queue.push(...c.parents)
    }
    const order = new Map(seen.map((s, i) => [s, i]))
    const time = (/** @type {string} */ s) => Date.parse(this.commits.get(s)?.committer.date ?? '') || 0
    return seen.sort((a, b) => time(b) - time(a) || (order.get(a) ?? 0) - (order.get(b) ?? 0))
  }

  /** Compare like `GET /compare/base...head`. @param {string} base @param {string} head */
  compare(base, head) {
    const fromHead = this.ancestors(head)
    const fromBase = new Set(this.ancestors(base))
    const ahead = fromHead.filter((s) => !fromBase.has(s))
    const headSet = new Set(fromHead)
    const behind = [...fromBase].filter((s) => !headSet.has(s))
    const mergeBase = fromHead.find((s) => fromBase.has(s)) ?? base
    const status =
      !ahead.length && !behind.length ? 'identical' : !behind.length ? 'ahead' : !ahead.length ? 'behind' : 'diverged'
    return { status, ahead: ahead.reverse(), behind, mergeBase }
  }

  /** The release GitHub calls latest: the one marked latest, else ("legacy") the newest published non-prerelease. */
  latestRelease() {
    const marked = this.latestId !== null ? this.releases.get(this.latestId) : undefined
    if (marked && !marked.draft && !marked.prerelease) return marked
    const published = [...this.releases.values()].filter((r) => !r.draft && !r.prerelease && !this.notLatest.has(r.id))
    published.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
    return published[0]
  }
}

export class Store {
  constructor() {
    /** @type {Map<string, Repo>} */
    this.repos = new Map()
    this.counter = 0
  }

  /** @param {string} owner @param {string} name */
  get(owner, name) {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  /** @param {string} owner @param {string} name */
  create(owner, name) {
    const repo = new Repo(owner, name)
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo)
    return repo
  }

  /** A fresh namespace; with an initial commit on `main` so refs and releases have something to point at. */
  fresh(/** @type {string | undefined} */ owner, /** @type {string | undefined} */ name) {
    const o = owner ?? 'shipline-test'
    let n = name ?? `repo-${++this.counter}`
    while (!name && this.get(o, n)) n = `repo-${++this.counter}`
    const repo = this.create(o, n)
    const sha = repo.addCommit({ message: 'Initial commit', date: '2024-01-01T00:00:00Z' })
    repo.refs.set('refs/heads/main', { sha, type: 'commit' })
    return repo
  }
}
