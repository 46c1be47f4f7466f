/**
 * Start the GitHub API emulator (server.mjs) as a child process and drive it through its control endpoints.
 * Written with erasable TypeScript only, so Node 24 can load it directly (benchmarks, scripts) as well as jest.
 *
 * ```ts
 * const gh = await startEmulator()
 * const { owner, repo } = await gh.repo()              // a fresh namespace with one commit on main
 * await gh.seed(owner, repo, { commits: [...], pulls: [...] })
 * await gh.fault({ operation: 'repos/upload-release-asset', times: 1, kind: 'status', status: 502 })
 * // ... run an action with GITHUB_API_URL=gh.url, GITHUB_REPOSITORY=`${owner}/${repo}`
 * expect((await gh.state(owner, repo)).releases).toHaveLength(1)
 * await gh.stop()
 * ```
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const here = dirname(fileURLToPath(import.meta.url))
/** The server entry (plain ESM JS, so any Node ≥ 20 can run it without a TypeScript loader). */
export const SERVER = join(here, 'server.mjs')

export interface SeedCommit {
  sha?: string
  message: string
  parents?: string[]
  /** Branch to advance (default: the default branch). Without `parents`, the commit goes on top of it. */
  branch?: string
  date?: string
  author?: { name?: string; email?: string; login?: string }
  committer?: { name?: string; email?: string; date?: string; login?: string }
  files?: { filename: string; status?: string; additions?: number; deletions?: number }[]
}

export interface SeedPull {
  number?: number
  title: string
  body?: string
  labels?: string[]
  state?: 'open' | 'closed'
  merged?: boolean
  merged_at?: string
  merge_commit_sha?: string
  head?: string | { ref: string; sha: string }
  base?: string
  user?: string
  commits?: string[]
  created_at?: string
  closed_at?: string
  /** Milestone title (created when not seeded) or number. */
  milestone?: string | number
}

export interface SeedCheckRun {
  name: string
  /** Commit (sha, branch or tag; default: the default branch). */
  head_sha?: string
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  /** Giving a conclusion completes the run. */
  conclusion?: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | 'stale'
  details_url?: string
  output?: { title?: string; summary?: string }
}

export interface SeedStatus {
  context: string
  state: 'error' | 'failure' | 'pending' | 'success'
  /** Commit (sha, branch or tag; default: the default branch). */
  sha?: string
  target_url?: string
  description?: string
}

export interface SeedRelease {
  tag_name: string
  name?: string
  body?: string
  draft?: boolean
  prerelease?: boolean
  target_commitish?: string
  created_at?: string
  published_at?: string
  make_latest?: 'true' | 'false'
  assets?: { name: string; content?: string; encoding?: 'utf8' | 'base64'; content_type?: string; label?: string }[]
}

export type Permission = 'read' | 'write' | 'none'

export interface SeedData {
  description?: string
  defaultBranch?: string
  commits?: SeedCommit[]
  /** branch name → sha or ref */
  branches?: Record<string, string>
  tags?: { name: string; sha?: string; ref?: string; annotated?: boolean; message?: string; date?: string }[]
  pulls?: SeedPull[]
  releases?: SeedRelease[]
  environments?: (string | { name: string; wait_timer?: number })[]
  files?: Record<string, string>
  issues?: {
    number?: number
    title: string
    body?: string
    state?: 'open' | 'closed'
    labels?: string[]
    user?: string
    created_at?: string
    updated_at?: string
    closed_at?: string
    milestone?: string | number
  }[]
  milestones?: { title: string; number?: number; state?: 'open' | 'closed'; description?: string; due_on?: string }[]
  checkRuns?: SeedCheckRun[]
  /** Commit statuses, oldest first (the newest per context counts). */
  statuses?: SeedStatus[]
  /** Branch → required status checks (branch protection): legacy `contexts` and/or `checks` (names; app_id optional). */
  protection?: Record<
    string,
    { strict?: boolean; contexts?: string[]; checks?: (string | { context: string; app_id?: number | null })[] }
  >
  /**
   * token → 'read' | 'write' | 'none' for every permission, or per GITHUB_TOKEN permission
   * (`contents`, `pull_requests`, `deployments`, `environments`, `issues`, `checks`, `statuses`, `administration`
   * (branch protection); unlisted ones are 'none', metadata stays
   * readable). Calls beyond the grant answer 403 "Resource not accessible by integration". Tokens not listed: full access.
   */
  tokens?: Record<
    string,
    | Permission
    | Partial<
        Record<
          | 'contents'
          | 'pull_requests'
          | 'deployments'
          | 'environments'
          | 'issues'
          | 'checks'
          | 'statuses'
          | 'administration',
          Permission
        >
      >
  >
}

export interface FaultSpec {
  /** OpenAPI operationId, e.g. 'repos/upload-release-asset', or '*' for any operation. */
  operation: string
  /** How many upcoming calls fail (default 1). */
  times?: number
  kind: 'status' | 'secondary-rate-limit' | 'rate-limit' | 'retry-after' | 'drop' | 'delay'
  /** For kind 'status' (default 500). */
  status?: number
  /** For kind 'delay'. */
  delayMs?: number
  /** Seconds in `retry-after` (or until `x-ratelimit-reset`); default 1 so tests stay fast. */
  retryAfter?: number
  /** Only calls on this 'owner/repo'. */
  repo?: string
  /** Let this many matching calls through before the fault starts (e.g. fail the 4th save, not the 1st). */
  after?: number
}

export interface Call {
  operation: string
  method: string
  /** Path and query string. */
  path: string
  /** Status answered (0: connection dropped by a fault). */
  status: number
  /** The parsed JSON request body, when there was one and it passed validation. */
  body?: unknown
}

export interface Violation {
  operation: string
  method: string
  path: string
  status: number
  problems: string[]
}

export interface Emulator {
  /** API base URL, e.g. http://127.0.0.1:PORT (use as GITHUB_API_URL / baseUrl). */
  url: string
  pid: number
  /** Stop the child. Rejects (after stopping it) if any response drifted from the spec, so the test file fails. */
  stop(): Promise<void>
  /** A fresh namespaced repo (one commit on main). */
  repo(owner?: string, name?: string): Promise<{ owner: string; repo: string }>
  seed(owner: string, repo: string, data: SeedData): Promise<void>
  /** Seed commits, branches and tags from a real git repository on disk, so the emulator agrees with it. */
  seedFromGit(
    owner: string,
    repo: string,
    dir: string,
    opts?: { maxCommits?: number },
  ): Promise<{ commits: number; tags: number }>
  fault(spec: FaultSpec): Promise<void>
  /** Drop every pending fault (the service is back). */
  clearFaults(): Promise<void>
  /** Test-only: make the next `times` responses of `operation` drift from the spec (fields removed/overwritten). */
  breakResponse(spec: {
    operation: string
    times?: number
    remove?: string[]
    set?: Record<string, unknown>
  }): Promise<void>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON snapshot that tests pick apart freely
  state(owner: string, repo: string): Promise<any>
  calls(owner: string, repo: string): Promise<Call[]>
  violations(): Promise<Violation[]>
  reset(): Promise<void>
}

export interface StartOptions {
  /** Node binary (default: the current one). */
  node?: string
  /** Skip writing the precompiled-validator cache when it is missing (validators then compile on first use). */
  lazy?: boolean
  timeoutMs?: number
}

/** Start an emulator on a free loopback port. */
export async function startEmulator(options: StartOptions = {}): Promise<Emulator> {
  const child = spawn(options.node ?? process.execPath, [SERVER, ...(options.lazy ? ['--lazy'] : [])], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const port = await waitForPort(child, options.timeoutMs ?? 15_000)
  const url = `http://127.0.0.1:${port}`
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  }
  process.once('exit', kill)
  const ctl = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/_emulator/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`emulator ${method} /_emulator/${path}: ${res.status} ${text}`)
    return text ? JSON.parse(text) : undefined
  }
  return {
    url,
    pid: child.pid ?? 0,
    async stop() {
      process.removeListener('exit', kill)
      if (child.exitCode !== null || child.signalCode !== null) return
      const drifted: Violation[] = await ctl('GET', 'violations').catch(() => [])
      const gone = new Promise((ok) => child.once('exit', ok))
      kill()
      await gone
      if (drifted.length) {
        const list = drifted.map(
          (v) => `${v.method} ${v.path} (${v.operation} ${v.status}): ${v.problems.slice(0, 3).join('; ')}`,
        )
        throw new Error(
          `GitHub emulator answered ${drifted.length} response(s) that drift from GitHub's OpenAPI description (an emulator bug):\n${list.join('\n')}`,
        )
      }
    },
    repo: (owner, name) => ctl('POST', 'repos', { owner, name }),
    seed: async (owner, repo, data) => void (await ctl('POST', 'seed', { owner, repo, data })),
    async seedFromGit(owner, repo, dir, opts) {
      const data = await gitSeed(dir, opts?.maxCommits ?? 5000)
      await ctl('POST', 'seed', { owner, repo, data })
      return { commits: data.commits?.length ?? 0, tags: data.tags?.length ?? 0 }
    },
    fault: async (spec) => void (await ctl('POST', 'faults', spec)),
    clearFaults: async () => void (await ctl('DELETE', 'faults')),
    breakResponse: async (spec) => void (await ctl('POST', 'break', spec)),
    state: (owner, repo) => ctl('GET', `state?repo=${encodeURIComponent(`${owner}/${repo}`)}`),
    calls: (owner, repo) => ctl('GET', `calls?repo=${encodeURIComponent(`${owner}/${repo}`)}`),
    violations: () => ctl('GET', 'violations'),
    reset: async () => void (await ctl('POST', 'reset')),
  }
}

function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`emulator did not start within ${timeoutMs} ms: ${err}`))
    }, timeoutMs)
    child.stderr?.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4000)
      if (process.env.EMULATOR_DEBUG) process.stderr.write(d)
    })
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /LISTENING (\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`emulator exited (${code ?? signal}) before listening: ${err}`))
    })
  })
}

const run = promisify(execFile)
const SEP = '\x1f'
const END = '\x1e'

/** Read a local repository's history (sha, parents, message, author, dates), branches and tags as SeedData. */
export async function gitSeed(dir: string, maxCommits = 5000): Promise<SeedData> {
  const git = async (...args: string[]) => (await run('git', args, { cwd: dir, maxBuffer: 64 * 1024 * 1024 })).stdout
  const log = await git(
    'log',
    '--all',
    '--topo-order',
    '--reverse',
    `--max-count=${maxCommits}`,
    `--format=%H${SEP}%P${SEP}%an${SEP}%ae${SEP}%aI${SEP}%cn${SEP}%ce${SEP}%cI${SEP}%B${END}`,
  )
  const commits: SeedCommit[] = []
  for (const rec of log.split(END)) {
    const [sha, parents, an, ae, ad, cn, ce, cd, body] = rec.replace(/^\n/, '').split(SEP)
    if (!sha || body === undefined) continue
    commits.push({
      sha,
      parents: parents ? parents.split(' ') : [],
      message: body.replace(/\n+$/, ''),
      author: { name: an, email: ae },
      committer: { name: cn, email: ce, date: cd },
      date: ad,
    })
  }
  const refs = await git(
    'for-each-ref',
    `--format=%(refname)${SEP}%(objectname)${SEP}%(*objectname)${SEP}%(objecttype)${SEP}%(contents:subject)`,
    'refs/heads',
    'refs/tags',
  )
  const branches: Record<string, string> = {}
  const tags: NonNullable<SeedData['tags']> = []
  for (const line of refs.split('\n').filter(Boolean)) {
    const [ref = '', sha = '', peeled = '', type = '', subject = ''] = line.split(SEP)
    if (ref.startsWith('refs/heads/')) branches[ref.slice('refs/heads/'.length)] = sha
    else
      tags.push({
        name: ref.slice('refs/tags/'.length),
        sha: peeled || sha,
        annotated: type === 'tag',
        message: type === 'tag' ? subject : undefined,
      })
  }
  const head = (await git('symbolic-ref', '--short', '-q', 'HEAD').catch(() => '')).trim()
  return { commits, branches, tags, ...(head ? { defaultBranch: head } : {}) }
}
