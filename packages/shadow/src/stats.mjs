// @ts-check
/**
 * Counters of a shadow-proxy run, rendered as a JSON report and as Prometheus text (exposition format 0.0.4).
 * Diff samples are bounded: the first `maxSamples` differing responses are kept.
 */

/** @typedef {import('./compare.mjs').Difference} Difference */
/** @typedef {{ at: string, method: string, path: string, kinds: string[], differences: Difference[] }} DiffSample */

const BOUNDS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/** A Prometheus-style latency histogram (seconds, cumulative buckets on output). */
export class LatencyHistogram {
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

export class ShadowStats {
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
