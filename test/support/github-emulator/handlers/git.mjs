// @ts-check
/** Git data: refs, annotated tags, commits, compare, tags list. */
import { ApiError, invalid, notFound } from '../http.mjs'
import { commit, gitRef, gitTag } from '../shapes.mjs'
import { fakeSha, now } from '../store.mjs'

/** @typedef {import('../app.mjs').Ctx} Ctx */

const SHA = /^[0-9a-f]{40}$/

/**
 * The files a compare changed: every file of the commits ahead, once (as GitHub lists them; the emulator knows files
 * only for commits seeded with `files`). @param {Ctx} ctx @param {string[]} shas
 */
function changedFiles(ctx, shas) {
  /** @type {Map<string, any>} */
  const byName = new Map()
  for (const s of shas) {
    const c = ctx.repo.commits.get(s)
    for (const f of commit(ctx.repo, ctx.base, {
      .../** @type {import('../store.mjs').Commit} */ (c),
      files: c?.files ?? [],
    }).files ?? [])
      byName.set(f.filename, f)
  }
  return [...byName.values()].slice(0, 300)
}

/** `heads/x` → `refs/heads/x` (the API takes refs without the `refs/` prefix, create-ref with it). */
const full = (/** @type {string} */ ref) => (ref.startsWith('refs/') ? ref : `refs/${ref}`)

/** @param {Ctx} ctx @param {string} ref */
function refOrThrow(ctx, ref) {
  const target = ctx.repo.refs.get(full(ref))
  if (!target) throw notFound(ctx.op.docs)
  return target
}

/** @type {Record<string, (ctx: Ctx) => any>} */
export const gitHandlers = {
  'git/get-ref': (ctx) => ({
    status: 200,
    body: gitRef(ctx.repo, ctx.base, full(ctx.params.ref), refOrThrow(ctx, ctx.params.ref)),
  }),

  'git/list-matching-refs': (ctx) => {
    const prefix = full(ctx.params.ref ?? '')
    const refs = [...ctx.repo.refs.entries()]
      .filter(([name]) => name.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return { status: 200, list: refs.map(([name, t]) => gitRef(ctx.repo, ctx.base, name, t)), paginate: false }
  },

  'git/create-ref': (ctx) => {
    const { ref, sha } = ctx.body
    if (!/^refs\/[^/]+\/.+/.test(ref))
      throw new ApiError(422, "Reference name must start with 'refs/' and have at least two slashes.", {
        docs: ctx.op.docs,
      })
    if (!ctx.repo.commits.has(sha) && !ctx.repo.tagObjects.has(sha))
      throw new ApiError(422, 'Object does not exist', { docs: ctx.op.docs })
    if (ctx.repo.refs.has(ref)) throw new ApiError(422, 'Reference already exists', { docs: ctx.op.docs })
    const target = { sha, type: /** @type {'commit' | 'tag'} */ (ctx.repo.tagObjects.has(sha) ? 'tag' : 'commit') }
    ctx.repo.refs.set(ref, target)
    return {
      status: 201,
      body: gitRef(ctx.repo, ctx.base, ref, target),
      headers: { location: `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}/git/${ref}` },
    }
  },

  'git/update-ref': (ctx) => {
    const name = full(ctx.params.ref)
    const current = refOrThrow(ctx, ctx.params.ref)
    const { sha, force } = ctx.body
    if (!ctx.repo.commits.has(sha) && !ctx.repo.tagObjects.has(sha))
      throw new ApiError(422, 'Object does not exist', { docs: ctx.op.docs })
    if (!force && name.startsWith('refs/heads/') && !ctx.repo.ancestors(sha).includes(ctx.repo.peel(current.sha))) {
      throw new ApiError(422, 'Update is not a fast forward', { docs: ctx.op.docs })
    }
    const target = { sha, type: /** @type {'commit' | 'tag'} */ (ctx.repo.tagObjects.has(sha) ? 'tag' : 'commit') }
    ctx.repo.refs.set(name, target)
    return { status: 200, body: gitRef(ctx.repo, ctx.base, name, target) }
  },

  'git/delete-ref': (ctx) => {
    const name = full(ctx.params.ref)
    if (!ctx.repo.refs.has(name)) throw new ApiError(422, 'Reference does not exist', { docs: ctx.op.docs })
    ctx.repo.refs.delete(name)
    return { status: 204 }
  },

  'git/create-tag': (ctx) => {
    const { tag, message, object, type, tagger } = ctx.body
    const exists = type === 'commit' ? ctx.repo.commits.has(object) : ctx.repo.tagObjects.has(object)
    if (!exists) throw invalid('Tag', 'object', 'invalid', undefined, ctx.op.docs)
    const who = {
      name: tagger?.name ?? 'Octo Cat',
      email: tagger?.email ?? 'octocat@example.com',
      date: tagger?.date ?? now(),
    }
    const sha = fakeSha('tag', tag, object, message, who.date)
    const obj = { sha, tag, message, tagger: who, object: { sha: object, type } }
    ctx.repo.tagObjects.set(sha, obj)
    return { status: 201, body: gitTag(ctx.repo, ctx.base, obj) }
  },

  'git/get-tag': (ctx) => {
    const t = ctx.repo.tagObjects.get(ctx.params.tag_sha)
    if (!t) throw notFound(ctx.op.docs)
    return { status: 200, body: gitTag(ctx.repo, ctx.base, t) }
  },

  'repos/get-commit': (ctx) => {
    const sha = ctx.repo.resolve(ctx.params.ref)
    if (!sha) throw new ApiError(422, `No commit found for SHA: ${ctx.params.ref}`, { docs: ctx.op.docs })
    const c = /** @type {import('../store.mjs').Commit} */ (ctx.repo.commits.get(sha))
    return { status: 200, body: commit(ctx.repo, ctx.base, { ...c, files: c.files ?? [] }) }
  },

  'repos/list-commits': (ctx) => {
    const start = ctx.repo.resolve(ctx.params.sha ?? ctx.repo.defaultBranch)
    if (!start) throw notFound(ctx.op.docs)
    let shas = ctx.repo.ancestors(start)
    const { since, until, path, author } = ctx.params
    const c = (/** @type {string} */ s) => /** @type {import('../store.mjs').Commit} */ (ctx.repo.commits.get(s))
    if (since) shas = shas.filter((s) => Date.parse(c(s).committer.date) >= Date.parse(since))
    if (until) shas = shas.filter((s) => Date.parse(c(s).committer.date) <= Date.parse(until))
    if (author) shas = shas.filter((s) => c(s).author.login === author || c(s).author.email === author)
    if (path)
      shas = shas.filter((s) =>
        (c(s).files ?? []).some((f) => f.filename === path || f.filename.startsWith(`${path}/`)),
      )
    return { status: 200, list: shas.map((s) => commit(ctx.repo, ctx.base, c(s))) }
  },

  'repos/compare-commits-with-basehead': (ctx) => {
    const m = /^(.+?)\.\.\.?(.+)$/.exec(ctx.params.basehead)
    if (!m) throw notFound(ctx.op.docs)
    const [baseSha, headSha] = [ctx.repo.resolve(m[1] ?? ''), ctx.repo.resolve(m[2] ?? '')]
    if (!baseSha || !headSha) throw notFound(ctx.op.docs)
    const cmp = ctx.repo.compare(baseSha, headSha)
    const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
    const html = `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/compare/${ctx.params.basehead}`
    const c = (/** @type {string} */ s) =>
      commit(ctx.repo, ctx.base, /** @type {import('../store.mjs').Commit} */ (ctx.repo.commits.get(s)))
    const perPage = Math.min(Number(ctx.params.per_page ?? 250), 250)
    const page = Number(ctx.params.page ?? 1)
    return {
      status: 200,
      body: {
        url: `${api}/compare/${ctx.params.basehead}`,
        html_url: html,
        permalink_url: `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/compare/${baseSha}...${headSha}`,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        base_commit: c(baseSha),
        merge_base_commit: c(cmp.mergeBase),
        status: cmp.status,
        ahead_by: cmp.ahead.length,
        behind_by: cmp.behind.length,
        total_commits: cmp.ahead.length,
        commits: cmp.ahead.slice((page - 1) * perPage, page * perPage).map(c),
        files: changedFiles(ctx, cmp.ahead),
      },
    }
  },

  'repos/list-tags': (ctx) => {
    const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
    const tags = [...ctx.repo.refs.entries()]
      .filter(([n]) => n.startsWith('refs/tags/'))
      .map(([n, t]) => {
        const name = n.slice('refs/tags/'.length)
        const sha = ctx.repo.peel(t.sha)
        return {
          name,
          node_id: Buffer.from(`0:Tag${name}`).toString('base64'),
          commit: { sha, url: `${api}/commits/${sha}` },
          zipball_url: `${api}/zipball/refs/tags/${name}`,
          tarball_url: `${api}/tarball/refs/tags/${name}`,
        }
      })
    tags.sort((a, b) => (a.name < b.name ? 1 : -1))
    return { status: 200, list: tags }
  },
}

export { SHA }
