/**
 * What the release gate reads from GitHub (never writes): the commit a release points at, its check runs and
 * commit statuses, the branch's required status checks, version tags, the files changed since the previous
 * version, and the milestone named like the version with its open issues and pull requests.
 */
import { callGitHub, createGitHubClient, debug, warning, type GitHubClient } from '@shipline/core'
import { RELEASE_HINTS } from './github.js'
import type { CheckRunFact, MilestoneFact, StatusFact } from '../domain/gate.js'

/** A link worth showing: http(s) only (a status's target_url is free text set by whoever posted it). */
const httpLink = (url: string | null | undefined): string | undefined =>
  url && /^https?:\/\//i.test(url) ? url : undefined

/** The GITHUB_TOKEN permission each read needs, for the hint when GitHub answers 403. */
const PERMISSION: Record<string, string> = {
  check: 'checks',
  status: 'statuses',
  milestone: 'issues',
  issues: 'issues',
}

/** Run one read, with a 403 hint naming the permission it needs; `absent` statuses resolve to undefined. */
function call<T>(operation: string, fn: () => Promise<T>): Promise<T>
function call<T>(operation: string, fn: () => Promise<T>, absent: number[]): Promise<T | undefined>
function call<T>(operation: string, fn: () => Promise<T>, absent: number[] = []): Promise<T | undefined> {
  const key = Object.keys(PERMISSION).find((k) => operation.toLowerCase().includes(k))
  const permission = key ? PERMISSION[key] : 'contents'
  const hints = {
    ...RELEASE_HINTS,
    403: `The release gate only reads, but needs '${permission}: read' for this (add it under the job's permissions); nothing was changed.`,
  }
  return callGitHub(operation, fn, { absent, hints })
}

/** Pages read at most per list (100 items each). */
const MAX_PAGES = 10

export class GateReads {
  private constructor(
    private readonly api: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
  ) {}

  static async connect(token: string, repository: string): Promise<GateReads> {
    const [owner = '', repo = ''] = repository.split('/')
    const log = { debug, info: debug, warn: warning, error: warning }
    return new GateReads(await createGitHubClient({ token, action: 'publish-release', log }), owner, repo)
  }

  private get where(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo }
  }

  async defaultBranch(): Promise<string> {
    const { data } = await call('Get repository', () => this.api.rest.repos.get(this.where))
    return data.default_branch
  }

  /** The commit a ref (tag, branch, sha) names, or undefined when there is none. */
  async commitOf(ref: string): Promise<string | undefined> {
    const res = await call(
      `Get commit ${ref}`,
      () => this.api.rest.repos.getCommit({ ...this.where, ref, per_page: 1 }),
      [404, 422],
    )
    return res?.data.sha
  }

  /** Is `name` a branch? */
  async isBranch(name: string): Promise<boolean> {
    const res = await call(
      `Get ref heads/${name}`,
      () => this.api.rest.git.getRef({ ...this.where, ref: `heads/${name}` }),
      [404],
    )
    return res !== undefined
  }

  /** Required status check names of a branch; `none` when unprotected, `unreadable` when the token may not read them. */
  async requiredChecks(branch: string): Promise<string[] | 'none' | 'unreadable'> {
    try {
      const { data } = await this.api.rest.repos.getStatusChecksProtection({ ...this.where, branch })
      return [...new Set([...(data.contexts ?? []), ...(data.checks ?? []).map((c) => c.context)])]
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 404) return 'none'
      if (status === 403 || status === 401) return 'unreadable'
      return call('Get required status checks', () => Promise.reject(error))
    }
  }

  /** The newest check run per name on `sha`. */
  async checkRuns(sha: string): Promise<CheckRunFact[]> {
    const out: CheckRunFact[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await call('List check runs', () =>
        this.api.rest.checks.listForRef({ ...this.where, ref: sha, filter: 'latest', per_page: 100, page }),
      )
      for (const r of data.check_runs)
        out.push({
          name: r.name,
          status: r.status,
          conclusion: r.conclusion,
          link: httpLink(r.details_url) ?? httpLink(r.html_url),
        })
      if (data.check_runs.length < 100) break
    }
    return out
  }

  /** The newest status per context on `sha` (the combined status). */
  async statuses(sha: string): Promise<StatusFact[]> {
    const out: StatusFact[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await call('Get combined status', () =>
        this.api.rest.repos.getCombinedStatusForRef({ ...this.where, ref: sha, per_page: 100, page }),
      )
      for (const s of data.statuses) out.push({ context: s.context, state: s.state, link: httpLink(s.target_url) })
      if (data.statuses.length < 100) break
    }
    return out
  }

  /** Tag names (newest first, as GitHub lists them), at most 1,000. */
  async tags(): Promise<string[]> {
    const out: string[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await call('List tags', () =>
        this.api.rest.repos.listTags({ ...this.where, per_page: 100, page }),
      )
      out.push(...data.map((t) => t.name))
      if (data.length < 100) break
    }
    return out
  }

  /** Files changed in base...head (GitHub lists at most 300) and the compare page. */
  async changedFiles(base: string, head: string): Promise<{ files: string[]; link: string }> {
    const { data } = await call(`Compare ${base}...${head}`, () =>
      this.api.rest.repos.compareCommitsWithBasehead({ ...this.where, basehead: `${base}...${head}`, per_page: 1 }),
    )
    return { files: (data.files ?? []).map((f) => f.filename), link: data.html_url }
  }

  /** The first milestone (open or closed) with one of `titles`, with its open issues and pull requests. */
  async milestone(titles: readonly string[]): Promise<MilestoneFact | undefined> {
    let found: { number: number; title: string; html_url: string } | undefined
    for (let page = 1; page <= MAX_PAGES && !found; page++) {
      const { data } = await call('List milestones', () =>
        this.api.rest.issues.listMilestones({ ...this.where, state: 'all', per_page: 100, page }),
      )
      found = data.find((m) => titles.includes(m.title))
      if (data.length < 100) break
    }
    if (!found) return undefined
    const open: MilestoneFact['open'] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await call('List issues in the milestone', () =>
        this.api.rest.issues.listForRepo({
          ...this.where,
          milestone: String(found.number),
          state: 'open',
          per_page: 100,
          page,
        }),
      )
      open.push(...data.map((i) => ({ number: i.number, title: i.title, pull: Boolean(i.pull_request) })))
      if (data.length < 100) break
    }
    return { title: found.title, link: found.html_url, open }
  }
}
