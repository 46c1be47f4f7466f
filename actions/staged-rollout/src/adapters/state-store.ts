/**
 * Where a rollout's state lives between runs: a JSON file beside `router-config` (no token), or a GitHub
 * Deployment (with a token): the payload names the rollout, and each status is one saved step, so the
 * deployment's status list is also the audit log, and the newest status is the state.
 */
import { callGitHub, readTextIfExists, redact, UserError, writeAtomic } from '@shipline/core'
import type { GitHubClient } from '@shipline/core'
import { newState, type RolloutState } from '../domain/rollout.js'

export interface StateStore {
  readonly where: string
  load(key: string): Promise<RolloutState | undefined>
  save(state: RolloutState): Promise<void>
}

/** The path of the state file for a router config. */
export function stateFileFor(routerConfig: string): string {
  return `${routerConfig}.shipline-state.json`
}

export class FileStateStore implements StateStore {
  constructor(readonly where: string) {}

  async load(key: string): Promise<RolloutState | undefined> {
    const text = await readTextIfExists(this.where)
    if (text === undefined) return undefined
    let state: RolloutState
    try {
      state = JSON.parse(text) as RolloutState
    } catch (error) {
      throw new UserError(`The rollout state file ${this.where} is not valid JSON`, {
        hint: 'Delete it to start the rollout over (traffic is not changed by deleting it).',
        cause: error,
      })
    }
    return state.version === 1 && state.key === key ? state : undefined
  }

  async save(state: RolloutState): Promise<void> {
    // Redacted: the state holds analysis text taken from untrusted answers (diff samples, error bodies), which can
    // echo a secret (a header value) that must not stay behind in a file.
    await writeAtomic(this.where, `${redact(JSON.stringify(state, null, 2))}\n`)
  }
}

const TASK = 'shipline:staged-rollout'
/** What a refused read or write of the rollout's Deployment means. */
const HINTS = {
  403: "The token needs 'deployments: write' to keep the rollout state in a GitHub deployment (add it under the job's permissions).",
}
const STATUS: Record<RolloutState['phase'], 'in_progress' | 'queued' | 'success' | 'failure'> = {
  progressing: 'in_progress',
  aborting: 'in_progress',
  paused: 'queued',
  promoted: 'success',
  aborted: 'failure',
}

/** `[shipline next=3 weight=20 phase=paused] manual gate` (GitHub keeps 140 characters of a description). */
export function encodeStatus(s: RolloutState): string {
  return `[shipline next=${s.next} weight=${s.weight} phase=${s.phase}] ${s.reason}`.slice(0, 140)
}

export function decodeStatus(text: string): Pick<RolloutState, 'next' | 'weight' | 'phase' | 'reason'> | undefined {
  const m = /^\[shipline next=(\d+) weight=(\d+) phase=(progressing|paused|promoted|aborting|aborted)\] ?(.*)$/s.exec(
    text,
  )
  if (!m) return undefined
  return { next: Number(m[1]), weight: Number(m[2]), phase: m[3] as RolloutState['phase'], reason: m[4] as string }
}

export class DeploymentStateStore implements StateStore {
  private id: number | undefined
  constructor(
    private readonly gh: GitHubClient,
    private readonly repo: { owner: string; repo: string },
    private readonly environment: string,
    private readonly ref: string,
    private readonly logUrl: string | undefined,
  ) {}

  get where(): string {
    return `GitHub deployment${this.id ? ` #${this.id}` : ''} (environment ${this.environment})`
  }

  async load(key: string): Promise<RolloutState | undefined> {
    const { data } = await callGitHub(
      `Read the rollout state (deployments of environment ${this.environment})`,
      () =>
        this.gh.rest.repos.listDeployments({ ...this.repo, environment: this.environment, task: TASK, per_page: 30 }),
      { hints: HINTS },
    )
    const found = data.find((d) => (d.payload as { key?: string } | null)?.key === key)
    if (!found) return undefined
    this.id = found.id
    const p = found.payload as unknown as Pick<RolloutState, 'key' | 'strategy' | 'stable' | 'canary'>
    const { data: statuses } = await callGitHub(
      `Read the rollout state (statuses of deployment #${found.id})`,
      () => this.gh.rest.repos.listDeploymentStatuses({ ...this.repo, deployment_id: found.id, per_page: 100 }),
      { hints: HINTS },
    )
    const latest = [...statuses]
      .sort((a, b) => b.id - a.id)
      .map((s) => decodeStatus(s.description ?? ''))
      .find((s) => s !== undefined)
    // The status carries where the rollout is (next step, weight, phase, reason); the rest is the deployment's.
    const fresh = newState(
      { key, strategy: p.strategy, stable: p.stable, canary: p.canary },
      Date.parse(found.created_at),
    )
    return latest ? { ...fresh, ...latest } : fresh
  }

  async save(state: RolloutState): Promise<void> {
    if (this.id === undefined) {
      const payload = { key: state.key, strategy: state.strategy, stable: state.stable, canary: state.canary }
      const res = await callGitHub(
        `Save the rollout state (create a deployment in environment ${this.environment})`,
        () =>
          this.gh.rest.repos.createDeployment({
            ...this.repo,
            ref: this.ref,
            environment: this.environment,
            task: TASK,
            auto_merge: false,
            required_contexts: [],
            payload,
            description: `staged-rollout of ${state.canary}`,
          }),
        { hints: HINTS },
      )
      if (!('id' in res.data)) throw new UserError(`GitHub did not create a deployment: ${JSON.stringify(res.data)}`)
      this.id = res.data.id
    }
    const id = this.id
    await callGitHub(
      `Save the rollout state (a status of deployment #${id})`,
      () =>
        this.gh.rest.repos.createDeploymentStatus({
          ...this.repo,
          deployment_id: id,
          state: STATUS[state.phase],
          description: redact(encodeStatus(state)),
          ...(this.logUrl ? { log_url: this.logUrl } : {}),
        }),
      { hints: HINTS },
    )
  }
}
