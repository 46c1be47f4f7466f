// @ts-check
/**
 * Counters of a shadow-proxy run, rendered as a JSON report and as Prometheus text (exposition format 0.0.4).
 * Diff samples are bounded: the first `maxSamples` differing responses are kept.
 */

/** @typedef {import('./compare.mjs').Difference} Difference */
/** @typedef {{ at: string, method: string, path: string, kinds: string[], differences: Difference[] }} DiffSample */

export class ShadowStats {
  /** @param {{ maxSamples?: number, production: string, dark: string, darkWrites: boolean }} info */
  constructor(info) {
    this.info = info
    this.startedAt = new Date().toISOString()
    this.requests = 0
    this.productionErrors = 0
    this.mirrored = 0
    /** @type {Record<'unsafe_method' | 'body_too_large' | 'queue_full' | 'production_error', number>} */
    this.skipped = { unsafe_method: 0, body_too_large: 0, queue_full: 0, production_error: 0 }
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
    if (this.samples.length < this.maxSamples) this.samples.push({ at: new Date().toISOString(), method: request.method, path: request.path, kinds: result.kinds, differences: result.differences })
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
      mirrored: this.mirrored,
      skipped: { ...this.skipped },
      darkErrors: { ...this.darkErrors },
      compared: this.compared,
      matched: this.matched,
      differed: this.differed,
      diffRate: this.diffRate,
      diffsByKind: { ...this.diffs },
      bodiesNotCompared: this.bodiesNotCompared,
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
    const labelled = (counts, label) => /** @type {[string, number][]} */ (Object.entries(counts).map(([k, v]) => [`{${label}="${k}"}`, v]))
    metric('shadow_requests_total', 'counter', 'Requests answered from production.', [['', this.requests]])
    metric('shadow_production_errors_total', 'counter', 'Requests production failed to answer (502 to the user).', [['', this.productionErrors]])
    metric('shadow_mirrored_total', 'counter', 'Copies sent to the dark version.', [['', this.mirrored]])
    metric('shadow_skipped_total', 'counter', 'Requests not mirrored, by reason (queue_full = dropped to protect production).', labelled(this.skipped, 'reason'))
    metric('shadow_dark_errors_total', 'counter', 'Dark requests that failed or timed out.', labelled(this.darkErrors, 'reason'))
    metric('shadow_compared_total', 'counter', 'Production/dark response pairs compared.', [['', this.compared]])
    metric('shadow_matched_total', 'counter', 'Compared pairs with no difference.', [['', this.matched]])
    metric('shadow_differed_total', 'counter', 'Compared pairs with at least one difference.', [['', this.differed]])
    metric('shadow_diffs_total', 'counter', 'Differing pairs by kind of difference (a pair can count under several kinds).', labelled(this.diffs, 'kind'))
    metric('shadow_diff_ratio', 'gauge', 'differed / compared.', [['', this.diffRate]])
    metric('shadow_queue_waiting', 'gauge', 'Copies waiting for a dark connection slot.', [['', this.queueWaiting]])
    metric('shadow_dark_inflight', 'gauge', 'Dark requests in flight.', [['', this.darkInflight]])
    return `${lines.join('\n')}\n`
  }
}
