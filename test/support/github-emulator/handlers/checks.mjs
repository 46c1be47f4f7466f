// @ts-check
/**
 * What a release gate reads: check runs and commit statuses on a commit, a branch's required status checks, milestones
 * (and the open issues/PRs in one, through issues/list-for-repo's `milestone` filter, in pulls.mjs).
 * GitHub's behaviour the spec cannot say: the combined status keeps only the newest status per context and is
 * `failure` if any is failure/error, `pending` if any is pending (or none exist), else `success`; check runs filter by
 * `check_name`/`status` and `filter=latest` keeps the newest run per name.
 */
import { ApiError, invalid, notFound } from '../http.mjs'
import { nodeId, repository, user } from '../shapes.mjs'
import { newId, now } from '../store.mjs'
import { seedMilestone } from '../seed.mjs'

/** @typedef {import('../app.mjs').Ctx} Ctx */
/** @typedef {import('../store.mjs').CheckRun} CheckRun */
/** @typedef {import('../store.mjs').CommitStatus} CommitStatus */
/** @typedef {import('../store.mjs').Milestone} Milestone */

/** @param {Ctx} ctx @param {CheckRun} c */
function checkRun(ctx, c) {
  const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
  return {
    id: c.id,
    head_sha: c.headSha,
    node_id: nodeId('CheckRun', c.id),
    external_id: c.externalId,
    url: `${api}/check-runs/${c.id}`,
    html_url: `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/runs/${c.id}`,
    details_url: c.detailsUrl ?? `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/runs/${c.id}`,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: {
      title: c.title,
      summary: c.summary,
      text: null,
      annotations_count: 0,
      annotations_url: `${api}/check-runs/${c.id}/annotations`,
    },
    name: c.name,
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  }
}

/** @param {Ctx} ctx @param {CommitStatus} s */
function simpleStatus(ctx, s) {
  return {
    url: `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  }
}

/** @param {Ctx} ctx @param {Milestone} m */
export function milestone(ctx, m) {
  const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
  const items = [...ctx.repo.issues, ...ctx.repo.pulls].filter((i) => i.milestone === m.number)
  return {
    url: `${api}/milestones/${m.number}`,
    html_url: `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/milestone/${m.number}`,
    labels_url: `${api}/milestones/${m.number}/labels`,
    id: m.id,
    node_id: nodeId('Milestone', m.id),
    number: m.number,
    state: m.state,
    title: m.title,
    description: m.description,
    creator: user(ctx.base, m.creator),
    open_issues: items.filter((i) => i.state === 'open').length,
    closed_issues: items.filter((i) => i.state === 'closed').length,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    closed_at: m.closedAt,
    due_on: m.dueOn,
  }
}

/** @param {Ctx} ctx */
function shaOf(ctx, /** @type {string} */ ref) {
  const sha = ctx.repo.resolve(ref)
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref}`, { docs: ctx.op.docs })
  return sha
}

/** The newest status per context on `sha`, newest first (GitHub's order). @param {Ctx} ctx @param {string} sha */
function latestStatuses(ctx, sha) {
  const seen = new Set()
  return ctx.repo.statuses
    .filter((s) => s.sha === sha)
    .reverse()
    .filter((s) => !seen.has(s.context) && seen.add(s.context))
}

/** @param {Ctx} ctx */
function runOrThrow(ctx) {
  const run = ctx.repo.checkRuns.find((c) => c.id === Number(ctx.params.check_run_id))
  if (!run) throw notFound(ctx.op.docs)
  return run
}

/** @type {Record<string, (ctx: Ctx) => any>} */
export const checkHandlers = {
  'checks/list-for-ref': (ctx) => {
    const sha = shaOf(ctx, ctx.params.ref)
    const { check_name: name, status, filter = 'latest' } = ctx.params
    let runs = ctx.repo.checkRuns
      .filter((c) => c.headSha === sha && (!name || c.name === name) && (!status || c.status === status))
      .reverse()
    if (filter === 'latest') {
      const seen = new Set()
      runs = runs.filter((c) => !seen.has(c.name) && seen.add(c.name))
    }
    const perPage = Math.min(Number(ctx.params.per_page ?? 30) || 30, 100)
    const page = Math.max(Number(ctx.params.page ?? 1) || 1, 1)
    return {
      status: 200,
      body: {
        total_count: runs.length,
        check_runs: runs.slice((page - 1) * perPage, page * perPage).map((c) => checkRun(ctx, c)),
      },
    }
  },

  'checks/create': (ctx) => {
    const b = ctx.body
    if (!ctx.repo.commits.has(b.head_sha))
      throw invalid('CheckRun', 'head_sha', 'invalid', `No commit found for SHA: ${b.head_sha}`, ctx.op.docs)
    const t = now()
    const status = b.conclusion ? 'completed' : (b.status ?? 'queued')
    /** @type {CheckRun} */
    const run = {
      id: newId(),
      name: b.name,
      headSha: b.head_sha,
      status,
      conclusion: status === 'completed' ? (b.conclusion ?? 'success') : null,
      startedAt: b.started_at ?? t,
      completedAt: status === 'completed' ? (b.completed_at ?? t) : null,
      detailsUrl: b.details_url ?? null,
      externalId: b.external_id ?? '',
      title: b.output?.title ?? null,
      summary: b.output?.summary ?? null,
    }
    ctx.repo.checkRuns.push(run)
    return { status: 201, body: checkRun(ctx, run) }
  },

  'checks/update': (ctx) => {
    const run = runOrThrow(ctx)
    const b = ctx.body
    if (b.status === 'completed' && !b.conclusion && !run.conclusion)
      throw invalid('CheckRun', 'conclusion', 'missing_field', undefined, ctx.op.docs)
    if (b.name) run.name = b.name
    if (b.details_url !== undefined) run.detailsUrl = b.details_url
    if (b.output) Object.assign(run, { title: b.output.title ?? run.title, summary: b.output.summary ?? run.summary })
    if (b.conclusion)
      Object.assign(run, { status: 'completed', conclusion: b.conclusion, completedAt: b.completed_at ?? now() })
    else if (b.status && b.status !== 'completed')
      Object.assign(run, { status: b.status, conclusion: null, completedAt: null })
    return { status: 200, body: checkRun(ctx, run) }
  },

  'repos/create-commit-status': (ctx) => {
    if (!ctx.repo.commits.has(ctx.params.sha))
      throw invalid('Status', 'sha', 'invalid', `No commit found for SHA: ${ctx.params.sha}`, ctx.op.docs)
    const b = ctx.body
    const t = now()
    /** @type {CommitStatus} */
    const s = {
      id: newId(),
      sha: ctx.params.sha,
      state: b.state,
      context: b.context ?? 'default',
      description: b.description ?? null,
      targetUrl: b.target_url ?? null,
      creator: ctx.login,
      createdAt: t,
      updatedAt: t,
    }
    ctx.repo.statuses.push(s)
    return { status: 201, body: { ...simpleStatus(ctx, s), avatar_url: null, creator: user(ctx.base, ctx.login) } }
  },

  'repos/get-combined-status-for-ref': (ctx) => {
    const sha = shaOf(ctx, ctx.params.ref)
    const list = latestStatuses(ctx, sha)
    const state =
      !list.length || list.some((s) => s.state === 'pending')
        ? 'pending'
        : list.some((s) => s.state === 'failure' || s.state === 'error')
          ? 'failure'
          : 'success'
    const finalState = list.some((s) => s.state === 'failure' || s.state === 'error') ? 'failure' : state
    const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
    return {
      status: 200,
      body: {
        state: finalState,
        statuses: list.map((s) => simpleStatus(ctx, s)),
        sha,
        total_count: list.length,
        repository: repository(ctx.repo, ctx.base),
        commit_url: `${api}/commits/${sha}`,
        url: `${api}/commits/${sha}/status`,
      },
    }
  },

  'repos/list-commit-statuses-for-ref': (ctx) => {
    const sha = shaOf(ctx, ctx.params.ref)
    const list = ctx.repo.statuses.filter((s) => s.sha === sha).reverse()
    return { status: 200, list: list.map((s) => ({ ...simpleStatus(ctx, s), creator: user(ctx.base, s.creator) })) }
  },

  'repos/get-status-checks-protection': (ctx) => {
    const rule = ctx.repo.protection.get(ctx.params.branch)
    if (!rule) throw new ApiError(404, 'Required status checks not enabled', { docs: ctx.op.docs })
    const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}/branches/${ctx.params.branch}/protection/required_status_checks`
    return {
      status: 200,
      body: {
        url: api,
        strict: rule.strict,
        contexts: rule.contexts,
        checks: rule.checks,
        contexts_url: `${api}/contexts`,
      },
    }
  },

  'issues/list-milestones': (ctx) => {
    const { state = 'open', sort = 'due_on', direction = 'asc' } = ctx.params
    const list = ctx.repo.milestones.filter((m) => state === 'all' || m.state === state)
    const key = (/** @type {Milestone} */ m) =>
      sort === 'completeness' ? 0 : Date.parse(m.dueOn ?? '9999-12-31T00:00:00Z')
    list.sort((a, b) => (direction === 'desc' ? -1 : 1) * (key(a) - key(b) || a.number - b.number))
    return { status: 200, list: list.map((m) => milestone(ctx, m)) }
  },

  'issues/create-milestone': (ctx) => {
    const b = ctx.body
    if (ctx.repo.milestones.some((m) => m.title === b.title))
      throw invalid('Milestone', 'title', 'already_exists', undefined, ctx.op.docs)
    const number = seedMilestone(ctx.repo, {
      title: b.title,
      state: b.state,
      description: b.description,
      due_on: b.due_on,
      creator: ctx.login,
    })
    return {
      status: 201,
      body: milestone(ctx, /** @type {Milestone} */ (ctx.repo.milestones.find((m) => m.number === number))),
    }
  },
}
