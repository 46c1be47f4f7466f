// @ts-check
/** Seeding a repo namespace with history and objects, the way tests describe them (see SeedData in index.ts). */
import { createHash, randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LOGIN, fakeSha, newId, now } from './store.mjs'

/** @typedef {import('./store.mjs').Repo} Repo */

/** @param {Repo} repo @param {any} data @param {string} dataDir */
export function seedRepo(repo, data, dataDir) {
  if (data.description !== undefined) repo.description = data.description
  if (data.defaultBranch) repo.defaultBranch = data.defaultBranch
  if (data.tokens) Object.assign(repo.tokens, data.tokens)
  for (const c of data.commits ?? []) seedCommit(repo, c)
  for (const [name, target] of Object.entries(data.branches ?? {})) {
    const sha = repo.resolve(String(target))
    if (!sha) throw new Error(`seed: branch ${name}: unknown commit ${target}`)
    repo.refs.set(`refs/heads/${name}`, { sha, type: 'commit' })
  }
  for (const t of data.tags ?? []) seedTag(repo, t)
  for (const m of data.milestones ?? []) seedMilestone(repo, m)
  for (const p of data.pulls ?? []) seedPull(repo, p)
  for (const r of data.releases ?? []) seedRelease(repo, r, dataDir)
  for (const e of data.environments ?? []) {
    const env = typeof e === 'string' ? { name: e } : e
    const t = now()
    repo.environments.set(env.name, {
      id: newId(),
      name: env.name,
      createdAt: t,
      updatedAt: t,
      waitTimer: env.wait_timer ?? 0,
      reviewers: [],
      branchPolicy: null,
    })
  }
  for (const [path, content] of Object.entries(data.files ?? {})) {
    const buf = Buffer.from(String(content))
    repo.files.set(path, {
      content: buf,
      sha: createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex'),
    })
  }
  for (const i of data.issues ?? []) {
    repo.issues.push({
      id: newId(),
      number: i.number ?? repo.issues.length + repo.pulls.length + 1,
      title: i.title,
      body: i.body ?? null,
      state: i.state ?? 'open',
      labels: i.labels ?? [],
      user: i.user,
      createdAt: i.created_at ?? now(),
      updatedAt: i.updated_at ?? i.closed_at ?? i.created_at ?? now(),
      closedAt: i.state === 'closed' ? (i.closed_at ?? i.created_at ?? now()) : null,
      milestone: milestoneNumber(repo, i.milestone),
    })
  }
  for (const c of data.checkRuns ?? []) seedCheckRun(repo, c)
  for (const st of data.statuses ?? []) seedStatus(repo, st)
  for (const [branch, rule] of Object.entries(data.protection ?? {})) {
    const r = /** @type {any} */ (rule)
    repo.protection.set(branch, {
      strict: Boolean(r.strict),
      contexts: [
        ...(r.contexts ?? []),
        ...(r.checks ?? []).map((/** @type {any} */ c) => (typeof c === 'string' ? c : c.context)),
      ],
      checks: [
        ...(r.contexts ?? []).map((/** @type {string} */ c) => ({ context: c, app_id: null })),
        ...(r.checks ?? []).map((/** @type {any} */ c) =>
          typeof c === 'string' ? { context: c, app_id: 15368 } : { context: c.context, app_id: c.app_id ?? null },
        ),
      ],
    })
  }
}

/** @param {Repo} repo @param {any} c */
function seedCommit(repo, c) {
  if (c.sha && repo.commits.has(c.sha)) return
  const branch = c.branch ?? repo.defaultBranch
  const head = repo.refs.get(`refs/heads/${branch}`)
  const parents = c.parents ?? (head ? [head.sha] : [])
  const sha = repo.addCommit({
    sha: c.sha,
    message: c.message,
    parents,
    date: c.date,
    author: c.author,
    committer: c.committer,
    files: c.files,
  })
  if (!c.parents || c.branch) repo.refs.set(`refs/heads/${branch}`, { sha, type: 'commit' })
}

/** @param {Repo} repo @param {any} t */
function seedTag(repo, t) {
  const sha = repo.resolve(t.sha ?? t.ref ?? repo.defaultBranch)
  if (!sha) throw new Error(`seed: tag ${t.name}: unknown commit ${t.sha ?? t.ref}`)
  if (!t.annotated) {
    repo.refs.set(`refs/tags/${t.name}`, { sha, type: 'commit' })
    return
  }
  const tagger = { name: 'Octo Cat', email: 'octocat@example.com', date: t.date ?? now() }
  const tagSha = fakeSha('tag', t.name, sha, t.message ?? '')
  repo.tagObjects.set(tagSha, {
    sha: tagSha,
    tag: t.name,
    message: t.message ?? t.name,
    tagger,
    object: { sha, type: 'commit' },
  })
  repo.refs.set(`refs/tags/${t.name}`, { sha: tagSha, type: 'tag' })
}

/** @param {Repo} repo @param {any} p */
function seedPull(repo, p) {
  const merged = p.merged ?? Boolean(p.merged_at ?? p.merge_commit_sha)
  const created = p.created_at ?? now()
  const mergedAt = merged ? (p.merged_at ?? p.closed_at ?? created) : null
  const state = p.state ?? (merged ? 'closed' : 'open')
  const head =
    typeof p.head === 'string' ? { ref: p.head, sha: repo.resolve(p.head) ?? fakeSha('head', p.head) } : p.head
  const number = p.number ?? repo.pulls.length + repo.issues.length + 1
  const headSide = head ?? {
    ref: `feature-${number}`,
    sha: p.commits?.at(-1) ?? p.merge_commit_sha ?? fakeSha('head', String(number)),
  }
  const baseRef = p.base ?? repo.defaultBranch
  repo.pulls.push({
    number,
    id: newId(),
    title: p.title,
    body: p.body ?? null,
    state,
    labels: p.labels ?? [],
    user: p.user ?? 'octocat',
    mergedBy: p.merged_by,
    createdAt: created,
    updatedAt: p.updated_at ?? mergedAt ?? created,
    closedAt: state === 'closed' ? (p.closed_at ?? mergedAt ?? created) : null,
    mergedAt,
    mergeCommitSha: p.merge_commit_sha ?? null,
    head: headSide,
    base: { ref: baseRef, sha: repo.resolve(baseRef) ?? headSide.sha },
    commits: p.commits ?? (p.merge_commit_sha ? [p.merge_commit_sha] : []),
    milestone: milestoneNumber(repo, p.milestone),
  })
}

/** A milestone by title (or number) → its number; a title not seeded yet is created. @param {Repo} repo @param {unknown} m */
function milestoneNumber(repo, m) {
  if (m === undefined || m === null) return null
  const found = repo.milestones.find((x) => x.title === m || x.number === m)
  return found ? found.number : seedMilestone(repo, { title: String(m) })
}

/** @param {Repo} repo @param {any} m @returns {number} */
export function seedMilestone(repo, m) {
  const existing = repo.milestones.find((x) => x.title === m.title)
  if (existing) return existing.number
  const t = m.created_at ?? now()
  const state = m.state ?? 'open'
  const number = m.number ?? repo.milestones.length + 1
  repo.milestones.push({
    number,
    id: newId(),
    title: m.title,
    description: m.description ?? null,
    state,
    creator: m.creator ?? 'octocat',
    createdAt: t,
    updatedAt: t,
    closedAt: state === 'closed' ? t : null,
    dueOn: m.due_on ?? null,
  })
  return number
}

/** @param {Repo} repo @param {any} c */
export function seedCheckRun(repo, c) {
  const sha = repo.resolve(c.head_sha ?? c.ref ?? repo.defaultBranch)
  if (!sha) throw new Error(`seed: check run ${c.name}: unknown commit ${c.head_sha ?? c.ref}`)
  const t = c.started_at ?? now()
  const conclusion = c.conclusion ?? null
  const status = c.status ?? (conclusion ? 'completed' : 'queued')
  /** @type {import('./store.mjs').CheckRun} */
  const run = {
    id: newId(),
    name: c.name,
    headSha: sha,
    status,
    conclusion: status === 'completed' ? (conclusion ?? 'success') : null,
    startedAt: t,
    completedAt: status === 'completed' ? (c.completed_at ?? t) : null,
    detailsUrl: c.details_url ?? null,
    externalId: c.external_id ?? '',
    title: c.output?.title ?? null,
    summary: c.output?.summary ?? null,
  }
  repo.checkRuns.push(run)
  return run
}

/** @param {Repo} repo @param {any} st */
export function seedStatus(repo, st) {
  const sha = repo.resolve(st.sha ?? st.ref ?? repo.defaultBranch)
  if (!sha) throw new Error(`seed: status ${st.context}: unknown commit ${st.sha ?? st.ref}`)
  const t = st.created_at ?? now()
  /** @type {import('./store.mjs').CommitStatus} */
  const status = {
    id: newId(),
    sha,
    state: st.state,
    context: st.context ?? 'default',
    description: st.description ?? null,
    targetUrl: st.target_url ?? null,
    creator: st.creator ?? LOGIN,
    createdAt: t,
    updatedAt: t,
  }
  repo.statuses.push(status)
  return status
}

/** @param {Repo} repo @param {any} r @param {string} dataDir */
function seedRelease(repo, r, dataDir) {
  const t = r.created_at ?? now()
  const draft = Boolean(r.draft)
  /** @type {import('./store.mjs').Release} */
  const rel = {
    id: newId(),
    untaggedId: randomBytes(10).toString('hex'),
    tagName: r.tag_name,
    targetCommitish: r.target_commitish ?? repo.defaultBranch,
    name: r.name ?? r.tag_name,
    body: r.body ?? null,
    draft,
    prerelease: Boolean(r.prerelease),
    author: r.author ?? LOGIN,
    createdAt: t,
    updatedAt: t,
    publishedAt: draft ? null : (r.published_at ?? t),
    assets: new Map(),
  }
  if (!draft && !repo.refs.has(`refs/tags/${rel.tagName}`)) {
    const sha = repo.resolve(rel.targetCommitish)
    if (sha) repo.refs.set(`refs/tags/${rel.tagName}`, { sha, type: 'commit' })
  }
  for (const a of r.assets ?? []) {
    const id = newId()
    const content = Buffer.from(a.content ?? '', a.encoding ?? 'utf8')
    const file = join(dataDir, `asset-${id}`)
    writeFileSync(file, content)
    rel.assets.set(id, {
      id,
      name: a.name,
      label: a.label ?? '',
      contentType: a.content_type ?? 'application/octet-stream',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      file,
      uploader: LOGIN,
      downloads: 0,
      createdAt: t,
      updatedAt: t,
    })
  }
  repo.releases.set(rel.id, rel)
  if (r.make_latest === 'true' || r.make_latest === true) repo.latestId = rel.id
  if (r.make_latest === 'false' || r.make_latest === false) repo.notLatest.add(rel.id)
}
