// @ts-check
/**
 * The request pipeline: route (own method+template table) → auth → validate parameters → fault injection →
 * validate the JSON body → handler → paginate → validate OUR response against the spec → send with GitHub's headers.
 * A response that drifts from the spec becomes a 500 naming the drift, and is recorded as a violation.
 */
import { randomBytes } from 'node:crypto'
import { ApiError, drain, notFound, paginate, readBody, DOCS } from './http.mjs'
import { control } from './control.mjs'
import { LOGIN, Store } from './store.mjs'
import { Validator } from './validate.mjs'
import { gitHandlers } from './handlers/git.mjs'
import { releaseHandlers } from './handlers/releases.mjs'
import { pullHandlers } from './handlers/pulls.mjs'
import { deploymentHandlers } from './handlers/deployments.mjs'
import { miscHandlers } from './handlers/misc.mjs'
import { checkHandlers } from './handlers/checks.mjs'
import { pullWriteHandlers } from './handlers/pulls-write.mjs'
import { serveDownload } from './download.mjs'

/** @typedef {import('./spec.mjs').Operation} Operation */
/**
 * @typedef {{ op: Operation, params: Record<string, any>, body: any, req: import('node:http').IncomingMessage,
 *   repo: import('./store.mjs').Repo, base: string, login: string, dataDir: string, rate: Rate }} Ctx
 * @typedef {{ limit: number, used: number, remaining: number, reset: number }} Rate
 * @typedef {{ operation: string, times: number, kind: 'status' | 'secondary-rate-limit' | 'rate-limit' | 'retry-after' | 'drop' | 'delay',
 *   status?: number, delayMs?: number, retryAfter?: number, repo?: string, after?: number }} Fault
 * @typedef {{ operation: string, times: number, remove?: string[], set?: Record<string, unknown> }} Break
 */

/** Every operation the emulator implements, by GitHub operationId. */
export const HANDLERS = {
  ...gitHandlers,
  ...releaseHandlers,
  ...pullHandlers,
  ...deploymentHandlers,
  ...miscHandlers,
  ...checkHandlers,
  ...pullWriteHandlers,
}
export const OPERATIONS = Object.keys(HANDLERS).sort()

export { LOGIN }

/**
 * Compile a path template to a RegExp once; `{ref}`/`{path}`/`{tag}` as the last segment may contain slashes.
 * @returns {{ method: string, names: string[], op: Operation, re: RegExp, literal: number, defaults?: Record<string, string> }}
 */
function compileRoute(/** @type {string} */ method, /** @type {string} */ template, /** @type {Operation} */ op) {
  /** @type {string[]} */
  const names = []
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name, offset) => {
    names.push(name)
    const last = offset + name.length + 2 === template.length
    return last && (name === 'ref' || name === 'path' || name === 'tag') ? '(.*)' : '([^/]+)'
  })
  return { method, names, op, re: new RegExp(`^${source}/?$`), literal: template.replace(/\{[^}]+\}/g, '').length }
}

export class App {
  /** @param {import('./spec.mjs').CutSpec} spec @param {string} dataDir */
  constructor(spec, dataDir) {
    this.spec = spec
    this.validator = new Validator(spec)
    this.store = new Store()
    this.dataDir = dataDir
    this.base = 'http://127.0.0.1'
    /** @type {Fault[]} */
    this.faults = []
    /** @type {Break[]} */
    this.breaks = []
    /** @type {{operation: string, method: string, path: string, status: number, problems: string[]}[]} */
    this.violations = []
    /** @type {Map<string, Rate>} */
    this.rates = new Map()
    const routes = Object.values(spec.ops).map((op) => compileRoute(op.method, op.path, op))
    const list = spec.ops['git/list-matching-refs']
    // GitHub still serves the older "list all references" path (`GET /git/refs[/prefix]`, recorded in @octokit/fixtures).
    if (list)
      routes.push(
        { ...compileRoute('GET', '/repos/{owner}/{repo}/git/refs', list), defaults: { ref: '' } },
        compileRoute('GET', '/repos/{owner}/{repo}/git/refs/{ref}', list),
      )
    // Literal-heavy templates first: `/releases/latest` beats `/releases/{release_id}`.
    this.routes = routes.sort((a, b) => a.names.length - b.names.length || b.literal - a.literal)
  }

  /** @param {string} method @param {string} pathname */
  route(method, pathname) {
    for (const r of this.routes) {
      if (r.method !== method) continue
      const m = r.re.exec(pathname)
      if (!m) continue
      /** @type {Record<string, string>} */
      const params = { ...(r.defaults ?? {}) }
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1] ?? '')))
      return { op: r.op, params }
    }
    return undefined
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async handle(req, res) {
    const url = new URL(req.url ?? '/', this.base)
    if (url.pathname.startsWith('/_emulator/')) return control(this, req, res, url)
    if (req.method === 'GET' && (await serveDownload(this, url, res))) return
    const requestId = `${randomBytes(4).toString('hex').toUpperCase()}:${randomBytes(6).toString('hex').toUpperCase()}`
    /** @type {Record<string, string>} */
    const headers = {
      'x-github-request-id': requestId,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
    }
    const found = this.route(req.method ?? 'GET', url.pathname)
    if (!found) return this.send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' }, headers)
    const { op } = found
    /** @type {{ repo?: import('./store.mjs').Repo, status: number, body?: unknown }} */
    const seen = { status: 500 }
    try {
      const { params, repo, rate } = this.admit(op, req, url, found.params, headers)
      seen.repo = repo
      if (await this.injectFault(op, repo, req, res, headers)) {
        seen.status = res.statusCode
        return
      }
      const body = (seen.body = await this.body(op, req))
      const ctx = /** @type {Ctx} */ ({
        op,
        params,
        body,
        req,
        repo,
        base: this.base,
        login: LOGIN,
        dataDir: this.dataDir,
        rate,
      })
      const result = await HANDLERS[/** @type {keyof typeof HANDLERS} */ (op.id)](ctx)
      seen.status = this.respond(op, req, res, url, params, result, headers)
    } catch (e) {
      const err =
        e instanceof ApiError
          ? e
          : new ApiError(500, `emulator: ${op.id} failed: ${e instanceof Error ? e.stack : String(e)}`)
      seen.status = err.status
      Object.assign(headers, err.headers)
      if (!req.readableEnded) await drain(req).catch(() => {})
      this.send(res, err.status, err.body(), headers)
    } finally {
      const repo =
        seen.repo ?? (found.params.owner ? this.store.get(found.params.owner, found.params.repo ?? '') : undefined)
      repo?.calls.push({
        operation: op.id,
        method: req.method ?? 'GET',
        path: url.pathname + url.search,
        status: seen.status,
        ...(seen.body === undefined ? {} : { body: seen.body }),
      })
    }
  }

  /**
   * Authentication, parameter validation (coercing and filling defaults), repo lookup and token permissions.
   * @param {Operation} op @param {import('node:http').IncomingMessage} req @param {URL} url
   * @param {Record<string, string>} pathParams @param {Record<string, string>} headers
   */
  admit(op, req, url, pathParams, headers) {
    const token = /^(?:token|bearer)\s+(\S+)/i.exec(String(req.headers.authorization ?? ''))?.[1]
    if (!token) throw new ApiError(401, 'Requires authentication', { docs: op.docs })
    const rate = this.rate(token)
    Object.assign(headers, rateHeaders(rate))
    /** @type {Record<string, any>} */
    const params = { ...Object.fromEntries(url.searchParams), ...pathParams }
    const bad = this.validator.params(op, params)
    if (bad.length) {
      if (bad.some((p) => pathParams[p.path.slice(1)] !== undefined)) throw notFound(op.docs) // GitHub: bad path → 404
      throw new ApiError(422, 'Validation Failed', {
        docs: op.docs,
        errors: bad.map((p) => githubError(op, p, 'query')),
      })
    }
    /** @type {import('./store.mjs').Repo | undefined} */
    let repo
    if (params.owner !== undefined) {
      repo = this.store.get(params.owner, params.repo)
      if (!repo) throw notFound(op.docs)
      if (!permitted(repo.tokens[token], op.id, req.method ?? 'GET'))
        throw new ApiError(403, 'Resource not accessible by integration', { docs: op.docs })
    }
    return { params, repo, rate }
  }

  /**
   * Paginate, send raw bytes or validated JSON; returns the status actually sent.
   * @param {Operation} op @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   * @param {URL} url @param {Record<string, any>} params @param {any} result @param {Record<string, string>} headers
   */
  respond(op, req, res, url, params, result, headers) {
    let payload = result.body
    if (result.list) {
      const cut =
        result.paginate === false ? { page: result.list, link: undefined } : paginate(result.list, url, params)
      payload = cut.page
      if (cut.link) headers.link = cut.link
    }
    Object.assign(headers, result.headers ?? {})
    if (result.raw) {
      res.writeHead(result.status, { ...headers, 'content-length': result.raw.length })
      res.end(result.raw)
      return result.status
    }
    const checked = this.checkResponse(op, req.method ?? 'GET', url, result.status, this.applyBreak(op, payload))
    this.send(res, checked.status, checked.body, headers)
    return checked.status
  }

  /** Validate our response; on drift record it and turn the answer into a 500 that names it. */
  checkResponse(
    /** @type {Operation} */ op,
    /** @type {string} */ method,
    /** @type {URL} */ url,
    /** @type {number} */ status,
    /** @type {unknown} */ payload,
  ) {
    const problems = this.validator.response(op, status, payload)
    if (!problems.length) return { status, body: payload }
    const list = problems.map((p) => p.message)
    this.violations.push({ operation: op.id, method, path: url.pathname, status, problems: list })
    const message = `emulator: response of ${op.id} (${status}) drifts from GitHub's OpenAPI description: ${list.slice(0, 8).join('; ')}`
    process.stderr.write(`${message}\n`)
    return { status: 500, body: { message, documentation_url: op.docs, status: '500' } }
  }

  /** Parse and validate a JSON request body; other bodies (uploads) are left on the stream for the handler. */
  async body(/** @type {Operation} */ op, /** @type {import('node:http').IncomingMessage} */ req) {
    if (!op.body || op.body.type !== 'application/json') {
      if (!op.body) await drain(req)
      return undefined
    }
    const raw = await readBody(req)
    let body = {}
    if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        throw new ApiError(400, 'Problems parsing JSON', { docs: op.docs })
      }
    }
    const bad = this.validator.body(op, body)
    if (bad.length)
      throw new ApiError(422, 'Validation Failed', {
        docs: op.docs,
        errors: bad.map((p) => githubError(op, p, 'body')),
      })
    return body
  }

  rate(/** @type {string} */ token) {
    let r = this.rates.get(token)
    if (!r)
      this.rates.set(
        token,
        (r = { limit: 5000, used: 0, remaining: 5000, reset: Math.floor(Date.now() / 1000) + 3600 }),
      )
    r.used++
    r.remaining = Math.max(r.limit - r.used, 0)
    return r
  }

  /** @returns {Promise<boolean>} true when the fault answered the request itself */
  async injectFault(
    /** @type {Operation} */ op,
    /** @type {any} */ repo,
    /** @type {any} */ req,
    /** @type {any} */ res,
    /** @type {Record<string, string>} */ headers,
  ) {
    const i = this.faults.findIndex(
      (f) =>
        (f.operation === op.id || f.operation === '*') &&
        (!f.repo || (repo && f.repo.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase())),
    )
    if (i < 0) return false
    const f = /** @type {Fault} */ (this.faults[i])
    if (f.after && f.after > 0) {
      f.after-- // this many matching calls go through before the fault starts
      return false
    }
    if (--f.times <= 0) this.faults.splice(i, 1)
    const retryAfter = String(f.retryAfter ?? 1)
    if (f.kind === 'delay') {
      await new Promise((ok) => setTimeout(ok, f.delayMs ?? 1000))
      return false
    }
    await drain(req).catch(() => {})
    if (f.kind === 'drop') {
      res.statusCode = 0
      req.socket.destroy()
      return true
    }
    if (f.kind === 'secondary-rate-limit') {
      this.send(
        res,
        403,
        {
          message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${headers['x-github-request-id']}.`,
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { ...headers, 'retry-after': retryAfter },
      )
    } else if (f.kind === 'rate-limit') {
      const reset = String(Math.floor(Date.now() / 1000) + Number(retryAfter))
      this.send(
        res,
        403,
        {
          message: `API rate limit exceeded for installation ID 1000. If you reach out to GitHub Support for help, please include the request ID ${headers['x-github-request-id']}.`,
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
          status: '403',
        },
        { ...headers, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      )
    } else if (f.kind === 'retry-after') {
      this.send(
        res,
        429,
        { message: 'Too Many Requests', documentation_url: DOCS, status: '429' },
        { ...headers, 'retry-after': retryAfter },
      )
    } else {
      const status = f.status ?? 500
      this.send(
        res,
        status,
        {
          message: FAULT_MESSAGES[status] ?? 'Internal Server Error',
          documentation_url: op.docs,
          status: String(status),
        },
        headers,
      )
    }
    return true
  }

  /** Test-only: mutate the next responses of an operation, to prove response validation bites. */
  applyBreak(/** @type {Operation} */ op, /** @type {any} */ payload) {
    const i = this.breaks.findIndex((b) => b.operation === op.id)
    if (i < 0 || !payload || typeof payload !== 'object') return payload
    const b = /** @type {Break} */ (this.breaks[i])
    if (--b.times <= 0) this.breaks.splice(i, 1)
    const out = { ...payload, ...(b.set ?? {}) }
    for (const k of b.remove ?? []) delete out[k]
    return out
  }

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body @param {Record<string, string>} h */
  send(res, status, body, h) {
    if (status === 204 || status === 304 || body === null || body === undefined) {
      res.writeHead(status, h)
      res.end()
      return
    }
    const text = JSON.stringify(body)
    res.writeHead(status, {
      ...h,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    res.end(text)
  }
}

/**
 * The GITHUB_TOKEN permission an operation needs (metadata is always readable).
 * @param {string} id operationId
 */
export function permissionOf(id) {
  if (id.startsWith('pulls/') || id === 'repos/list-pull-requests-associated-with-commit') return 'pull_requests'
  if (id.startsWith('issues/')) return 'issues'
  if (id.startsWith('checks/')) return 'checks'
  if (id.includes('commit-status') || id === 'repos/get-combined-status-for-ref') return 'statuses'
  if (id.includes('protection')) return 'administration'
  if (id.includes('deployment')) return 'deployments'
  if (id.includes('environment')) return 'environments'
  if (id === 'repos/get' || id === 'rate-limit/get') return 'metadata'
  return 'contents'
}

/**
 * Does a token with `grant` (seeded `tokens[token]`) allow this call? No grant: full access. 'read'/'write'/'none' apply
 * to every permission; an object grants per permission (`{ contents: 'write', pull_requests: 'none' }`), unlisted ones none.
 * @param {string | Record<string, string> | undefined} grant @param {string} id @param {string} method
 */
function permitted(grant, id, method) {
  if (grant === undefined) return true
  const scope = permissionOf(id)
  const level = typeof grant === 'string' ? grant : (grant[scope] ?? 'none')
  if (scope === 'metadata' && method === 'GET') return true
  return method === 'GET' || method === 'HEAD' ? level === 'read' || level === 'write' : level === 'write'
}

/** What GitHub says with each status, for `kind: 'status'` faults. @type {Record<number, string>} */
const FAULT_MESSAGES = {
  400: 'Problems parsing JSON',
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Validation Failed',
  500: 'Internal Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
}

/** GitHub's `x-ratelimit-*` headers. @param {Rate} r */
const rateHeaders = (r) => ({
  'x-ratelimit-limit': String(r.limit),
  'x-ratelimit-remaining': String(r.remaining),
  'x-ratelimit-reset': String(r.reset),
  'x-ratelimit-used': String(r.used),
  'x-ratelimit-resource': 'core',
})

/** One ajv problem as a GitHub `errors[]` entry. */
function githubError(
  /** @type {Operation} */ op,
  /** @type {import('./validate.mjs').Problem} */ p,
  /** @type {string} */ where,
) {
  const resource =
    op.id
      .split('/')[1]
      ?.replace(/^(create|update|get|list|delete|upload)-/, '')
      .replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()) ?? 'Resource'
  const field = p.missing ?? (p.path.split('/').filter(Boolean).join('.') || where)
  return { resource, field, code: p.missing ? 'missing_field' : 'invalid', message: p.message }
}
