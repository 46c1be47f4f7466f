// @ts-check
/**
 * The shadow proxy. Users talk to production through it and only ever see production's answer; a copy of each
 * safe request goes, asynchronously and marked `X-Shadow: true`, to the dark version, and the two answers are
 * compared. Production is protected: the copy is sent on its own connection pool, through a bounded queue that
 * drops (and counts) copies when full, with a short timeout, and a request body is buffered for mirroring only up
 * to a cap. Nothing on the production path waits for the dark version.
 */
import http from 'node:http'
import https from 'node:https'
import { compareResponses } from './compare.mjs'
import { BoundedQueue } from './queue.mjs'
import { ShadowStats } from './stats.mjs'

/** @typedef {import('./options.mjs').ShadowOptions} ShadowOptions */
/** @typedef {import('./compare.mjs').CapturedResponse} CapturedResponse */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
])

/**
 * Headers to forward: hop-by-hop ones (and those named in Connection) removed, an incoming X-Shadow removed so a
 * client cannot mark its own production traffic as shadow, X-Forwarded-* added.
 * @param {http.IncomingMessage} req
 */
function forwardHeaders(req) {
  const named = String(req.headers.connection ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
  /** @type {http.OutgoingHttpHeaders} */
  const out = {}
  for (const [key, value] of Object.entries(req.headers)) {
    if (
      HOP_BY_HOP.has(key) ||
      named.includes(key) ||
      key === 'x-shadow' ||
      key === 'x-shadow-datastore' ||
      value === undefined
    )
      continue
    out[key] = value
  }
  const client = req.socket.remoteAddress ?? ''
  out['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${req.headers['x-forwarded-for']}, ${client}` : client
  if (req.headers.host) out['x-forwarded-host'] = req.headers.host
  return out
}

/** @param {http.IncomingHttpHeaders} headers */
function responseHeaders(headers) {
  /** @type {http.OutgoingHttpHeaders} */
  const out = {}
  for (const [key, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(key) && value !== undefined) out[key] = value
  return out
}

/** @param {URL} base @param {string} path */
function targetPath(base, path) {
  return `${base.pathname.replace(/\/$/, '')}${path}`
}

/** Collects up to `cap` bytes of a stream; beyond that only marks `truncated`. */
class Capture {
  /** @param {number} cap */
  constructor(cap) {
    this.cap = cap
    /** @type {Buffer[]} */
    this.chunks = []
    this.bytes = 0
    this.truncated = false
  }

  /** @param {Buffer} chunk */
  add(chunk) {
    if (this.truncated) return
    this.bytes += chunk.length
    if (this.bytes > this.cap) {
      this.truncated = true
      this.chunks = []
    } else this.chunks.push(chunk)
  }

  body() {
    return Buffer.concat(this.chunks)
  }
}

/**
 * Start the proxy and its admin server.
 * @param {ShadowOptions} options
 */
export async function startShadowProxy(options) {
  const stats = new ShadowStats({
    maxSamples: options.samples,
    production: options.production.origin + options.production.pathname,
    dark: options.dark.origin + options.dark.pathname,
    darkWrites: options.darkWrites,
  })
  const queue = new BoundedQueue(options.concurrency, options.queueSize, (running, waiting) => {
    stats.darkInflight = running
    stats.queueWaiting = waiting
  })
  const client = (/** @type {URL} */ url) => (url.protocol === 'https:' ? https : http)
  const productionAgent = new (client(options.production).Agent)({ keepAlive: true })
  const darkAgent = new (client(options.dark).Agent)({ keepAlive: true, maxSockets: options.concurrency })
  let sampleCredit = 0
  /** Evenly spread sampling: copy when the accumulated share reaches one request (deterministic, no randomness). */
  const sampled = () => {
    sampleCredit += options.mirrorPercent / 100
    if (sampleCredit < 1 - 1e-9) return false
    sampleCredit -= 1
    return true
  }
  const productionOrigin = new URL(options.production.origin)
  const darkOrigin = new URL(options.dark.origin)

  /**
   * Send the copy to the dark version and capture its answer.
   * @param {{ method: string, path: string, headers: http.OutgoingHttpHeaders, body: Buffer }} copy
   * @returns {Promise<CapturedResponse | undefined>}
   */
  function sendDark(copy) {
    return new Promise((resolve) => {
      stats.mirrored += 1
      /** @type {http.OutgoingHttpHeaders} */
      const headers = { ...copy.headers, 'x-shadow': 'true', 'content-length': String(copy.body.length) }
      delete headers.expect // the body is already complete: no 100-continue round trip
      if (options.darkWrites && options.darkDatastore) headers['x-shadow-datastore'] = options.darkDatastore
      let settled = false
      const started = performance.now()
      /** @param {CapturedResponse | undefined} result @param {'timeout' | 'error'} [failure] */
      const settle = (result, failure) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        if (failure) stats.darkErrors[failure] += 1
        resolve(result)
      }
      const req = client(options.dark).request(darkOrigin, {
        method: copy.method,
        path: targetPath(options.dark, copy.path),
        headers,
        agent: darkAgent,
      })
      // One deadline for the whole exchange (connect, headers and body), not an idle timeout.
      const timer = setTimeout(() => {
        settle(undefined, 'timeout')
        req.destroy()
      }, options.darkTimeoutMs)
      req.on('error', () => settle(undefined, 'error'))
      req.on('response', (res) => {
        const capture = new Capture(options.compareBodyCap)
        res.on('data', (chunk) => capture.add(chunk))
        res.on('error', () => settle(undefined, 'error'))
        res.on('end', () => {
          stats.darkLatency.observe((performance.now() - started) / 1000)
          settle({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: capture.body(),
            truncated: capture.truncated,
          })
        })
        res.on('close', () => settle(undefined, 'error')) // aborted mid-body; no-op after 'end'
      })
      req.end(copy.body)
    })
  }

  /**
   * Stream the request to production and production's answer to the user. When `done` is given, production's
   * answer is also captured (up to the compare cap) and handed to it; it always settles.
   * A bodiless GET/HEAD/OPTIONS that fails on a reused keep-alive connection before any answer (production
   * closed the idle connection just as it was reused) is retried once on a fresh connection.
   * @param {http.IncomingMessage} req @param {http.ServerResponse} res
   * @param {string} path @param {http.OutgoingHttpHeaders} headers
   * @param {((r: CapturedResponse | undefined) => void) | undefined} done
   */
  function forwardToProduction(req, res, path, headers, done) {
    const started = performance.now()
    const bodiless =
      SAFE_METHODS.has(req.method ?? '') &&
      !req.headers['transfer-encoding'] &&
      Number(req.headers['content-length'] ?? 0) === 0
    /** @type {http.ClientRequest | undefined} */
    let current
    res.on('close', () => {
      if (!res.writableFinished) current?.destroy()
    })
    /** @param {boolean} mayRetry */
    const attempt = (mayRetry) => {
      const upstream = client(options.production).request(productionOrigin, {
        method: req.method,
        path: targetPath(options.production, path),
        headers,
        agent: productionAgent,
        timeout: options.productionTimeoutMs,
      })
      current = upstream
      let superseded = false
      upstream.on('timeout', () =>
        upstream.destroy(new Error(`production did not answer within ${options.productionTimeoutMs} ms`)),
      )
      upstream.on('error', (error) => {
        if (
          mayRetry &&
          upstream.reusedSocket &&
          !res.headersSent &&
          /** @type {NodeJS.ErrnoException} */ (error).code === 'ECONNRESET'
        ) {
          superseded = true
          stats.productionRetries += 1
          attempt(false)
          return
        }
        stats.productionErrors += 1
        done?.(undefined)
        if (!res.headersSent)
          res
            .writeHead(502, { 'content-type': 'text/plain' })
            .end(`shadow-proxy: production failed: ${error.message}\n`)
        else res.destroy(error)
      })
      upstream.on('close', () => superseded || done?.(undefined)) // no-op once settled
      upstream.on('response', (pres) => {
        res.writeHead(pres.statusCode ?? 502, pres.statusMessage, responseHeaders(pres.headers))
        const capture = done ? new Capture(options.compareBodyCap) : undefined
        pres.on('data', (chunk) => capture?.add(chunk))
        pres.on('end', () => {
          stats.productionLatency.observe((performance.now() - started) / 1000)
          done?.(
            capture && {
              status: pres.statusCode ?? 0,
              headers: pres.headers,
              body: capture.body(),
              truncated: capture.truncated,
            },
          )
        })
        pres.on('error', () => done?.(undefined))
        pres.on('close', () => done?.(undefined)) // no-op after 'end'; frees the copy if aborted
        pres.pipe(res)
      })
      if (bodiless) upstream.end()
      else req.pipe(upstream)
    }
    if (bodiless) req.resume() // nothing to forward; let 'end' fire
    attempt(bodiless)
  }

  /**
   * Queue the copy of a complete request (or count the drop); compare once both answers are in.
   * @param {{ method: string, path: string, headers: http.OutgoingHttpHeaders, body: Buffer }} copy
   * @param {Promise<CapturedResponse | undefined>} production
   */
  function mirror(copy, production) {
    const accepted = queue.offer(async () => {
      const dark = await sendDark(copy)
      if (!dark) return
      // The dark slot is free again here; the comparison waits for production outside the queue.
      void production.then((answer) => {
        if (!answer) stats.skipped.production_error += 1
        else
          stats.recordComparison(
            copy,
            compareResponses(answer, dark, { headers: options.compareHeaders, ignorePaths: options.ignorePaths }),
          )
      })
    })
    if (!accepted) stats.skipped.queue_full += 1
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  function handle(req, res) {
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    if (!path.startsWith('/')) {
      res
        .writeHead(400, { 'content-type': 'text/plain' })
        .end('shadow-proxy: only origin-form request targets (/path) are accepted\n')
      return
    }
    stats.requests += 1
    const headers = forwardHeaders(req)
    const skip =
      !SAFE_METHODS.has(method) && !options.darkWrites ? 'unsafe_method' : !sampled() ? 'sampled_out' : undefined
    if (skip) {
      stats.skipped[skip] += 1
      forwardToProduction(req, res, path, headers, undefined)
      return
    }
    /** @type {(r: CapturedResponse | undefined) => void} */
    let settle = () => {}
    /** @type {Promise<CapturedResponse | undefined>} */
    const production = new Promise((resolve) => (settle = resolve))
    forwardToProduction(req, res, path, headers, settle)
    const body = new Capture(options.mirrorBodyCap)
    req.on('data', (chunk) => body.add(chunk))
    req.on('end', () => {
      if (body.truncated) stats.skipped.body_too_large += 1
      else mirror({ method, path, headers, body: body.body() }, production)
    })
  }

  const server = http.createServer(handle)
  server.keepAliveTimeout = 5_000
  const admin = http.createServer((req, res) => {
    if (req.url === '/metrics')
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(stats.prometheus())
    else if (req.url === '/report')
      res.writeHead(200, { 'content-type': 'application/json' }).end(`${JSON.stringify(stats.report(), null, 2)}\n`)
    else if (req.url === '/healthz') res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n')
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /metrics, /report or /healthz\n')
  })
  const url = await listen(server, options.listen)
  const adminUrl = await listen(admin, options.admin).catch(async (error) => {
    await new Promise((ok) => server.close(ok)) // do not leave the user-facing port open without its admin side
    productionAgent.destroy()
    darkAgent.destroy()
    throw error
  })

  return {
    url,
    adminUrl,
    stats,
    /** Wait (bounded) for copies in flight, then stop both servers and the agents. */
    async close(drainMs = 2_000) {
      const closed = Promise.all([new Promise((ok) => server.close(ok)), new Promise((ok) => admin.close(ok))])
      server.closeIdleConnections()
      admin.closeAllConnections()
      await queue.idle(drainMs)
      productionAgent.destroy()
      darkAgent.destroy()
      server.closeAllConnections()
      await closed
    },
  }
}

/** @param {http.Server} server @param {{ host: string, port: number }} at @returns {Promise<string>} */
function listen(server, at) {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(at.port, at.host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : at.port
      resolve(`http://${at.host.includes(':') ? `[${at.host}]` : at.host}:${port}`)
    })
  })
}
