/**
 * Every flag state tested: the variant combinations of some flags of a flagd flag file, as a CI job matrix. All
 * combinations while there are few; pairwise combinations (every pair of variants of every two flags appears in at
 * least one row) when the full product would exceed a bound. Pure: the file is already parsed.
 */
import type { FlagFile } from './flag-file.js'

export type MatrixMode = 'all' | 'pairwise'

/** One row: flag key → variant name. */
export type Combination = Record<string, string>

export interface FlagMatrix {
  mode: MatrixMode
  flags: { key: string; variants: string[] }[]
  combinations: Combination[]
  /** Size of the full product (every combination). */
  product: number
  /** Pairs of variants of two different flags, and how many of them the rows cover (all of them). */
  pairs: { total: number; covered: number }
}

/** A matrix that cannot be made as asked: a flag missing or with one variant, or too many rows. */
export class MatrixError extends Error {
  constructor(
    message: string,
    readonly subject: string,
  ) {
    super(message)
    this.name = 'MatrixError'
  }
}

/** The variant names of a flag, in file order. */
export function flagVariants(file: FlagFile, key: string): string[] {
  const flag = file.flags[key]
  if (!flag)
    throw new MatrixError(`is not a flag in the file (flags: ${Object.keys(file.flags).join(', ') || 'none'})`, key)
  return Object.keys(flag.variants)
}

function product(flags: FlagMatrix['flags']): number {
  return flags.reduce((n, f) => n * f.variants.length, 1)
}

/** Every combination, the first flag varying slowest. */
export function allCombinations(flags: FlagMatrix['flags']): Combination[] {
  let rows: Combination[] = [{}]
  for (const f of flags) rows = rows.flatMap((row) => f.variants.map((v) => ({ ...row, [f.key]: v })))
  return rows
}

const pairKey = (i: number, a: string, j: number, b: string): string => JSON.stringify([i, a, j, b])

/** Every pair of variants of two different flags (flag i < flag j). */
export function allPairs(flags: FlagMatrix['flags']): string[] {
  const out: string[] = []
  for (let i = 0; i < flags.length; i++) {
    for (let j = i + 1; j < flags.length; j++) {
      for (const a of (flags[i] as FlagMatrix['flags'][number]).variants)
        for (const b of (flags[j] as FlagMatrix['flags'][number]).variants) out.push(pairKey(i, a, j, b))
    }
  }
  return out
}

/** The pairs a row covers. */
export function pairsOf(flags: FlagMatrix['flags'], row: Combination): string[] {
  const out: string[] = []
  for (let i = 0; i < flags.length; i++) {
    for (let j = i + 1; j < flags.length; j++)
      out.push(
        pairKey(
          i,
          row[(flags[i] as { key: string }).key] as string,
          j,
          row[(flags[j] as { key: string }).key] as string,
        ),
      )
  }
  return out
}

/** 0..n-1 in an order fixed by `seed` (a small LCG: deterministic, so a re-run gives the same matrix). */
function shuffled(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i)
  let x = (seed * 2654435761 + 1) >>> 0
  for (let i = n - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    const j = x % (i + 1)
    ;[out[i], out[j]] = [out[j] as number, out[i] as number]
  }
  return out
}

/** How many uncovered pairs each new row tries as its seed (AETG-style candidates); the best candidate is kept. */
const CANDIDATES = 48

/**
 * Pairwise rows, greedy (AETG-style) and deterministic: each new row is built from several seeds (an uncovered
 * pair, taken at even spacing through the uncovered set), every other flag then, in a seeded shuffled order, taking the variant that covers
 * the most uncovered pairs with the flags already set (the first on a tie); the candidate covering the most new
 * pairs is kept. Every row covers at least its seed pair, so the loop ends within `pairs` rows.
 */
export function pairwiseCombinations(flags: FlagMatrix['flags']): Combination[] {
  const uncovered = new Set(allPairs(flags))
  const rows: Combination[] = []
  const limit = uncovered.size + 1
  const build = (seed: string, order: readonly number[]): { row: Combination; gain: number } => {
    const [i, a, j, b] = JSON.parse(seed) as [number, string, number, string]
    const chosen = new Map<number, string>([
      [i, a],
      [j, b],
    ])
    for (const k of order) {
      if (chosen.has(k)) continue
      let best = (flags[k] as { variants: string[] }).variants[0] as string
      let bestGain = -1
      for (const v of (flags[k] as { variants: string[] }).variants) {
        let gain = 0
        for (const [m, w] of chosen) if (uncovered.has(m < k ? pairKey(m, w, k, v) : pairKey(k, v, m, w))) gain++
        if (gain > bestGain) [best, bestGain] = [v, gain]
      }
      chosen.set(k, best)
    }
    const row: Combination = {}
    flags.forEach((f, k) => (row[f.key] = chosen.get(k) as string))
    return { row, gain: pairsOf(flags, row).filter((p) => uncovered.has(p)).length }
  }
  while (uncovered.size > 0 && rows.length < limit) {
    const pool = [...uncovered]
    const step = Math.max(1, Math.floor(pool.length / CANDIDATES))
    let best: { row: Combination; gain: number } | undefined
    for (let c = 0, n = 0; c < pool.length && n < CANDIDATES; c += step, n++) {
      const candidate = build(pool[c] as string, shuffled(flags.length, rows.length * CANDIDATES + n))
      if (!best || candidate.gain > best.gain) best = candidate
    }
    const row = (best as { row: Combination }).row
    for (const p of pairsOf(flags, row)) uncovered.delete(p)
    rows.push(row)
  }
  return rows
}

export interface MatrixOptions {
  /** The flags to vary, in order. */
  keys: readonly string[]
  /** `all`: every combination (fails above `max`); `pairwise`; `auto`: all while within `max`, else pairwise. */
  mode: MatrixMode | 'auto'
  /** The most rows the matrix may have (GitHub runs at most 256 jobs per matrix). */
  max: number
}

/** The job matrix for some flags of a flag file. Throws {@link MatrixError} naming what cannot be done. */
export function flagMatrix(file: FlagFile, opts: MatrixOptions): FlagMatrix {
  if (opts.keys.length === 0) throw new MatrixError('names no flag', '')
  const dup = opts.keys.find((k, i) => opts.keys.indexOf(k) !== i)
  if (dup) throw new MatrixError('is named twice', dup)
  const flags = opts.keys.map((key) => ({ key, variants: flagVariants(file, key) }))
  const one = flags.find((f) => f.variants.length < 2)
  if (one) throw new MatrixError(`has only ${one.variants.length} variant; nothing to vary`, one.key)
  const total = product(flags)
  const mode: MatrixMode =
    opts.mode === 'auto'
      ? total <= opts.max || flags.length < 2
        ? 'all'
        : 'pairwise'
      : flags.length < 2
        ? 'all'
        : opts.mode
  if (mode === 'all' && total > opts.max) {
    throw new MatrixError(
      `give ${total} combinations, more than max-combinations ${opts.max}; use mode pairwise (or auto), or fewer flags`,
      opts.keys.join(', '),
    )
  }
  const combinations = mode === 'all' ? allCombinations(flags) : pairwiseCombinations(flags)
  if (combinations.length > opts.max) {
    throw new MatrixError(
      `need ${combinations.length} pairwise combinations, more than max-combinations ${opts.max}; vary fewer flags or raise the bound`,
      opts.keys.join(', '),
    )
  }
  const pairs = allPairs(flags)
  const covered = new Set(combinations.flatMap((row) => pairsOf(flags, row)))
  return {
    mode,
    flags,
    combinations,
    product: total,
    pairs: { total: pairs.length, covered: pairs.filter((p) => covered.has(p)).length },
  }
}

/** A combination's name for a job: `new-checkout=on, dark-mode=off`. */
export function combinationName(row: Combination): string {
  return Object.entries(row)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')
}

/** The environment variable of one flag: `SHIPLINE_FLAG_NEW_CHECKOUT` for `new-checkout`. */
export function flagEnvName(key: string): string {
  return `SHIPLINE_FLAG_${key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

/**
 * The environment a test step gets for one combination: `SHIPLINE_FLAG_VARIANTS` (the JSON mapping) and one
 * `SHIPLINE_FLAG_<KEY>` per flag. Throws {@link MatrixError} when two keys map to the same variable name.
 */
export function variantEnv(row: Combination): Record<string, string> {
  const env: Record<string, string> = { SHIPLINE_FLAG_VARIANTS: JSON.stringify(row) }
  const seen = new Map<string, string>()
  for (const [key, variant] of Object.entries(row)) {
    const name = flagEnvName(key)
    const other = seen.get(name)
    if (other !== undefined) throw new MatrixError(`and '${other}' both map to ${name}`, key)
    seen.set(name, key)
    env[name] = variant
  }
  return env
}
