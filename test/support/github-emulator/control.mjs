// @ts-check
/**
 * Test-control endpoints (not GitHub's): `/_emulator/{repos,seed,faults,break,reset,state,calls,violations,health}`.
 * JSON in, JSON out; no token needed.
 */
import { readBody } from './http.mjs'
import { seedRepo } from './seed.mjs'
import { tagPath } from './handlers/releases.mjs'

const KINDS = new Set(['status', 'secondary-rate-limit', 'rate-limit', 'retry-after', 'drop', 'delay'])

/**
 * @param {import('./app.mjs').App} app
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
export async function control(app, req, res, url) {
  const reply = (/** @type {number} */ status, /** @type {unknown} */ body) => app.send(res, status, body, {})
  try {
    const raw = await readBody(req)
    const input = raw.length ? JSON.parse(raw.toString('utf8')) : {}
    const action = `${req.method} ${url.pathname.slice('/_emulator'.length)}`
    const named = (/** @type {string | null} */ full) => {
      const [owner, name] = String(full ?? '').split('/')
      const repo = owner && name ? app.store.get(owner, name) : undefined
      if (!repo) throw new Error(`no repo '${full}' (create it with POST /_emulator/repos)`)
      return repo
    }
    switch (action) {
      case 'GET /health':
        return reply(200, { ok: true, operations: Object.keys(app.spec.ops).length, spec: app.spec.version })
      case 'POST /repos': {
        const repo = app.store.fresh(input.owner, input.name)
        return reply(201, { owner: repo.owner, repo: repo.name })
      }
      case 'POST /seed': {
        const repo = app.store.get(input.owner, input.repo) ?? app.store.fresh(input.owner, input.repo)
        seedRepo(repo, input.data ?? {}, app.dataDir)
        return reply(200, { owner: repo.owner, repo: repo.name })
      }
      case 'POST /faults': {
        if (!input.operation || !KINDS.has(input.kind))
          throw new Error(`fault needs operation and kind (one of ${[...KINDS].join(', ')})`)
        app.faults.push({ times: 1, ...input })
        return reply(201, { faults: app.faults.length })
      }
      case 'DELETE /faults':
        app.faults.length = 0
        return reply(204, null)
      case 'POST /break':
        if (!input.operation) throw new Error('break needs operation')
        app.breaks.push({ times: 1, ...input })
        return reply(201, { breaks: app.breaks.length })
      case 'POST /reset':
        app.store.repos.clear()
        app.faults.length = 0
        app.breaks.length = 0
        app.violations.length = 0
        return reply(204, null)
      case 'GET /state':
        return reply(200, snapshot(named(url.searchParams.get('repo')), app))
      case 'GET /calls':
        return reply(200, named(url.searchParams.get('repo')).calls)
      case 'GET /violations':
        return reply(200, app.violations)
      default:
        return reply(404, { message: `unknown control endpoint ${action}` })
    }
  } catch (e) {
    return reply(400, { message: e instanceof Error ? e.message : String(e) })
  }
}

/** A plain-JSON view of one repo, for assertions. @param {import('./store.mjs').Repo} r @param {import('./app.mjs').App} app */
function snapshot(r, app) {
  return {
    owner: r.owner,
    repo: r.name,
    defaultBranch: r.defaultBranch,
    refs: Object.fromEntries([...r.refs.entries()].map(([k, v]) => [k, r.peel(v.sha)])),
    tagObjects: [...r.tagObjects.values()].map((t) => ({
      sha: t.sha,
      tag: t.tag,
      message: t.message,
      object: t.object.sha,
    })),
    commits: r.commits.size,
    releases: [...r.releases.values()].map((rel) => ({
      id: rel.id,
      tag_name: rel.tagName,
      name: rel.name,
      body: rel.body,
      draft: rel.draft,
      prerelease: rel.prerelease,
      target_commitish: rel.targetCommitish,
      published_at: rel.publishedAt,
      latest: r.latestRelease()?.id === rel.id,
      html_path: tagPath(rel),
      assets: [...rel.assets.values()].map((a) => ({
        id: a.id,
        name: a.name,
        label: a.label,
        size: a.size,
        content_type: a.contentType,
        digest: `sha256:${a.sha256}`,
        file: a.file,
      })),
    })),
    deployments: [...r.deployments.values()].map((d) => ({
      id: d.id,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      environment: d.environment,
      payload: d.payload,
      description: d.description,
      statuses: d.statuses.map((s) => ({
        id: s.id,
        state: s.state,
        environment_url: s.environmentUrl,
        log_url: s.logUrl,
        description: s.description,
      })),
    })),
    environments: [...r.environments.values()].map((e) => ({ name: e.name, wait_timer: e.waitTimer })),
    files: Object.fromEntries([...r.files.entries()].map(([p, f]) => [p, f.content.toString('utf8')])),
    labels: [...r.labels.values()],
    checkRuns: r.checkRuns.map((c) => ({
      id: c.id,
      name: c.name,
      head_sha: c.headSha,
      status: c.status,
      conclusion: c.conclusion,
    })),
    statuses: r.statuses.map((s) => ({ id: s.id, sha: s.sha, context: s.context, state: s.state })),
    milestones: r.milestones.map((m) => ({ number: m.number, title: m.title, state: m.state })),
    violations: app.violations,
  }
}
