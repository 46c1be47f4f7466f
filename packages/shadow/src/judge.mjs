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
export function judgeShadowReport(report, limits) {
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
