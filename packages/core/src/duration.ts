/**
 * Durations written as `90s`, `5m`, `1h30m`, `250ms` or a bare number. Pure: no I/O.
 *
 * The bare-number rule, the same for every input and every YAML/JSON field: **a bare number is seconds**, whether it
 * arrives as text (`'30'`, an action input) or as a YAML/JSON number (`interval: 30`), and it may have a fraction
 * (`0.5` is 500 ms). It is what the inputs always meant (`health-timeout: 30` waited 30 s; a metric's `interval: 30`
 * measured every 30 s); fractions and YAML numbers in the circuit breaker's `interval` are now read by the same rule.
 */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y

/** Parse a duration to milliseconds, or return undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim()
  if (s === '') return undefined
  if (/^\d+(?:\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000)
  let total = 0
  PART.lastIndex = 0
  let pos = 0
  while (pos < s.length) {
    PART.lastIndex = pos
    const m = PART.exec(s)
    if (!m) return undefined
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number)
    pos = PART.lastIndex
  }
  return Math.round(total)
}

/**
 * A duration from a YAML/JSON value, in milliseconds: a string as {@link parseDuration} reads it, or a number of
 * seconds (see the bare-number rule above). Undefined for anything else (a negative or non-finite number, an object).
 */
export function durationValue(value: unknown): number | undefined {
  if (typeof value === 'string') return parseDuration(value)
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.round(value * 1000)
  return undefined
}

/** Format milliseconds for people: `850ms`, `12.3s`, `4m05s`, `1h02m`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`
  const totalS = Math.round(ms / 1000)
  const h = Math.floor(totalS / 3600)
  const m = Math.floor((totalS % 3600) / 60)
  const sec = totalS % 60
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m${String(sec).padStart(2, '0')}s`
}
