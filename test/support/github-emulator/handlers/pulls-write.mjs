// @ts-check
/**
 * Opening and editing pull requests (a back-merge PR from the trunk into a long-lived branch). GitHub's rules the
 * spec cannot say: head and base must be branches here; one open PR per head/base pair (422 `A pull request already
 * exists for owner:head.`); a head with no commits the base lacks is refused (422 `No commits between …`).
 */
import { ApiError, notFound } from '../http.mjs'
import { pull } from '../shapes.mjs'
import { newId, now } from '../store.mjs'

/** @typedef {import('../app.mjs').Ctx} Ctx */

/** @param {Ctx} ctx @param {string} message */
const custom = (ctx, message) =>
  new ApiError(422, 'Validation Failed', {
    docs: ctx.op.docs,
    errors: [{ resource: 'PullRequest', code: 'custom', message }],
  })

/** `owner:branch` or `branch` → branch name in this repo. @param {Ctx} ctx @param {string} head */
function headBranch(ctx, head) {
  const [owner, name] = head.includes(':') ? head.split(':', 2) : [ctx.repo.owner, head]
  if (String(owner).toLowerCase() !== ctx.repo.owner.toLowerCase())
    throw new ApiError(422, 'Validation Failed', {
      docs: ctx.op.docs,
      errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
    })
  return String(name)
}

/** @type {Record<string, (ctx: Ctx) => any>} */
export const pullWriteHandlers = {
  'pulls/create': (ctx) => {
    const b = ctx.body
    if (!b.head || !b.base || (!b.title && !b.issue))
      throw new ApiError(422, 'Validation Failed', {
        docs: ctx.op.docs,
        errors: [
          { resource: 'PullRequest', field: !b.head ? 'head' : !b.base ? 'base' : 'title', code: 'missing_field' },
        ],
      })
    const head = headBranch(ctx, b.head)
    const headSha = ctx.repo.refs.get(`refs/heads/${head}`)?.sha
    const baseSha = ctx.repo.refs.get(`refs/heads/${b.base}`)?.sha
    if (!headSha)
      throw new ApiError(422, 'Validation Failed', {
        docs: ctx.op.docs,
        errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
      })
    if (!baseSha)
      throw new ApiError(422, 'Validation Failed', {
        docs: ctx.op.docs,
        errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
      })
    if (ctx.repo.pulls.some((p) => p.state === 'open' && p.head.ref === head && p.base.ref === b.base))
      throw custom(ctx, `A pull request already exists for ${ctx.repo.owner}:${head}.`)
    const ahead = ctx.repo.compare(baseSha, headSha).ahead
    if (!ahead.length) throw custom(ctx, `No commits between ${b.base} and ${head}`)
    const t = now()
    const number = ctx.repo.pulls.length + ctx.repo.issues.length + 1
    const p = {
      number,
      id: newId(),
      title: b.title,
      body: b.body ?? null,
      state: /** @type {'open'} */ ('open'),
      labels: [],
      user: ctx.login,
      createdAt: t,
      updatedAt: t,
      closedAt: null,
      mergedAt: null,
      mergeCommitSha: null,
      head: { ref: head, sha: headSha },
      base: { ref: b.base, sha: baseSha },
      commits: ahead,
      milestone: null,
    }
    ctx.repo.pulls.push(p)
    return { status: 201, body: pull(ctx.repo, ctx.base, p, true) }
  },

  'pulls/update': (ctx) => {
    const p = ctx.repo.pulls.find((x) => x.number === Number(ctx.params.pull_number))
    if (!p) throw notFound(ctx.op.docs)
    const b = ctx.body
    if (b.title !== undefined) p.title = b.title
    if (b.body !== undefined) p.body = b.body
    if (b.state === 'closed' && p.state === 'open') Object.assign(p, { state: 'closed', closedAt: now() })
    if (b.state === 'open' && p.state === 'closed' && !p.mergedAt) Object.assign(p, { state: 'open', closedAt: null })
    if (b.base !== undefined) {
      const sha = ctx.repo.refs.get(`refs/heads/${b.base}`)?.sha
      if (!sha)
        throw new ApiError(422, 'Validation Failed', {
          docs: ctx.op.docs,
          errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
        })
      p.base = { ref: b.base, sha }
    }
    p.updatedAt = now()
    return { status: 200, body: pull(ctx.repo, ctx.base, p, true) }
  },
}
