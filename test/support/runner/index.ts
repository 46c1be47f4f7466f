/**
 * The runner harness: runs an action's bundled `dist/index.js` the way the GitHub Actions runner runs a
 * `node24` action, and reads back everything the runner would (file commands, workflow commands, exit code).
 *
 * ```ts
 * const r = await runAction('changelog', { inputs: { 'dry-run': 'true' }, env: { GITHUB_API_URL: emulator.url } })
 * expect(r.exitCode).toBe(0); expect(r.outputs.version).toBe('1.2.0'); expect(r.leakedSecrets).toEqual([])
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadAction, buildInputEnv, type ActionMetadata, type ExpressionContext } from './action.js'
import { parseKeyValueFile, parseEnvFile, parsePathFile, FileCommandError, STEP_SUMMARY_LIMIT } from './file-commands.js'
import { parseStdout, findLeaks, type Annotation } from './workflow-commands.js'
import { node24, track } from '../net.js'

export type { Annotation } from './workflow-commands.js'
export { parseKeyValueFile, parseEnvFile, parsePathFile, FileCommandError } from './file-commands.js'
export { parseStdout, parseCommand } from './workflow-commands.js'

export interface RunOptions {
  /** Merged over action.yml defaults (a `${{ github.token }}` default is '' unless `token` is given). */
  inputs?: Record<string, string>
  /** Extra environment, applied last (e.g. GITHUB_API_URL pointing at the emulator). */
  env?: Record<string, string>
  /** GITHUB_WORKSPACE and the working directory (default: a fresh temp dir, removed after the run). */
  workspace?: string
  repository?: string
  sha?: string
  ref?: string
  eventName?: string
  /** The event payload (GITHUB_EVENT_PATH); default: a minimal one with repository and sender. */
  eventPayload?: object
  /** The value of `${{ github.token }}` in input defaults (default ''); masked from the start, like the runner does. */
  token?: string
  /**
   * Values the runner would mask before the step starts (what a workflow passes from `secrets.*`): any of them in
   * stdout, stderr or the summary is reported in `leakedSecrets`, even if the action never called setSecret.
   */
  secrets?: string[]
  /** RUNNER_DEBUG=1. */
  debug?: boolean
  /** Kill (SIGKILL) the step after this long (default 45 s, under jest's 60 s); `timedOut` is then true. */
  timeoutMs?: number
  /** Also run `runs.post` (with STATE_* from the main step) when action.yml has one. */
  post?: boolean
  /** Record malformed file commands in `fileCommandErrors` instead of throwing (for kill-mid-run tests). */
  allowFileCommandErrors?: boolean
}

export interface RunResult {
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  outputs: Record<string, string>
  env: Record<string, string>
  path: string[]
  state: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** Titles of `::group::` sections, in order. */
  groups: string[]
  /** Values registered with `::add-mask::`. */
  masks: string[]
  /** Masked values that appeared again in stdout, stderr or the summary: must be empty. */
  leakedSecrets: string[]
  /** Malformed file commands (only when `allowFileCommandErrors`; otherwise the run throws). */
  fileCommandErrors: string[]
  stdout: string
  stderr: string
  durationMs: number
  /** The `post:` step's result, when `post: true` and action.yml has one. */
  post?: RunResult
}

/** A running action: the child (e.g. to kill it mid-run) and its eventual result. */
export interface SpawnedAction {
  child: ChildProcess
  result: Promise<RunResult>
}

const KEEP_ENV = ['PATH', 'HOME', 'LANG', 'TMPDIR']

interface RunContext {
  meta: ActionMetadata
  dir: string
  workspace: string
  base: Record<string, string>
  opts: RunOptions
  payload: object
}

function context(action: string, opts: RunOptions): RunContext {
  const meta = loadAction(action)
  const dir = mkdtempSync(join(tmpdir(), `shipline-run-${meta.name}-`))
  const workspace = opts.workspace ?? join(dir, 'workspace')
  const temp = join(dir, 'runner-temp')
  mkdirSync(workspace, { recursive: true })
  mkdirSync(temp)
  const repository = opts.repository ?? 'octo-org/octo-repo'
  const ref = opts.ref ?? 'refs/heads/main'
  const sha = opts.sha ?? 'ffac537e6cbbf934b08745a378932722df287a53'
  const eventName = opts.eventName ?? 'push'
  const eventPath = join(dir, 'event.json')
  const payload = opts.eventPayload ?? defaultPayload(repository, eventName, ref, sha)
  writeFileSync(eventPath, JSON.stringify(payload))
  const base: Record<string, string> = {}
  for (const k of KEEP_ENV) if (process.env[k] !== undefined) base[k] = process.env[k] as string
  Object.assign(base, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_REPOSITORY_ID: '1296269',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'release',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/release.yml@${ref}`,
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_JOB: 'release',
    GITHUB_ACTION: `__shipline_${meta.name.replace(/-/g, '_')}`,
    GITHUB_ACTION_PATH: meta.dir,
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'shipline-harness',
    RUNNER_ENVIRONMENT: 'self-hosted',
  })
  if (opts.debug) base.RUNNER_DEBUG = '1'
  return { meta, dir, workspace, base, opts, payload }
}

/** A minimal payload of the shape GitHub sends, when the test gives none (push: ref/before/after too). */
function defaultPayload(repository: string, eventName: string, ref: string, sha: string): object {
  const [owner = '', name = ''] = repository.split('/')
  const base = {
    repository: { full_name: repository, name, owner: { login: owner }, default_branch: 'main', html_url: `https://github.com/${repository}` },
    sender: { login: 'octocat', type: 'User' },
  }
  return eventName === 'push' ? { ref, before: '0'.repeat(40), after: sha, ...base } : base
}

function expressionContext(ctx: RunContext): ExpressionContext {
  const b = { ...ctx.base, ...ctx.opts.env }
  return {
    github: {
      token: ctx.opts.token ?? '', repository: b.GITHUB_REPOSITORY, repository_owner: b.GITHUB_REPOSITORY_OWNER, sha: b.GITHUB_SHA,
      ref: b.GITHUB_REF, ref_name: b.GITHUB_REF_NAME, event_name: b.GITHUB_EVENT_NAME, event: ctx.payload,
      workspace: b.GITHUB_WORKSPACE, server_url: b.GITHUB_SERVER_URL, api_url: b.GITHUB_API_URL, run_id: b.GITHUB_RUN_ID,
      run_attempt: b.GITHUB_RUN_ATTEMPT, actor: b.GITHUB_ACTOR, job: b.GITHUB_JOB, workflow: b.GITHUB_WORKFLOW,
    },
    runner: { temp: b.RUNNER_TEMP, os: b.RUNNER_OS, arch: b.RUNNER_ARCH, debug: b.RUNNER_DEBUG ?? '' },
  }
}

interface Step {
  child: ChildProcess
  done: Promise<RunResult>
}

/** Start one step (main or post) with fresh file-command files; resolves after parsing them. */
function startStep(ctx: RunContext, script: string, extra: Record<string, string>, name: string): Step {
  const files = join(ctx.dir, `files-${name}`)
  mkdirSync(files)
  const file = (f: string) => {
    const p = join(files, f)
    writeFileSync(p, '')
    return p
  }
  const env: Record<string, string> = {
    ...ctx.base,
    ...buildInputEnv(ctx.meta, ctx.opts.inputs ?? {}, expressionContext(ctx)),
    GITHUB_OUTPUT: file('output'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_STATE: file('state'),
    GITHUB_STEP_SUMMARY: file('step_summary'),
    ...extra,
    ...ctx.opts.env,
  }
  const started = performance.now()
  const child = spawn(node24, [join(ctx.meta.dir, script)], { cwd: ctx.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  track(child)
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (c: string) => (stdout += c))
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, ctx.opts.timeoutMs ?? 45_000)
  const done = new Promise<RunResult>((ok, fail) => {
    child.on('error', (e) => {
      clearTimeout(timer)
      fail(new Error(`runAction(${ctx.meta.name}): could not start ${node24}: ${e.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      try {
        ok(collect(ctx, env, { exitCode: code, signal, timedOut, stdout, stderr, durationMs: performance.now() - started }))
      } catch (e) {
        fail(e)
      }
    })
  })
  return { child, done }
}

type Raw = Pick<RunResult, 'exitCode' | 'signal' | 'timedOut' | 'stdout' | 'stderr' | 'durationMs'>

function collect(ctx: RunContext, env: Record<string, string>, raw: Raw): RunResult {
  const errors: string[] = []
  const read = <T>(fallback: T, fn: () => T): T => {
    try {
      return fn()
    } catch (e) {
      if (!(e instanceof FileCommandError)) throw e
      errors.push(e.message)
      return fallback
    }
  }
  const text = (k: string) => readFileSync(env[k] as string, 'utf8')
  const outputs = read({}, () => parseKeyValueFile(text('GITHUB_OUTPUT'), { command: 'output' }))
  const exported = read({}, () => parseEnvFile(text('GITHUB_ENV')))
  const state = read({}, () => parseKeyValueFile(text('GITHUB_STATE'), { command: 'state' }))
  const path = parsePathFile(text('GITHUB_PATH'))
  const size = statSync(env.GITHUB_STEP_SUMMARY as string).size
  if (size > STEP_SUMMARY_LIMIT) errors.push(`$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${Math.ceil(size / 1024)}k`)
  const summary = text('GITHUB_STEP_SUMMARY')
  const secrets = [...(ctx.opts.secrets ?? []), ...(ctx.opts.token ? [ctx.opts.token] : [])]
  const report = parseStdout(raw.stdout, raw.stderr, secrets)
  const leaked = new Set([...report.leakedSecrets, ...findLeaks(summary, report.masks)])
  if (errors.length && !ctx.opts.allowFileCommandErrors) {
    throw new Error(`runAction(${ctx.meta.name}): ${errors.join('; ')}\n--- stdout tail ---\n${raw.stdout.split('\n').slice(-15).join('\n')}`)
  }
  return {
    ...raw,
    outputs,
    env: exported,
    path,
    state,
    summary,
    annotations: report.annotations,
    groups: report.groups,
    masks: report.masks,
    leakedSecrets: [...leaked],
    fileCommandErrors: errors,
  }
}

function shouldRunPost(meta: ActionMetadata, main: RunResult): boolean {
  if (!meta.runs.post) return false
  const cond = (meta.runs['post-if'] ?? 'always()').replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim()
  if (cond === 'success()') return main.exitCode === 0
  if (cond === 'failure()') return main.exitCode !== 0
  return true
}

async function finish(ctx: RunContext, main: Step): Promise<RunResult> {
  try {
    const result = await main.done
    if (ctx.opts.post && shouldRunPost(ctx.meta, result)) {
      const extra: Record<string, string> = { ...result.env }
      for (const [k, v] of Object.entries(result.state)) extra[`STATE_${k}`] = v
      if (result.path.length) extra.PATH = [...result.path, ctx.base.PATH ?? ''].join(':')
      result.post = await startStep(ctx, ctx.meta.runs.post as string, extra, 'post').done
    }
    return result
  } finally {
    rmSync(ctx.dir, { recursive: true, force: true })
  }
}

/** Start an action and return its child process at once (for kill-mid-run tests) with the result to come. */
export function spawnAction(action: string, opts: RunOptions = {}): SpawnedAction {
  const ctx = context(action, opts)
  let main: Step
  try {
    main = startStep(ctx, ctx.meta.runs.main, {}, 'main')
  } catch (e) {
    rmSync(ctx.dir, { recursive: true, force: true })
    throw e
  }
  return { child: main.child, result: finish(ctx, main) }
}

/** Run an action's bundle under Node 24 as the runner would, and return everything the runner would see. */
export async function runAction(action: string, opts: RunOptions = {}): Promise<RunResult> {
  return spawnAction(action, opts).result
}
