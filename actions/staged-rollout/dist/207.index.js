export const id = 207;
export const ids = [207];
export const modules = {

/***/ 4311:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "3ccca8966705eb421b38.mjs";

/***/ }),

/***/ 2207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BoundedQueue: () => (/* reexport */ BoundedQueue),
  SHADOW_PROXY_CLI: () => (/* binding */ SHADOW_PROXY_CLI),
  ShadowOptionsError: () => (/* reexport */ ShadowOptionsError),
  ShadowStats: () => (/* reexport */ ShadowStats),
  USAGE: () => (/* reexport */ USAGE),
  compareResponses: () => (/* reexport */ compareResponses),
  diffJson: () => (/* reexport */ diffJson),
  judgeShadowReport: () => (/* reexport */ judgeShadowReport),
  matchesPath: () => (/* reexport */ matchesPath),
  parseIgnorePath: () => (/* reexport */ parseIgnorePath),
  parseOptions: () => (/* reexport */ parseOptions),
  resolveOptions: () => (/* reexport */ resolveOptions),
  startShadowProxy: () => (/* reexport */ startShadowProxy)
});

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ../../packages/shadow/src/compare.mjs
// @ts-check
/**
 * Response comparison for dark launches (the Diffy idea, written small): status, chosen headers, and JSON bodies
 * compared structurally with ignored paths (timestamps, ids, request ids). Non-JSON bodies are compared byte for
 * byte. Pure functions, no I/O.
 *
 * Ignore-path syntax: dot-separated keys; `*` matches any one key or array index; `**` matches any number of
 * levels (including none); `[3]` / `[*]` index arrays. Examples: `timestamp`, `meta.requestId`, `items[*].id`,
 * `**.updatedAt`.
 */

/** @typedef {{ status: number, headers: Record<string, string | string[] | undefined>, body: Buffer, truncated: boolean }} CapturedResponse */
/** @typedef {{ kind: 'status' | 'header' | 'body', path: string, production: string, dark: string }} Difference */
/** @typedef {{ headers?: string[], ignorePaths?: string[][], maxDifferences?: number }} CompareOptions */
/** @typedef {{ equal: boolean, kinds: ('status' | 'header' | 'body')[], differences: Difference[], bodyCompared: 'json' | 'bytes' | 'skipped' }} Comparison */

const MAX_VALUE_CHARS = 200

/**
 * Parse one ignore path into segments. Throws on an empty path or an empty segment.
 * @param {string} text
 * @returns {string[]}
 */
function parseIgnorePath(text) {
  const normalised = text
    .trim()
    .replace(/^\$\.?/, '')
    .replace(/\[(\d+|\*)\]/g, '.$1')
  const segments = normalised.split('.')
  if (normalised === '' || segments.some((s) => s === ''))
    throw new Error(`ignore path '${text}' is not of the form a.b[*].c (use * for one level, ** for any depth)`)
  return segments
}

/**
 * Whether a concrete path (keys/indexes) is matched by a parsed ignore pattern.
 * @param {string[]} pattern
 * @param {string[]} path
 * @returns {boolean}
 */
function matchesPath(pattern, path) {
  /** @type {(p: number, q: number) => boolean} */
  const match = (p, q) => {
    if (p === pattern.length) return q === path.length
    const seg = pattern[p]
    if (seg === '**') {
      for (let skip = q; skip <= path.length; skip++) if (match(p + 1, skip)) return true
      return false
    }
    if (q === path.length) return false
    return (seg === '*' || seg === path[q]) && match(p + 1, q + 1)
  }
  return match(0, 0)
}

/** @param {unknown} value */
function show(value) {
  const text = value === undefined ? '(absent)' : JSON.stringify(value)
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text
}

/** @param {string[]} path */
function render(path) {
  return path.length === 0 ? '$' : `$.${path.join('.')}`
}

/**
 * Structural diff of two JSON values, skipping ignored paths. Appends at most `limit` differences.
 * @param {unknown} a
 * @param {unknown} b
 * @param {string[][]} ignore
 * @param {number} limit
 * @param {string[]} [path]
 * @param {Difference[]} [out]
 * @returns {Difference[]}
 */
function diffJson(a, b, ignore, limit, path = [], out = []) {
  if (out.length >= limit || ignore.some((pattern) => matchesPath(pattern, path))) return out
  const bothObjects =
    a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)
  if (!bothObjects) {
    if (!Object.is(a, b)) out.push({ kind: 'body', path: render(path), production: show(a), dark: show(b) })
    return out
  }
  const left = /** @type {Record<string, unknown>} */ (a)
  const right = /** @type {Record<string, unknown>} */ (b)
  const keys = Array.isArray(a)
    ? Array.from({ length: Math.max(a.length, /** @type {unknown[]} */ (b).length) }, (_, i) => String(i))
    : [...new Set([...Object.keys(left), ...Object.keys(right)])]
  for (const key of keys) {
    if (out.length >= limit) break
    const inLeft = Object.prototype.hasOwnProperty.call(left, key)
    const inRight = Object.prototype.hasOwnProperty.call(right, key)
    const child = [...path, key]
    if (inLeft && inRight) diffJson(left[key], right[key], ignore, limit, child, out)
    else if (!ignore.some((pattern) => matchesPath(pattern, child)))
      out.push({
        kind: 'body',
        path: render(child),
        production: show(inLeft ? left[key] : undefined),
        dark: show(inRight ? right[key] : undefined),
      })
  }
  return out
}

/** @param {CapturedResponse} r */
function parseJsonBody(r) {
  const type = String(r.headers['content-type'] ?? '')
  const text = r.body.toString('utf8')
  if (!/\bjson\b/i.test(type) && !/^\s*[[{]/.test(text)) return { ok: false, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, value: undefined }
  }
}

/**
 * Compare a production response with the dark one.
 * @param {CapturedResponse} production
 * @param {CapturedResponse} dark
 * @param {CompareOptions} [options]
 * @returns {Comparison}
 */
function compareResponses(production, dark, options = {}) {
  const limit = options.maxDifferences ?? 10
  /** @type {Difference[]} */
  const differences = []
  if (production.status !== dark.status)
    differences.push({
      kind: 'status',
      path: 'status',
      production: String(production.status),
      dark: String(dark.status),
    })
  for (const name of options.headers ?? []) {
    const key = name.toLowerCase()
    const p = production.headers[key]
    const d = dark.headers[key]
    if (JSON.stringify(p) !== JSON.stringify(d))
      differences.push({ kind: 'header', path: `header ${key}`, production: show(p), dark: show(d) })
  }
  /** @type {Comparison['bodyCompared']} */
  let bodyCompared = 'skipped'
  if (!production.truncated && !dark.truncated) {
    const p = parseJsonBody(production)
    const d = parseJsonBody(dark)
    if (p.ok && d.ok) {
      bodyCompared = 'json'
      diffJson(p.value, d.value, options.ignorePaths ?? [], limit + differences.length, [], differences)
    } else {
      bodyCompared = 'bytes'
      if (!production.body.equals(dark.body))
        differences.push({
          kind: 'body',
          path: 'body',
          production: `${production.body.length} bytes`,
          dark: `${dark.body.length} bytes`,
        })
    }
  }
  const kinds = /** @type {Comparison['kinds']} */ ([...new Set(differences.map((d) => d.kind))])
  return { equal: differences.length === 0, kinds, differences: differences.slice(0, limit), bodyCompared }
}

;// CONCATENATED MODULE: ../../packages/shadow/src/queue.mjs
// @ts-check
/**
 * A bounded work queue: at most `concurrency` tasks run, at most `capacity` wait; `offer` refuses (returns false)
 * when both are full, so the caller drops the work instead of buffering without limit.
 */
class BoundedQueue {
  /**
   * @param {number} concurrency
   * @param {number} capacity
   * @param {(running: number, waiting: number) => void} [onChange]
   */
  constructor(concurrency, capacity, onChange) {
    this.concurrency = concurrency
    this.capacity = capacity
    this.running = 0
    /** @type {(() => Promise<void>)[]} */
    this.waiting = []
    this.onChange = onChange ?? (() => {})
    /** @type {(() => void)[]} */
    this.idleWaiters = []
  }

  /**
   * Start `task` now, queue it, or refuse it.
   * @param {() => Promise<void>} task
   * @returns {boolean} false when the queue was full and the task was dropped
   */
  offer(task) {
    if (this.running < this.concurrency) {
      this.start(task)
      return true
    }
    if (this.waiting.length >= this.capacity) return false
    this.waiting.push(task)
    this.onChange(this.running, this.waiting.length)
    return true
  }

  /** @param {() => Promise<void>} task */
  start(task) {
    this.running += 1
    this.onChange(this.running, this.waiting.length)
    task()
      .catch(() => {})
      .finally(() => {
        this.running -= 1
        const next = this.waiting.shift()
        if (next) this.start(next)
        else this.onChange(this.running, this.waiting.length)
        if (this.running === 0 && this.waiting.length === 0) for (const wake of this.idleWaiters.splice(0)) wake()
      })
  }

  /**
   * Resolves when nothing runs or waits (or after `timeoutMs`).
   * @param {number} [timeoutMs]
   * @returns {Promise<void>}
   */
  idle(timeoutMs = 5_000) {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve()
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs)
      this.idleWaiters.push(() => {
        clearTimeout(timer)
        resolve(undefined)
      })
    })
  }
}

;// CONCATENATED MODULE: ../../packages/shadow/src/stats.mjs
// @ts-check
/**
 * Counters of a shadow-proxy run, rendered as a JSON report and as Prometheus text (exposition format 0.0.4).
 * Diff samples are bounded: the first `maxSamples` differing responses are kept.
 */

/** @typedef {import('./compare.mjs').Difference} Difference */
/** @typedef {{ at: string, method: string, path: string, kinds: string[], differences: Difference[] }} DiffSample */

const BOUNDS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/** A Prometheus-style latency histogram (seconds, cumulative buckets on output). */
class LatencyHistogram {
  constructor() {
    /** @type {number[]} */
    this.counts = new Array(BOUNDS_S.length + 1).fill(0)
    this.count = 0
    this.sum = 0
  }

  /** @param {number} seconds */
  observe(seconds) {
    let i = BOUNDS_S.findIndex((b) => seconds <= b)
    if (i === -1) i = BOUNDS_S.length
    this.counts[i] += 1
    this.count += 1
    this.sum += seconds
  }

  /** Upper bound (seconds) of the bucket holding the `p`th percentile; undefined with no data, Infinity past 10 s. @param {number} p */
  percentile(p) {
    if (this.count === 0) return undefined
    const rank = Math.max(1, Math.ceil((p / 100) * this.count))
    let seen = 0
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]
      if (seen >= rank) return BOUNDS_S[i] ?? Infinity
    }
    return Infinity
  }

  /** @param {string} name */
  lines(name) {
    let cumulative = 0
    const out = BOUNDS_S.map((b, i) => {
      cumulative += this.counts[i]
      return `${name}_bucket{le="${b}"} ${cumulative}`
    })
    out.push(`${name}_bucket{le="+Inf"} ${this.count}`, `${name}_sum ${this.sum}`, `${name}_count ${this.count}`)
    return out
  }
}

class ShadowStats {
  /** @param {{ maxSamples?: number, production: string, dark: string, darkWrites: boolean }} info */
  constructor(info) {
    this.info = info
    this.startedAt = new Date().toISOString()
    this.requests = 0
    this.productionErrors = 0
    this.productionRetries = 0
    this.mirrored = 0
    /** @type {Record<'unsafe_method' | 'sampled_out' | 'body_too_large' | 'queue_full' | 'production_error', number>} */
    this.skipped = { unsafe_method: 0, sampled_out: 0, body_too_large: 0, queue_full: 0, production_error: 0 }
    /** @type {Record<'timeout' | 'error', number>} */
    this.darkErrors = { timeout: 0, error: 0 }
    this.compared = 0
    this.matched = 0
    this.differed = 0
    /** @type {Record<'status' | 'header' | 'body', number>} */
    this.diffs = { status: 0, header: 0, body: 0 }
    this.bodiesNotCompared = 0
    this.queueWaiting = 0
    this.darkInflight = 0
    /** @type {DiffSample[]} */
    this.samples = []
    this.productionLatency = new LatencyHistogram()
    this.darkLatency = new LatencyHistogram()
    this.maxSamples = info.maxSamples ?? 20
  }

  /**
   * @param {{ method: string, path: string }} request
   * @param {import('./compare.mjs').Comparison} result
   */
  recordComparison(request, result) {
    this.compared += 1
    if (result.bodyCompared === 'skipped') this.bodiesNotCompared += 1
    if (result.equal) {
      this.matched += 1
      return
    }
    this.differed += 1
    for (const kind of result.kinds) this.diffs[kind] += 1
    if (this.samples.length < this.maxSamples)
      this.samples.push({
        at: new Date().toISOString(),
        method: request.method,
        path: request.path,
        kinds: result.kinds,
        differences: result.differences,
      })
  }

  /** Share of compared responses that differed (0 when nothing was compared). */
  get diffRate() {
    return this.compared === 0 ? 0 : this.differed / this.compared
  }

  /** The JSON report. */
  report() {
    return {
      startedAt: this.startedAt,
      updatedAt: new Date().toISOString(),
      production: this.info.production,
      dark: this.info.dark,
      darkWrites: this.info.darkWrites,
      requests: this.requests,
      productionErrors: this.productionErrors,
      productionRetries: this.productionRetries,
      mirrored: this.mirrored,
      skipped: { ...this.skipped },
      darkErrors: { ...this.darkErrors },
      compared: this.compared,
      matched: this.matched,
      differed: this.differed,
      diffRate: this.diffRate,
      diffsByKind: { ...this.diffs },
      bodiesNotCompared: this.bodiesNotCompared,
      latencySeconds: {
        production: {
          p50: this.productionLatency.percentile(50),
          p99: this.productionLatency.percentile(99),
          count: this.productionLatency.count,
        },
        dark: {
          p50: this.darkLatency.percentile(50),
          p99: this.darkLatency.percentile(99),
          count: this.darkLatency.count,
        },
      },
      samples: this.samples,
    }
  }

  /** Prometheus text exposition. */
  prometheus() {
    /** @type {string[]} */
    const lines = []
    /**
     * @param {string} name
     * @param {'counter' | 'gauge'} type
     * @param {string} help
     * @param {[string, number][]} series label text (may be '') and value
     */
    const metric = (name, type, help, series) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`)
      for (const [labels, value] of series) lines.push(`${name}${labels} ${value}`)
    }
    /** @param {Record<string, number>} counts @param {string} label */
    const labelled = (counts, label) =>
      /** @type {[string, number][]} */ (Object.entries(counts).map(([k, v]) => [`{${label}="${k}"}`, v]))
    metric('shadow_requests_total', 'counter', 'Requests answered from production.', [['', this.requests]])
    metric('shadow_production_errors_total', 'counter', 'Requests production failed to answer (502 to the user).', [
      ['', this.productionErrors],
    ])
    metric(
      'shadow_production_retries_total',
      'counter',
      'Bodiless safe requests retried once after production closed a reused keep-alive connection.',
      [['', this.productionRetries]],
    )
    metric('shadow_mirrored_total', 'counter', 'Copies sent to the dark version.', [['', this.mirrored]])
    metric(
      'shadow_skipped_total',
      'counter',
      'Requests not mirrored, by reason (queue_full = dropped to protect production; sampled_out = --mirror-percent).',
      labelled(this.skipped, 'reason'),
    )
    metric(
      'shadow_dark_errors_total',
      'counter',
      'Dark requests that failed or timed out.',
      labelled(this.darkErrors, 'reason'),
    )
    metric('shadow_compared_total', 'counter', 'Production/dark response pairs compared.', [['', this.compared]])
    metric('shadow_matched_total', 'counter', 'Compared pairs with no difference.', [['', this.matched]])
    metric('shadow_differed_total', 'counter', 'Compared pairs with at least one difference.', [['', this.differed]])
    metric(
      'shadow_diffs_total',
      'counter',
      'Differing pairs by kind of difference (a pair can count under several kinds).',
      labelled(this.diffs, 'kind'),
    )
    metric('shadow_diff_ratio', 'gauge', 'differed / compared.', [['', this.diffRate]])
    metric('shadow_queue_waiting', 'gauge', 'Copies waiting for a dark connection slot.', [['', this.queueWaiting]])
    metric('shadow_dark_inflight', 'gauge', 'Dark requests in flight.', [['', this.darkInflight]])
    lines.push(
      "# HELP shadow_production_duration_seconds Time from the request to the end of production's answer.",
      '# TYPE shadow_production_duration_seconds histogram',
      ...this.productionLatency.lines('shadow_production_duration_seconds'),
    )
    lines.push(
      '# HELP shadow_dark_duration_seconds Time from sending a copy to the end of the dark answer (answered copies only).',
      '# TYPE shadow_dark_duration_seconds histogram',
      ...this.darkLatency.lines('shadow_dark_duration_seconds'),
    )
    return `${lines.join('\n')}\n`
  }
}

;// CONCATENATED MODULE: ../../packages/shadow/src/proxy.mjs
// @ts-check
/**
 * The shadow proxy. Users talk to production through it and only ever see production's answer; a copy of each
 * safe request goes, asynchronously and marked `X-Shadow: true`, to the dark version, and the two answers are
 * compared. Production is protected: the copy is sent on its own connection pool, through a bounded queue that
 * drops (and counts) copies when full, with a short timeout, and a request body is buffered for mirroring only up
 * to a cap. Nothing on the production path waits for the dark version.
 */






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
async function startShadowProxy(options) {
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
  const client = (/** @type {URL} */ url) => (url.protocol === 'https:' ? external_node_https_ : external_node_http_)
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

  const server = external_node_http_.createServer(handle)
  server.keepAliveTimeout = 5_000
  const admin = external_node_http_.createServer((req, res) => {
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

;// CONCATENATED MODULE: ../../packages/shadow/src/options.mjs
// @ts-check
/**
 * The shadow proxy's options, validated up front: a bad value stops the proxy before it listens, with a message
 * naming the option (by its documented `--name`, the same for the CLI and for programs), the value and what is
 * accepted. Programs pass a typed {@link ShadowConfig} to {@link resolveOptions}; the CLI turns its argv into the same
 * config (argv.mjs). Defaults are filled here, once.
 */


/**
 * @typedef {object} ShadowOptions
 * @property {{ host: string, port: number }} listen   where users connect (port 0 = any free port)
 * @property {{ host: string, port: number }} admin    where /metrics, /report and /healthz are served
 * @property {URL} production                          the live version; its responses go to users
 * @property {URL} dark                                 the dark version; gets copies with X-Shadow: true
 * @property {boolean} darkWrites                       also copy unsafe methods (needs darkDatastore)
 * @property {string | undefined} darkDatastore        the dark version's separate datastore (sent as X-Shadow-Datastore)
 * @property {string[]} compareHeaders                  response headers compared (lower case)
 * @property {string[][]} ignorePaths                   parsed JSON ignore paths
 * @property {string[]} ignorePathTexts                 the same, as given
 * @property {number} concurrency                       dark requests in flight at most
 * @property {number} queueSize                         copies waiting at most; more are dropped
 * @property {number} mirrorPercent                     share of eligible requests copied (evenly spread, 0–100)
 * @property {number} darkTimeoutMs
 * @property {number} productionTimeoutMs
 * @property {number} mirrorBodyCap                     request bodies above this many bytes are not mirrored
 * @property {number} compareBodyCap                    response bodies above this are not compared
 * @property {number} samples                           diff samples kept
 * @property {string | undefined} report               JSON report file (rewritten atomically)
 * @property {number} reportIntervalMs
 * @property {number | undefined} durationMs            stop by itself after this long
 * @property {number | undefined} maxDiffRate          with durationMs: exit 3 when the diff rate is above it
 * @property {number} minCompared                       with maxDiffRate: fewer comparisons → inconclusive (exit 4)
 */

/**
 * What a program passes to start the proxy: typed values, each optional but the two URLs; a missing one takes the
 * CLI's default (see `USAGE`). The option named in an error is the CLI's (`darkTimeoutMs` → `--dark-timeout`).
 * @typedef {object} ShadowConfig
 * @property {string | URL} production                 base URL of the live version
 * @property {string | URL} dark                       base URL of the dark version
 * @property {string} [listen]                         HOST:PORT users connect to (default 127.0.0.1:0)
 * @property {string} [admin]                          HOST:PORT of /metrics, /report, /healthz (default 127.0.0.1:0)
 * @property {boolean} [darkWrites]                    also copy unsafe methods (default false; needs darkDatastore)
 * @property {string} [darkDatastore]
 * @property {string[]} [compareHeaders]               default ['content-type']
 * @property {string[]} [ignorePaths]                  JSON paths: a.b, items[*].id, **.requestId
 * @property {number} [concurrency]
 * @property {number} [queueSize]
 * @property {number} [mirrorPercent]
 * @property {number} [darkTimeoutMs]
 * @property {number} [productionTimeoutMs]
 * @property {number} [mirrorBodyCap]
 * @property {number} [compareBodyCap]
 * @property {number} [samples]
 * @property {string} [report]
 * @property {number} [reportIntervalMs]
 * @property {number} [durationMs]
 * @property {number} [maxDiffRate]
 * @property {number} [minCompared]
 */

class ShadowOptionsError extends Error {
  /** @param {string} option @param {string} value @param {string} accepted @param {{ cause?: unknown }} [options] */
  constructor(option, value, accepted, options) {
    super(`Option '--${option}': '${value}' ${accepted}`, options)
    this.name = 'ShadowOptionsError'
    /** The option's documented name, without `--`. */
    this.option = option
  }
}

const MAX_DURATION_MS = 86_400_000

/**
 * @typedef {object} NumberRule
 * @property {keyof ShadowConfig & keyof ShadowOptions} key
 * @property {'integer' | 'percent' | 'fraction' | 'duration'} kind
 * @property {number | undefined} fallback
 * @property {number} [min]
 * @property {number} [max]
 */

/**
 * The numeric options by CLI name: config key, kind, default and range.
 * @type {Record<string, NumberRule>}
 */
const NUMBER_OPTIONS = {
  concurrency: { key: 'concurrency', kind: 'integer', fallback: 32, min: 1, max: 4096 },
  'queue-size': { key: 'queueSize', kind: 'integer', fallback: 256, min: 0, max: 100_000 },
  'mirror-percent': { key: 'mirrorPercent', kind: 'percent', fallback: 100 },
  'dark-timeout': { key: 'darkTimeoutMs', kind: 'duration', fallback: 2000 },
  'production-timeout': { key: 'productionTimeoutMs', kind: 'duration', fallback: 30_000 },
  'mirror-body-cap': { key: 'mirrorBodyCap', kind: 'integer', fallback: 65_536, min: 0, max: 64 * 1024 * 1024 },
  'compare-body-cap': { key: 'compareBodyCap', kind: 'integer', fallback: 1_048_576, min: 0, max: 256 * 1024 * 1024 },
  samples: { key: 'samples', kind: 'integer', fallback: 20, min: 0, max: 10_000 },
  'report-interval': { key: 'reportIntervalMs', kind: 'duration', fallback: 5000 },
  duration: { key: 'durationMs', kind: 'duration', fallback: undefined },
  'max-diff-rate': { key: 'maxDiffRate', kind: 'fraction', fallback: undefined },
  'min-compared': { key: 'minCompared', kind: 'integer', fallback: 1, min: 0, max: 1_000_000_000 },
}

/**
 * What a numeric option accepts, or undefined when `value` is accepted.
 * @param {NumberRule} rule @param {number} value
 */
function refusal(rule, value) {
  const { min = 0, max = 0 } = rule
  switch (rule.kind) {
    case 'integer':
      return Number.isInteger(value) && value >= min && value <= max
        ? undefined
        : `is not a whole number from ${min} to ${max}`
    case 'percent':
      return value >= 0 && value <= 100 ? undefined : 'is not a percentage from 0 to 100 (e.g. 10 or 0.5)'
    case 'fraction':
      return value >= 0 && value <= 1 ? undefined : 'is not a fraction from 0 to 1 (e.g. 0.01)'
    case 'duration':
      if (!Number.isFinite(value)) return 'is not a duration in milliseconds'
      return value > 0 && value <= MAX_DURATION_MS ? undefined : 'must be above 0 and at most 24h'
  }
}

/**
 * A numeric option checked against its rule; `shown` is the value as the user wrote it (the CLI's text).
 * @param {string} name @param {number | undefined} value @param {string} [shown]
 * @returns {number | undefined}
 */
function numberOption(name, value, shown) {
  const rule = /** @type {NumberRule} */ (NUMBER_OPTIONS[name])
  const v = value ?? rule.fallback
  if (v === undefined) return undefined
  const refused = typeof v === 'number' ? refusal(rule, v) : `is not a number (${rule.kind})`
  if (refused) throw new ShadowOptionsError(name, shown ?? String(v), refused)
  return rule.kind === 'duration' ? Math.round(v) : v
}

/** @param {string} name @param {string} text */
function hostPort(name, text) {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\]):(\d{1,5})$/i.exec(text)
  const port = m ? Number(m[2]) : NaN
  if (!m || port > 65535)
    throw new ShadowOptionsError(
      name,
      text,
      'is not HOST:PORT with an IP address or localhost (e.g. 127.0.0.1:8080; port 0 picks a free one)',
    )
  return { host: /** @type {string} */ (m[1]).replace(/^\[|\]$/g, ''), port }
}

/** @param {string} name @param {string | URL | undefined} given @param {string} what */
function httpUrl(name, given, what) {
  if (given === undefined || given === '') throw new ShadowOptionsError(name, '', `is required: the URL of ${what}`)
  const text = String(given)
  let url
  try {
    url = new URL(text)
  } catch {
    throw new ShadowOptionsError(name, text, 'is not a URL (e.g. http://127.0.0.1:8081)')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ShadowOptionsError(name, text, 'must be an http:// or https:// URL')
  if (url.search || url.hash || url.username || url.password)
    throw new ShadowOptionsError(name, text, 'must be a base URL without query, fragment or credentials')
  return url
}

/** @param {boolean | undefined} writes @param {string | undefined} datastore */
function darkWrites(writes, datastore) {
  if (writes !== undefined && typeof writes !== 'boolean')
    throw new ShadowOptionsError('dark-writes', String(writes), "is not 'true' or 'false'")
  if (datastore !== undefined && !/^[A-Za-z0-9._:/@-]{1,200}$/.test(datastore))
    throw new ShadowOptionsError(
      'dark-datastore',
      datastore,
      'is not a datastore name (letters, digits and . _ : / @ -)',
    )
  if (writes && datastore === undefined) {
    throw new ShadowOptionsError(
      'dark-writes',
      'true',
      "needs --dark-datastore naming the dark version's separate datastore: dark writes against the production datastore would change real data",
    )
  }
  return writes === true
}

/** @param {string[]} texts */
function ignorePaths(texts) {
  return texts.map((p) => {
    try {
      return parseIgnorePath(p)
    } catch (error) {
      throw new ShadowOptionsError('ignore-path', p, 'is not of the form a.b[*].c (* = one level, ** = any depth)', {
        cause: error,
      })
    }
  })
}

/**
 * Validate a typed config and fill in the defaults: the options {@link startShadowProxy} takes.
 * @param {ShadowConfig} config
 * @returns {ShadowOptions}
 */
function resolveOptions(config) {
  const production = httpUrl('production', config.production, 'the live version')
  const dark = httpUrl('dark', config.dark, 'the dark version')
  const writes = darkWrites(config.darkWrites, config.darkDatastore)
  const ignorePathTexts = [...(config.ignorePaths ?? [])]
  /** @param {string} name */
  const number = (name) =>
    numberOption(name, /** @type {number | undefined} */ (config[/** @type {NumberRule} */ (NUMBER_OPTIONS[name]).key]))
  return {
    listen: hostPort('listen', config.listen ?? '127.0.0.1:0'),
    admin: hostPort('admin', config.admin ?? '127.0.0.1:0'),
    production,
    dark,
    darkWrites: writes,
    darkDatastore: config.darkDatastore,
    compareHeaders: (config.compareHeaders ?? ['content-type']).map((h) => h.toLowerCase()),
    ignorePaths: ignorePaths(ignorePathTexts),
    ignorePathTexts,
    concurrency: /** @type {number} */ (number('concurrency')),
    queueSize: /** @type {number} */ (number('queue-size')),
    mirrorPercent: /** @type {number} */ (number('mirror-percent')),
    darkTimeoutMs: /** @type {number} */ (number('dark-timeout')),
    productionTimeoutMs: /** @type {number} */ (number('production-timeout')),
    mirrorBodyCap: /** @type {number} */ (number('mirror-body-cap')),
    compareBodyCap: /** @type {number} */ (number('compare-body-cap')),
    samples: /** @type {number} */ (number('samples')),
    report: config.report,
    reportIntervalMs: /** @type {number} */ (number('report-interval')),
    durationMs: number('duration'),
    maxDiffRate: number('max-diff-rate'),
    minCompared: /** @type {number} */ (number('min-compared')),
  }
}

;// CONCATENATED MODULE: ../../packages/shadow/src/argv.mjs
// @ts-check
/**
 * The CLI's arguments: argv → a {@link ShadowConfig} → {@link resolveOptions}, the same validation and defaults a
 * program gets. Only the text forms are read here (`--name value`, `--name=value`, lists, `2s`, `true`).
 */


/** @typedef {import('./options.mjs').ShadowConfig} ShadowConfig */
/** @typedef {import('./options.mjs').ShadowOptions} ShadowOptions */

const BOOLEAN_OPTIONS = new Set(['dark-writes'])
const REPEATABLE = new Set(['ignore-path', 'compare-headers'])
const KNOWN = new Set([
  'listen',
  'admin',
  'production',
  'dark',
  'dark-writes',
  'dark-datastore',
  'compare-headers',
  'ignore-path',
  'concurrency',
  'queue-size',
  'dark-timeout',
  'production-timeout',
  'mirror-body-cap',
  'compare-body-cap',
  'samples',
  'report',
  'report-interval',
  'duration',
  'max-diff-rate',
  'min-compared',
  'mirror-percent',
  'help',
])

/**
 * Split argv into name → values. `--name value`, `--name=value`; `--dark-writes` alone means true.
 * @param {string[]} argv
 * @returns {Map<string, string[]>}
 */
function splitArgs(argv) {
  /** @type {Map<string, string[]>} */
  const out = new Map()
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i])
    if (!arg.startsWith('--'))
      throw new ShadowOptionsError('?', arg, 'is not an option (options look like --name value)')
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    if (!KNOWN.has(name))
      throw new ShadowOptionsError(
        name,
        arg,
        `is not a known option (known: ${[...KNOWN].map((k) => `--${k}`).join(', ')})`,
      )
    let value
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (BOOLEAN_OPTIONS.has(name) && (argv[i + 1] === undefined || String(argv[i + 1]).startsWith('--')))
      value = 'true'
    else if (name === 'help') value = 'true'
    else {
      value = argv[++i]
      if (value === undefined) throw new ShadowOptionsError(name, '', 'needs a value')
    }
    if (out.has(name) && !REPEATABLE.has(name)) throw new ShadowOptionsError(name, value, 'is given twice')
    out.set(name, [...(out.get(name) ?? []), value])
  }
  return out
}

/**
 * A duration as text: `250ms`, `2s`, `5m`; a bare number is milliseconds.
 * @param {string} name @param {string} text
 */
function duration(name, text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text)
  if (!m)
    throw new ShadowOptionsError(name, text, 'is not a duration (e.g. 250ms, 2s, 5m; a bare number is milliseconds)')
  const unit = m[2] ?? 'ms'
  return Number(m[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000)
}

/** The text forms of the numeric kinds (a duration has its own parser). */
const NUMBER_TEXT = { integer: /^\d+$/, percent: /^\d+(\.\d+)?$/, fraction: /^(0(\.\d+)?|1(\.0+)?)$/ }

/**
 * A numeric option's text: its number, checked by the same rule as a program's value (shown as written).
 * @param {string} name @param {string} text
 */
function numberText(name, text) {
  const rule = /** @type {import('./options.mjs').NumberRule} */ (NUMBER_OPTIONS[name])
  const value = rule.kind === 'duration' ? duration(name, text) : NUMBER_TEXT[rule.kind].test(text) ? Number(text) : NaN
  return numberOption(name, value, text)
}

/**
 * Parse and validate the proxy's arguments.
 * @param {string[]} argv
 * @returns {ShadowOptions}
 */
function parseOptions(argv) {
  const args = splitArgs(argv)
  /** @param {string} name */
  const one = (name) => args.get(name)?.at(-1)
  /** @param {string} name */
  const many = (name) =>
    (args.get(name) ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean)
  const writes = one('dark-writes')
  if (writes !== undefined && writes !== 'true' && writes !== 'false')
    throw new ShadowOptionsError('dark-writes', writes, "is not 'true' or 'false'")
  /** @type {Record<string, number | undefined>} */
  const numbers = {}
  for (const [name, rule] of Object.entries(NUMBER_OPTIONS)) {
    const text = one(name)
    if (text !== undefined) numbers[rule.key] = numberText(name, text)
  }
  /** @type {ShadowConfig} */
  const config = {
    production: one('production') ?? '',
    dark: one('dark') ?? '',
    listen: one('listen'),
    admin: one('admin'),
    darkWrites: writes === undefined ? undefined : writes === 'true',
    darkDatastore: one('dark-datastore'),
    compareHeaders: args.has('compare-headers') ? many('compare-headers') : undefined,
    ignorePaths: many('ignore-path'),
    report: one('report'),
    ...numbers,
  }
  return resolveOptions(config)
}

const USAGE = `shadow-proxy: answer users from production, mirror requests to a dark version, compare the answers

  node shadow-proxy.mjs --production URL --dark URL [options]

  --listen HOST:PORT          user-facing address (default 127.0.0.1:0 = a free port)
  --admin HOST:PORT           /metrics (Prometheus), /report (JSON), /healthz (default 127.0.0.1:0)
  --dark-writes true|false    also mirror POST/PUT/PATCH/DELETE… (default false: GET/HEAD/OPTIONS only)
  --dark-datastore NAME       required with --dark-writes true; sent to the dark version as X-Shadow-Datastore
  --compare-headers a,b       response headers to compare (default content-type)
  --ignore-path PATH          JSON paths to ignore, repeatable or comma-separated (timestamp, items[*].id, **.requestId)
  --concurrency N             dark requests in flight (default 32)
  --queue-size N              copies waiting for a slot; beyond this they are dropped (default 256)
  --mirror-percent P          copy only P% of eligible requests, evenly spread (default 100)
  --dark-timeout D            per dark request (default 2s)      --production-timeout D  (default 30s)
  --mirror-body-cap BYTES     request bodies buffered for mirroring up to this (default 65536; larger: not mirrored)
  --compare-body-cap BYTES    response bodies compared up to this (default 1048576)
  --samples N                 diff samples kept in the report (default 20)
  --report FILE               write the JSON report there every --report-interval (default 5s) and at exit
  --duration D                stop after D; with --max-diff-rate F exit 3 when differed/compared > F,
                              and exit 4 (inconclusive) when fewer than --min-compared N (default 1) were compared

It prints one JSON line {"event":"listening","url":...,"admin":...} when ready, and stops cleanly on SIGTERM/SIGINT.`

;// CONCATENATED MODULE: ../../packages/shadow/src/judge.mjs
// @ts-check
/**
 * The verdict of a dark-launch run, from its report: too few comparisons is "inconclusive" (never a failure:
 * no data is not bad data), a diff rate above the limit is "fail", otherwise "pass". Pure.
 */

/**
 * @typedef {object} ShadowVerdict
 * @property {'pass' | 'fail' | 'inconclusive'} verdict
 * @property {string} reason      one sentence with the numbers
 * @property {number} diffRate    differed / compared (0 when nothing was compared)
 * @property {number} compared
 * @property {number} dropped     copies dropped because the queue was full
 */

/**
 * @param {{ compared: number, differed: number, skipped: { queue_full: number }, darkErrors: { timeout: number, error: number } }} report
 * @param {{ maxDiffRate: number, minCompared?: number }} limits
 * @returns {ShadowVerdict}
 */
function judgeShadowReport(report, limits) {
  const minCompared = limits.minCompared ?? 1
  const diffRate = report.compared === 0 ? 0 : report.differed / report.compared
  const base = { diffRate, compared: report.compared, dropped: report.skipped.queue_full }
  const darkErrors = report.darkErrors.timeout + report.darkErrors.error
  const extra = `${base.dropped} copies dropped, ${darkErrors} dark errors/timeouts`
  if (report.compared < minCompared) {
    return {
      ...base,
      verdict: 'inconclusive',
      reason: `only ${report.compared} responses compared, fewer than the minimum ${minCompared} (${extra})`,
    }
  }
  const rate = `${(diffRate * 100).toFixed(2)}% (${report.differed}/${report.compared})`
  if (diffRate > limits.maxDiffRate)
    return {
      ...base,
      verdict: 'fail',
      reason: `diff rate ${rate} is above ${(limits.maxDiffRate * 100).toFixed(2)}% (${extra})`,
    }
  return {
    ...base,
    verdict: 'pass',
    reason: `diff rate ${rate} is within ${(limits.maxDiffRate * 100).toFixed(2)}% (${extra})`,
  }
}

;// CONCATENATED MODULE: ../../packages/shadow/src/index.mjs
// @ts-check


/** @typedef {import('./options.mjs').ShadowConfig} ShadowConfig */
/** @typedef {import('./options.mjs').ShadowOptions} ShadowOptions */









/** Absolute path of the CLI entry (for spawning it, or copying the src/ directory to a host). */
const SHADOW_PROXY_CLI = (0,external_node_url_.fileURLToPath)(new URL(/* asset import */ __webpack_require__(4311), __webpack_require__.b))


/***/ })

};
