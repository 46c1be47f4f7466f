// @ts-check
/** Pull requests (read side: the changelog asks which merged PRs a range of commits came from), issues and labels. */
import { invalid, notFound } from '../http.mjs'
import { commit, label, nodeId, pull, user } from '../shapes.mjs'
import { milestone } from './checks.mjs'

/** @typedef {import('../app.mjs').Ctx} Ctx */
/** @typedef {import('../store.mjs').Pull} Pull */

/** Sort like GitHub: `sort` created|updated|popularity|long-running, `direction` asc|desc (default desc). */
function sorted(/** @type {Pull[]} */ pulls, /** @type {string} */ sort, /** @type {string | undefined} */ direction) {
  const key = sort === 'updated' ? 'updatedAt' : 'createdAt'
  const dir = direction === 'asc' ? 1 : -1
  return [...pulls].sort((a, b) => dir * (Date.parse(a[key]) - Date.parse(b[key]) || a.number - b.number))
}

/** @param {Ctx} ctx */
function pullOrThrow(ctx) {
  const p = ctx.repo.pulls.find((x) => x.number === Number(ctx.params.pull_number))
  if (!p) throw notFound(ctx.op.docs)
  return p
}

/** @type {Record<string, (ctx: Ctx) => any>} */
export const pullHandlers = {
  'pulls/list': (ctx) => {
    const { state = 'open', head, base, sort = 'created', direction } = ctx.params
    let list = ctx.repo.pulls.filter((p) => state === 'all' || p.state === state)
    if (base) list = list.filter((p) => p.base.ref === base)
    if (head) list = list.filter((p) => `${ctx.repo.owner}:${p.head.ref}` === head || p.head.ref === head)
    return {
      status: 200,
      list: sorted(list, sort, direction ?? (sort === 'created' ? 'desc' : 'desc')).map((p) =>
        pull(ctx.repo, ctx.base, p),
      ),
    }
  },

  'pulls/get': (ctx) => ({ status: 200, body: pull(ctx.repo, ctx.base, pullOrThrow(ctx), true) }),

  'pulls/list-commits': (ctx) => {
    const p = pullOrThrow(ctx)
    const commits = p.commits.map((s) => ctx.repo.commits.get(s)).filter((c) => c !== undefined)
    return { status: 200, list: commits.map((c) => commit(ctx.repo, ctx.base, c)) }
  },

  'repos/list-pull-requests-associated-with-commit': (ctx) => {
    const sha = ctx.repo.resolve(ctx.params.commit_sha)
    if (!sha)
      throw invalid('Commit', 'commit_sha', 'invalid', `No commit found for SHA: ${ctx.params.commit_sha}`, ctx.op.docs)
    const hits = ctx.repo.pulls.filter((p) => p.mergeCommitSha === sha || p.head.sha === sha || p.commits.includes(sha))
    return { status: 200, list: sorted(hits, 'created', 'desc').map((p) => pull(ctx.repo, ctx.base, p)) }
  },

  'issues/list-for-repo': (ctx) => {
    const { state = 'open', direction = 'desc', milestone: wanted, since, sort = 'created' } = ctx.params
    // Like GitHub, the list holds pull requests too (each with a `pull_request` object).
    /** @type {any[]} */
    const all = [...ctx.repo.issues, ...ctx.repo.pulls.map((p) => ({ ...p, pull: p }))]
    let list = all.filter((i) => state === 'all' || i.state === state)
    if (wanted === 'none') list = list.filter((i) => !i.milestone)
    else if (wanted === '*') list = list.filter((i) => i.milestone)
    else if (wanted !== undefined) {
      const m = ctx.repo.milestones.find((x) => String(x.number) === String(wanted))
      if (!m) throw notFound(ctx.op.docs)
      list = list.filter((i) => i.milestone === m.number)
    }
    if (since) list = list.filter((i) => Date.parse(i.updatedAt ?? i.createdAt) >= Date.parse(since))
    const key = (/** @type {any} */ i) => (sort === 'updated' ? Date.parse(i.updatedAt ?? i.createdAt) : 0)
    list.sort((a, b) => (direction === 'asc' ? 1 : -1) * (key(a) - key(b) || a.number - b.number))
    const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
    return {
      status: 200,
      list: list.map((i) => {
        const m = i.milestone ? ctx.repo.milestones.find((x) => x.number === i.milestone) : undefined
        const kind = i.pull ? 'pull' : 'issues'
        return {
          id: i.id,
          node_id: nodeId('Issue', i.id),
          number: i.number,
          title: i.title,
          body: i.body ?? null,
          state: i.state,
          url: `${api}/issues/${i.number}`,
          repository_url: api,
          labels_url: `${api}/issues/${i.number}/labels{/name}`,
          comments_url: `${api}/issues/${i.number}/comments`,
          events_url: `${api}/issues/${i.number}/events`,
          html_url: `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/${kind}/${i.number}`,
          user: user(ctx.base, i.user ?? ctx.repo.owner),
          labels: (i.labels ?? []).map((/** @type {string} */ n) => label(ctx.repo, ctx.base, n)),
          assignee: null,
          assignees: [],
          milestone: m ? milestone(ctx, m) : null,
          locked: false,
          active_lock_reason: null,
          comments: 0,
          created_at: i.createdAt,
          updated_at: i.updatedAt ?? i.createdAt,
          closed_at: i.closedAt ?? null,
          state_reason: null,
          author_association: 'OWNER',
          performed_via_github_app: null,
          timeline_url: `${api}/issues/${i.number}/timeline`,
          reactions: {
            url: `${api}/issues/${i.number}/reactions`,
            total_count: 0,
            '+1': 0,
            '-1': 0,
            laugh: 0,
            hooray: 0,
            confused: 0,
            heart: 0,
            rocket: 0,
            eyes: 0,
          },
          ...(i.pull
            ? {
                pull_request: {
                  url: `${api}/pulls/${i.number}`,
                  html_url: `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/pull/${i.number}`,
                  diff_url: `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/pull/${i.number}.diff`,
                  patch_url: `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/pull/${i.number}.patch`,
                  merged_at: i.mergedAt,
                },
              }
            : {}),
        }
      }),
    }
  },

  'issues/create-label': (ctx) => {
    const { name, color = 'ededed', description = null } = ctx.body
    if (!/^[0-9a-fA-F]{6}$/.test(color)) throw invalid('Label', 'color', 'invalid', undefined, ctx.op.docs)
    if (ctx.repo.labels.has(name.toLowerCase()))
      throw invalid('Label', 'name', 'already_exists', undefined, ctx.op.docs)
    ctx.repo.labels.set(name.toLowerCase(), { name, color, description })
    return { status: 201, body: label(ctx.repo, ctx.base, name, color, description) }
  },
}
