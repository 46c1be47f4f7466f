// @ts-check
/** Deployments, deployment statuses (with GitHub's auto_inactive behaviour) and environments. */
import { ApiError, invalid, notFound } from '../http.mjs'
import { nodeId, user } from '../shapes.mjs'
import { newId, now } from '../store.mjs'

/** @typedef {import('../app.mjs').Ctx} Ctx */
/** @typedef {import('../store.mjs').Deployment} Deployment */
/** @typedef {import('../store.mjs').Status} Status */

/** @param {Ctx} ctx @param {Deployment} d */
function deployment(ctx, d) {
  const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: user(ctx.base, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    transient_environment: d.transient,
    production_environment: d.production,
  }
}

/** @param {Ctx} ctx @param {Deployment} d @param {Status} s */
function status(ctx, d, s) {
  const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
  return {
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: user(ctx.base, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
  }
}

/** @param {Ctx} ctx @param {import('../store.mjs').Environment} e */
function environment(ctx, e) {
  const rules = e.waitTimer
    ? [{ id: e.id + 1, node_id: nodeId('Gate', e.id + 1), type: 'wait_timer', wait_timer: e.waitTimer }]
    : []
  return {
    id: e.id,
    node_id: nodeId('Environment', e.id),
    name: e.name,
    url: `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}/environments/${encodeURIComponent(e.name)}`,
    html_url: `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    protection_rules: rules,
    deployment_branch_policy: e.branchPolicy,
  }
}

/** @param {Ctx} ctx @param {string} name */
function ensureEnvironment(ctx, name) {
  let e = ctx.repo.environments.get(name)
  if (!e) {
    const t = now()
    e = { id: newId(), name, createdAt: t, updatedAt: t, waitTimer: 0, reviewers: [], branchPolicy: null }
    ctx.repo.environments.set(name, e)
  }
  return e
}

/** @param {Ctx} ctx */
function deploymentOrThrow(ctx) {
  const d = ctx.repo.deployments.get(Number(ctx.params.deployment_id))
  if (!d) throw notFound(ctx.op.docs)
  return d
}

const newestFirst = (/** @type {{id: number}} */ a, /** @type {{id: number}} */ b) => b.id - a.id

/** @type {Record<string, (ctx: Ctx) => any>} */
export const deploymentHandlers = {
  'repos/create-deployment': (ctx) => {
    const b = ctx.body
    const sha = ctx.repo.resolve(b.ref)
    if (!sha) throw new ApiError(422, `No ref found for: ${b.ref}`, { docs: ctx.op.docs })
    // GitHub's auto_merge (default true): a branch behind the default branch gets it merged in first, and the answer
    // is 202 with no deployment. Deploy tooling must pass auto_merge: false (or deploy a sha/tag).
    const branch = ctx.repo.refs.get(`refs/heads/${b.ref}`)
    const main = ctx.repo.resolve(ctx.repo.defaultBranch)
    if (
      b.auto_merge !== false &&
      branch &&
      b.ref !== ctx.repo.defaultBranch &&
      main &&
      !ctx.repo.ancestors(sha).includes(main)
    ) {
      const merge = ctx.repo.addCommit({
        message: `Merge ${ctx.repo.defaultBranch} into ${b.ref}`,
        parents: [sha, main],
      })
      ctx.repo.refs.set(`refs/heads/${b.ref}`, { sha: merge, type: 'commit' })
      return { status: 202, body: { message: `Auto-merged ${ctx.repo.defaultBranch} into ${b.ref} on deployment.` } }
    }
    const env = b.environment ?? 'production'
    ensureEnvironment(ctx, env)
    const t = now()
    /** @type {Deployment} */
    const d = {
      id: newId(),
      sha,
      ref: b.ref,
      task: b.task ?? 'deploy',
      environment: env,
      originalEnvironment: env,
      payload: b.payload ?? {},
      description: b.description ?? null,
      creator: ctx.login,
      transient: Boolean(b.transient_environment),
      production: b.production_environment ?? env === 'production',
      createdAt: t,
      updatedAt: t,
      statuses: [],
    }
    if (typeof d.payload === 'string') {
      try {
        d.payload = JSON.parse(d.payload)
      } catch {
        throw invalid('Deployment', 'payload', 'invalid', undefined, ctx.op.docs)
      }
    }
    ctx.repo.deployments.set(d.id, d)
    return { status: 201, body: deployment(ctx, d) }
  },

  'repos/list-deployments': (ctx) => {
    // The spec gives these filters `default: 'none'` (meaning: no filter), and request validation fills defaults in.
    const f = (/** @type {unknown} */ v) => (v === 'none' || v === undefined || v === null ? undefined : String(v))
    const [sha, ref, task, env] = [f(ctx.params.sha), f(ctx.params.ref), f(ctx.params.task), f(ctx.params.environment)]
    const list = [...ctx.repo.deployments.values()].filter(
      (d) =>
        (!sha || d.sha === sha) &&
        (!ref || d.ref === ref) &&
        (!task || d.task === task) &&
        (!env || d.environment === env),
    )
    return { status: 200, list: list.sort(newestFirst).map((d) => deployment(ctx, d)) }
  },

  'repos/get-deployment': (ctx) => ({ status: 200, body: deployment(ctx, deploymentOrThrow(ctx)) }),

  'repos/create-deployment-status': (ctx) => {
    const d = deploymentOrThrow(ctx)
    const b = ctx.body
    const env = b.environment ?? d.environment
    /** @type {Status} */
    const s = {
      id: newId(),
      state: b.state,
      description: b.description ?? '',
      environment: env,
      environmentUrl: b.environment_url ?? '',
      logUrl: b.log_url ?? b.target_url ?? '',
      creator: ctx.login,
      createdAt: now(),
    }
    d.statuses.push(s)
    if (env !== d.environment) {
      d.environment = env
      ensureEnvironment(ctx, env)
    }
    d.updatedAt = s.createdAt
    // auto_inactive (default true): prior non-transient deployments of the same environment whose last state was
    // `success` get an `inactive` status. (GitHub's docs also say "non-production"; observed behaviour marks
    // production deployments inactive too, which is what deploy tooling relies on, so that is what we do.)
    if (s.state === 'success' && b.auto_inactive !== false) {
      for (const other of ctx.repo.deployments.values()) {
        if (other.id === d.id || other.environment !== d.environment || other.transient) continue
        const last = other.statuses.at(-1)
        if (!last || last.state !== 'success' || other.id > d.id) continue
        other.statuses.push({
          ...last,
          id: newId(),
          state: 'inactive',
          description: '',
          creator: ctx.login,
          createdAt: now(),
        })
      }
    }
    return { status: 201, body: status(ctx, d, s) }
  },

  'repos/list-deployment-statuses': (ctx) => {
    const d = deploymentOrThrow(ctx)
    return { status: 200, list: [...d.statuses].sort(newestFirst).map((s) => status(ctx, d, s)) }
  },

  'repos/get-deployment-status': (ctx) => {
    const d = deploymentOrThrow(ctx)
    const s = d.statuses.find((x) => x.id === Number(ctx.params.status_id))
    if (!s) throw notFound(ctx.op.docs)
    return { status: 200, body: status(ctx, d, s) }
  },

  'repos/get-environment': (ctx) => {
    const e = ctx.repo.environments.get(ctx.params.environment_name)
    if (!e) throw notFound(ctx.op.docs)
    return { status: 200, body: environment(ctx, e) }
  },

  'repos/create-or-update-environment': (ctx) => {
    const e = ensureEnvironment(ctx, ctx.params.environment_name)
    const b = ctx.body ?? {}
    if (b.wait_timer !== undefined) e.waitTimer = b.wait_timer
    if (b.reviewers !== undefined) e.reviewers = b.reviewers ?? []
    if (b.deployment_branch_policy !== undefined) e.branchPolicy = b.deployment_branch_policy
    e.updatedAt = now()
    return { status: 200, body: environment(ctx, e) }
  },
}
