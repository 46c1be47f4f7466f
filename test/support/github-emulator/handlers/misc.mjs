// @ts-check
/** Repository, rate limit and repository contents (files on the default branch, each write a commit). */
import { createHash } from 'node:crypto'
import { ApiError, notFound } from '../http.mjs'
import { commit, repository } from '../shapes.mjs'

/** @typedef {import('../app.mjs').Ctx} Ctx */

const blobSha = (/** @type {Buffer} */ content) =>
  createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')

/** @param {Ctx} ctx @param {string} path @param {{content: Buffer, sha: string}} f */
function contentFile(ctx, path, f, withContent = true) {
  const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
  const html = `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/blob/${ctx.repo.defaultBranch}/${path}`
  const self = `${api}/contents/${path}`
  const out = {
    type: 'file',
    encoding: 'base64',
    size: f.content.length,
    name: path.split('/').at(-1),
    path,
    sha: f.sha,
    url: self,
    git_url: `${api}/git/blobs/${f.sha}`,
    html_url: html,
    download_url: `${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/raw/${ctx.repo.defaultBranch}/${path}`,
    _links: { self, git: `${api}/git/blobs/${f.sha}`, html },
  }
  return withContent ? { ...out, content: f.content.toString('base64') } : out
}

/** @type {Record<string, (ctx: Ctx) => any>} */
export const miscHandlers = {
  'repos/get': (ctx) => ({ status: 200, body: repository(ctx.repo, ctx.base, true) }),

  'rate-limit/get': (ctx) => {
    const r = ctx.rate
    const one = { limit: r.limit, used: r.used, remaining: r.remaining, reset: r.reset }
    const other = { limit: 5000, used: 0, remaining: 5000, reset: r.reset }
    return {
      status: 200,
      body: { resources: { core: one, search: { ...other, limit: 30, remaining: 30 }, graphql: other }, rate: one },
    }
  },

  'repos/get-content': (ctx) => {
    const path = String(ctx.params.path).replace(/^\/+|\/+$/g, '')
    const f = ctx.repo.files.get(path)
    // `Accept: application/vnd.github.raw` (or the older `.v3.raw`) asks for the bytes themselves.
    if (f && /application\/vnd\.github(\.v3)?\.raw/.test(String(ctx.req.headers.accept ?? ''))) {
      return { status: 200, raw: f.content, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } }
    }
    if (f) return { status: 200, body: contentFile(ctx, path, f) }
    const children = [...ctx.repo.files.entries()].filter(([p]) => path === '' || p.startsWith(`${path}/`))
    if (!children.length) throw notFound(ctx.op.docs)
    const names = new Map()
    for (const [p, file] of children) {
      const rest = p.slice(path ? path.length + 1 : 0)
      const [first] = rest.split('/')
      const child = path ? `${path}/${first}` : String(first)
      if (!names.has(child)) names.set(child, rest.includes('/') ? null : file)
    }
    const api = `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}`
    const list = [...names.entries()].map(([p, file]) =>
      file
        ? contentFile(ctx, p, file, false)
        : {
            type: 'dir',
            size: 0,
            name: p.split('/').at(-1),
            path: p,
            sha: blobSha(Buffer.from(p)),
            url: `${api}/contents/${p}`,
            git_url: null,
            html_url: null,
            download_url: null,
            _links: { self: `${api}/contents/${p}`, git: null, html: null },
          },
    )
    return { status: 200, body: list }
  },

  'repos/create-or-update-file-contents': (ctx) => {
    const path = String(ctx.params.path).replace(/^\/+|\/+$/g, '')
    const b = ctx.body
    const existing = ctx.repo.files.get(path)
    if (existing && !b.sha)
      throw new ApiError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.', { docs: ctx.op.docs })
    if (existing && b.sha !== existing.sha)
      throw new ApiError(409, `${path} does not match ${b.sha}`, { docs: ctx.op.docs })
    const content = Buffer.from(b.content, 'base64')
    const branch = b.branch ?? ctx.repo.defaultBranch
    const head = ctx.repo.resolve(branch)
    if (!head) throw new ApiError(404, `Branch ${branch} not found`, { docs: ctx.op.docs })
    const file = { content, sha: blobSha(content) }
    ctx.repo.files.set(path, file)
    const who = b.committer ?? b.author ?? { name: ctx.login, email: `${ctx.login}@users.noreply.github.com` }
    const sha = ctx.repo.addCommit({
      message: b.message,
      parents: [head],
      author: who,
      files: [{ filename: path, status: existing ? 'modified' : 'added' }],
    })
    ctx.repo.refs.set(`refs/heads/${branch}`, { sha, type: 'commit' })
    const c = /** @type {import('../store.mjs').Commit} */ (ctx.repo.commits.get(sha))
    const shaped = commit(ctx.repo, ctx.base, c)
    const gitCommit = {
      sha,
      node_id: shaped.node_id,
      url: shaped.commit.url,
      html_url: shaped.html_url,
      author: shaped.commit.author,
      committer: shaped.commit.committer,
      message: c.message,
      tree: shaped.commit.tree,
      parents: shaped.parents,
      verification: shaped.commit.verification,
    }
    return { status: existing ? 200 : 201, body: { content: contentFile(ctx, path, file, false), commit: gitCommit } }
  },
}
