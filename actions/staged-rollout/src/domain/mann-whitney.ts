/**
 * The Mann-Whitney U test (normal approximation with tie and continuity correction) and the canary judge built on
 * it: a difference fails the canary only when it is statistically significant AND large enough (the effect-size
 * gate, as in Kayenta), so a tiny but significant change does not roll a release back. NaN is removed, never zeroed.
 */
import type { CompareSpec } from './metrics.js'

export interface MannWhitneyResult {
  /** U statistic of the first sample. */
  u: number
  /** Standardised statistic (positive when the first sample tends to be larger). */
  z: number
  /** Two-sided p-value. */
  pValue: number
}

/** Average ranks (1-based) of the values, ties sharing the mean of their positions; also the tie term Σ(t³−t). */
export function ranks(values: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v)
  const out = new Array<number>(values.length)
  let tieTerm = 0
  for (let start = 0; start < order.length;) {
    let end = start
    while (end + 1 < order.length && (order[end + 1] as { v: number }).v === (order[start] as { v: number }).v) end++
    const avg = (start + end) / 2 + 1
    for (let k = start; k <= end; k++) out[(order[k] as { i: number }).i] = avg
    const t = end - start + 1
    tieTerm += t * t * t - t
    start = end + 1
  }
  return { ranks: out, tieTerm }
}

/** Two-sided Mann-Whitney U test of x against y. */
export function mannWhitney(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const n1 = x.length
  const n2 = y.length
  if (n1 === 0 || n2 === 0) throw new Error('mannWhitney needs two non-empty samples')
  const { ranks: r, tieTerm } = ranks([...x, ...y])
  const r1 = r.slice(0, n1).reduce((a, b) => a + b, 0)
  const u = r1 - (n1 * (n1 + 1)) / 2
  const n = n1 + n2
  const mu = (n1 * n2) / 2
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)))
  if (!(variance > 0)) return { u, z: 0, pValue: 1 }
  const d = u - mu
  const z = (Math.sign(d) * Math.max(0, Math.abs(d) - 0.5)) / Math.sqrt(variance)
  return { u, z, pValue: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) }
}

/**
 * The complementary error function, from a Chebyshev fit (fractional error below 1.2e-7 everywhere), enough for
 * p-values compared with thresholds such as 0.05 or 0.01.
 */
export function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  const r = t * Math.exp(poly)
  return x >= 0 ? r : 2 - r
}

export interface CompareVerdict {
  outcome: 'successful' | 'failed'
  pValue: number
  /** Mean of the canary over mean of the baseline (Infinity when the baseline mean is 0 and the canary's is not). */
  meanRatio: number
  canaryMean: number
  baselineMean: number
  canaryN: number
  baselineN: number
  reason: string
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length
}

function ratio(a: number, b: number): number {
  if (b === 0) return a === 0 ? 1 : Infinity
  return a / b
}

/** Judge canary samples against baseline samples from the same window (NaN already removed by the caller). */
export function judgeCompare(
  canary: readonly number[],
  baseline: readonly number[],
  spec: CompareSpec,
): CompareVerdict {
  const test = mannWhitney(canary, baseline)
  const canaryMean = mean(canary)
  const baselineMean = mean(baseline)
  const meanRatio = ratio(canaryMean, baselineMean)
  const alpha = 1 - spec.confidence
  const significant = test.pValue < alpha
  const higherWorse = spec.direction !== 'decrease' && canaryMean > baselineMean && meanRatio >= spec.effectSize
  const lowerWorse =
    spec.direction !== 'increase' && canaryMean < baselineMean && ratio(baselineMean, canaryMean) >= spec.effectSize
  const failed = significant && (higherWorse || lowerWorse)
  const p = test.pValue.toPrecision(3)
  const r = Number.isFinite(meanRatio) ? meanRatio.toFixed(3) : '∞'
  let reason: string
  if (failed)
    reason = `canary ${higherWorse ? 'higher' : 'lower'} than baseline: p=${p} < ${alpha.toFixed(3)}, mean ratio ${r} beyond ${spec.effectSize}`
  else if (significant)
    reason = `significant (p=${p}) but within the effect size (mean ratio ${r}, gate ${spec.effectSize}) or in the harmless direction`
  else reason = `no significant difference (p=${p}, mean ratio ${r})`
  return {
    outcome: failed ? 'failed' : 'successful',
    pValue: test.pValue,
    meanRatio,
    canaryMean,
    baselineMean,
    canaryN: canary.length,
    baselineN: baseline.length,
    reason,
  }
}
