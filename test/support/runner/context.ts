/** One run's context: temp dirs, event payload and the runner environment shared by its main and post steps. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadAction, type ActionMetadata, type ExpressionContext } from './action.js'
import type { RunOptions } from './types.js'

const KEEP_ENV = ['PATH', 'HOME', 'LANG', 'TMPDIR']

export interface RunContext {
  meta: ActionMetadata
  dir: string
  workspace: string
  base: Record<string, string>
  opts: RunOptions
  payload: object
}

export function context(action: string, opts: RunOptions): RunContext {
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
    repository: {
      full_name: repository,
      name,
      owner: { login: owner },
      default_branch: 'main',
      html_url: `https://github.com/${repository}`,
    },
    sender: { login: 'octocat', type: 'User' },
  }
  return eventName === 'push' ? { ref, before: '0'.repeat(40), after: sha, ...base } : base
}

export function expressionContext(ctx: RunContext): ExpressionContext {
  const b = { ...ctx.base, ...ctx.opts.env }
  return {
    github: {
      token: ctx.opts.token ?? '',
      repository: b.GITHUB_REPOSITORY,
      repository_owner: b.GITHUB_REPOSITORY_OWNER,
      sha: b.GITHUB_SHA,
      ref: b.GITHUB_REF,
      ref_name: b.GITHUB_REF_NAME,
      event_name: b.GITHUB_EVENT_NAME,
      event: ctx.payload,
      workspace: b.GITHUB_WORKSPACE,
      server_url: b.GITHUB_SERVER_URL,
      api_url: b.GITHUB_API_URL,
      run_id: b.GITHUB_RUN_ID,
      run_attempt: b.GITHUB_RUN_ATTEMPT,
      actor: b.GITHUB_ACTOR,
      job: b.GITHUB_JOB,
      workflow: b.GITHUB_WORKFLOW,
    },
    runner: { temp: b.RUNNER_TEMP, os: b.RUNNER_OS, arch: b.RUNNER_ARCH, debug: b.RUNNER_DEBUG ?? '' },
  }
}
