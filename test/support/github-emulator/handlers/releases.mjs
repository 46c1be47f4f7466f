// @ts-check
/** Releases and release assets (uploads stream to disk through the same server that serves the API). */
import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'
import { ApiError, drain, invalid, notFound } from '../http.mjs'
import { asset, release } from '../shapes.mjs'
import { newId, now } from '../store.mjs'

/** @typedef {import('../app.mjs').Ctx} Ctx */
/** @typedef {import('../store.mjs').Release} Release */

/** @param {Ctx} ctx */
function releaseOrThrow(ctx, id = Number(ctx.params.release_id)) {
  const rel = ctx.repo.releases.get(id)
  if (!rel) throw notFound(ctx.op.docs)
  return rel
}

/** @param {Ctx} ctx */
function assetOrThrow(ctx) {
  const id = Number(ctx.params.asset_id)
  for (const rel of ctx.repo.releases.values()) {
    const a = rel.assets.get(id)
    if (a) return { rel, a }
  }
  throw notFound(ctx.op.docs)
}

/** Create the tag ref when a release is published for a tag that does not exist yet (GitHub does this). @param {Ctx} ctx @param {Release} rel */
function ensureTag(ctx, rel) {
  if (ctx.repo.refs.has(`refs/tags/${rel.tagName}`)) return
  const sha = ctx.repo.resolve(rel.targetCommitish || ctx.repo.defaultBranch)
  if (!sha) throw invalid('Release', 'target_commitish', 'invalid', undefined, ctx.op.docs)
  ctx.repo.refs.set(`refs/tags/${rel.tagName}`, { sha, type: 'commit' })
}

/** @param {Ctx} ctx @param {Release} rel @param {string | undefined} makeLatest */
function applyLatest(ctx, rel, makeLatest) {
  if (rel.draft || rel.prerelease || makeLatest === undefined) return
  const repo = ctx.repo
  if (makeLatest === 'true') {
    repo.latestId = rel.id
    repo.notLatest.delete(rel.id)
  } else if (makeLatest === 'false') {
    repo.notLatest.add(rel.id)
    if (repo.latestId === rel.id) repo.latestId = null
  } else {
    repo.latestId = null // 'legacy': by creation date
    repo.notLatest.delete(rel.id)
  }
}

/** @param {Ctx} ctx @param {string} tag @param {number} [except] */
function assertTagFree(ctx, tag, except) {
  for (const r of ctx.repo.releases.values()) {
    if (r.id !== except && !r.draft && r.tagName === tag)
      throw invalid('Release', 'tag_name', 'already_exists', undefined, ctx.op.docs)
  }
}

const body = (/** @type {Ctx} */ ctx, /** @type {Release} */ rel, status = 200) => ({
  status,
  body: release(ctx.repo, ctx.base, rel),
})

/** @type {Record<string, (ctx: Ctx) => any>} */
export const releaseHandlers = {
  'repos/create-release': (ctx) => {
    const b = ctx.body
    const draft = Boolean(b.draft)
    const target = b.target_commitish || ctx.repo.defaultBranch
    if (!ctx.repo.resolve(target) && !ctx.repo.refs.has(`refs/tags/${b.tag_name}`))
      throw invalid('Release', 'target_commitish', 'invalid', undefined, ctx.op.docs)
    if (!draft) assertTagFree(ctx, b.tag_name)
    const t = now()
    /** @type {Release} */
    const rel = {
      id: newId(),
      untaggedId: randomBytes(10).toString('hex'),
      tagName: b.tag_name,
      targetCommitish: target,
      name: b.name ?? null,
      body: b.body ?? null,
      draft,
      prerelease: Boolean(b.prerelease),
      author: ctx.login,
      createdAt: t,
      updatedAt: t,
      publishedAt: draft ? null : t,
      assets: new Map(),
    }
    if (b.generate_release_notes && !rel.body)
      rel.body = `**Full Changelog**: ${ctx.base}/${ctx.repo.owner}/${ctx.repo.name}/commits/${b.tag_name}`
    if (!draft) ensureTag(ctx, rel)
    ctx.repo.releases.set(rel.id, rel)
    applyLatest(ctx, rel, b.make_latest ?? 'true') // GitHub: "defaults to true for newly published releases"
    return {
      ...body(ctx, rel, 201),
      headers: { location: `${ctx.base}/repos/${ctx.repo.owner}/${ctx.repo.name}/releases/${rel.id}` },
    }
  },

  'repos/update-release': (ctx) => {
    const rel = releaseOrThrow(ctx)
    const b = ctx.body
    const next = { ...rel, assets: rel.assets }
    if (b.tag_name !== undefined) next.tagName = b.tag_name
    if (b.target_commitish !== undefined) next.targetCommitish = b.target_commitish
    for (const k of /** @type {const} */ (['name', 'body'])) if (b[k] !== undefined) next[k] = b[k]
    if (b.prerelease !== undefined) next.prerelease = b.prerelease
    if (b.draft !== undefined) next.draft = b.draft
    if (!next.draft) assertTagFree(ctx, next.tagName, rel.id)
    if (rel.draft && !next.draft) {
      next.publishedAt = now()
      ensureTag(ctx, next)
    }
    next.updatedAt = now()
    const publishing = rel.draft && !next.draft
    Object.assign(rel, next)
    applyLatest(ctx, rel, b.make_latest ?? (publishing ? 'true' : undefined))
    return body(ctx, rel)
  },

  'repos/get-release': (ctx) => body(ctx, releaseOrThrow(ctx)),

  'repos/get-release-by-tag': (ctx) => {
    const rel = [...ctx.repo.releases.values()].find((r) => !r.draft && r.tagName === ctx.params.tag)
    if (!rel) throw notFound(ctx.op.docs)
    return body(ctx, rel)
  },

  'repos/get-latest-release': (ctx) => {
    const rel = ctx.repo.latestRelease()
    if (!rel) throw notFound(ctx.op.docs)
    return body(ctx, rel)
  },

  'repos/list-releases': (ctx) => {
    const all = [...ctx.repo.releases.values()].sort(
      (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id,
    )
    return { status: 200, list: all.map((r) => release(ctx.repo, ctx.base, r)) }
  },

  'repos/delete-release': async (ctx) => {
    const rel = releaseOrThrow(ctx)
    ctx.repo.releases.delete(rel.id)
    if (ctx.repo.latestId === rel.id) ctx.repo.latestId = null
    await Promise.all([...rel.assets.values()].map((a) => rm(a.file, { force: true })))
    return { status: 204 }
  },

  'repos/upload-release-asset': async (ctx) => {
    const rel = releaseOrThrow(ctx)
    const name = String(ctx.params.name)
    if ([...rel.assets.values()].some((a) => a.name === name)) {
      await drain(ctx.req)
      throw invalid('ReleaseAsset', 'name', 'already_exists', undefined, ctx.op.docs)
    }
    const id = newId()
    const file = join(ctx.dataDir, `asset-${id}`)
    const hash = createHash('sha256')
    let size = 0
    const tap = new Transform({
      transform(chunk, _enc, done) {
        hash.update(chunk)
        size += chunk.length
        done(null, chunk)
      },
    })
    await pipeline(ctx.req, tap, createWriteStream(file))
    const declared = Number(ctx.req.headers['content-length'])
    if (Number.isFinite(declared) && declared !== size)
      throw new ApiError(400, `Content-Length ${declared} does not match the ${size} bytes received`)
    const t = now()
    /** @type {import('../store.mjs').Asset} */
    const a = {
      id,
      name,
      label: ctx.params.label ?? '',
      contentType: String(ctx.req.headers['content-type'] ?? 'application/octet-stream'),
      size,
      sha256: hash.digest('hex'),
      file,
      uploader: ctx.login,
      downloads: 0,
      createdAt: t,
      updatedAt: t,
    }
    rel.assets.set(id, a)
    return { status: 201, body: asset(ctx.repo, ctx.base, { ...a, tagPath: tagPath(rel) }) }
  },

  'repos/list-release-assets': (ctx) => {
    const rel = releaseOrThrow(ctx)
    return {
      status: 200,
      list: [...rel.assets.values()].map((a) => asset(ctx.repo, ctx.base, { ...a, tagPath: tagPath(rel) })),
    }
  },

  'repos/get-release-asset': (ctx) => {
    const { rel, a } = assetOrThrow(ctx)
    const shaped = asset(ctx.repo, ctx.base, { ...a, tagPath: tagPath(rel) })
    if (String(ctx.req.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: shaped.browser_download_url }, body: null }
    }
    return { status: 200, body: shaped }
  },

  'repos/update-release-asset': (ctx) => {
    const { rel, a } = assetOrThrow(ctx)
    if (
      ctx.body.name !== undefined &&
      ctx.body.name !== a.name &&
      [...rel.assets.values()].some((x) => x.name === ctx.body.name)
    ) {
      throw invalid('ReleaseAsset', 'name', 'already_exists', undefined, ctx.op.docs)
    }
    if (ctx.body.name !== undefined) a.name = ctx.body.name
    if (ctx.body.label !== undefined) a.label = ctx.body.label
    a.updatedAt = now()
    return { status: 200, body: asset(ctx.repo, ctx.base, { ...a, tagPath: tagPath(rel) }) }
  },

  'repos/delete-release-asset': async (ctx) => {
    const { rel, a } = assetOrThrow(ctx)
    rel.assets.delete(a.id)
    await rm(a.file, { force: true })
    return { status: 204 }
  },
}

/** The tag segment of a release's web URLs (`untagged-…` while a draft). @param {Release} rel */
export const tagPath = (rel) => (rel.draft ? `untagged-${rel.untaggedId}` : rel.tagName)
