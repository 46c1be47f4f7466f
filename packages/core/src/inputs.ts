/**
 * Typed readers over the runner's inputs (`INPUT_<NAME>`). Each returns the parsed value, the fallback when the input is empty,
 * or throws an {@link InputError} that names the input, the value it got and the accepted form.
 */
import * as core from './runner.js'
import { InputError, messageOf } from './errors.js'
import { parseDuration } from './duration.js'
import { checkVersion, type VersionRules } from './version.js'

interface Base<T> {
  /** Fail when the input is empty. */
  required?: boolean
  /** Value used when the input is empty (action.yml defaults already arrive as values). */
  fallback?: T
}

/** Options that make a reader always return a value: the input is required, or has a fallback. */
export type Sure<T> = { required: true } | { fallback: T }

function raw(name: string, required = false): string {
  const value = core.getInput(name)
  if (required && value === '') throw new InputError(name, '', 'is required but was empty or not given')
  return value
}

function orFallback<T>(name: string, opts: Base<T> | undefined, parse: (v: string) => T): T | undefined {
  const value = raw(name, opts?.required)
  return value === '' ? opts?.fallback : parse(value)
}

interface StringOptions extends Base<string> {
  pattern?: RegExp
  accepted?: string
}

/** A string, optionally matching a pattern described in words by `accepted`. */
export function readString(name: string, opts: StringOptions & Sure<string>): string
export function readString(name: string, opts?: StringOptions): string | undefined
export function readString(name: string, opts: StringOptions = {}): string | undefined {
  return orFallback(name, opts, (v) => {
    if (opts.pattern && !opts.pattern.test(v))
      throw new InputError(name, v, opts.accepted ?? `does not match ${String(opts.pattern)}`)
    return v
  })
}

/** A required string. */
export function requireString(name: string, opts: { pattern?: RegExp; accepted?: string } = {}): string {
  return readString(name, { ...opts, required: true })
}

/** `true` or `false`, nothing else (YAML's True/yes are rendered as `true` by the runner already). */
export function readBoolean(name: string, fallback = false): boolean {
  const v = raw(name)
  if (v === '') return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new InputError(name, v, "is not a boolean: use 'true' or 'false'")
}

interface IntegerOptions extends Base<number> {
  min?: number
  max?: number
}

/** A whole number within [min, max]. */
export function readInteger(name: string, opts: IntegerOptions & Sure<number>): number
export function readInteger(name: string, opts?: IntegerOptions): number | undefined
export function readInteger(name: string, opts: IntegerOptions = {}): number | undefined {
  const min = opts.min ?? Number.MIN_SAFE_INTEGER
  const max = opts.max ?? Number.MAX_SAFE_INTEGER
  return orFallback(name, opts, (v) => {
    const n = /^-?\d+$/.test(v) ? Number(v) : Number.NaN
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw new InputError(name, v, `is not a whole number ${rangeText(min, max)}`)
    return n
  })
}

function rangeText(min: number, max: number): string {
  if (min > Number.MIN_SAFE_INTEGER && max < Number.MAX_SAFE_INTEGER) return `from ${min} to ${max}`
  if (min > Number.MIN_SAFE_INTEGER) return `of at least ${min}`
  if (max < Number.MAX_SAFE_INTEGER) return `of at most ${max}`
  return ''
}

/** A duration (`90s`, `5m`, `1h30m`, `250ms`, or bare seconds), returned in milliseconds. */
export function readDuration(name: string, opts: Base<number> & { max?: number } & Sure<number>): number
export function readDuration(name: string, opts?: Base<number> & { max?: number }): number | undefined
export function readDuration(name: string, opts: Base<number> & { max?: number } = {}): number | undefined {
  return orFallback(name, opts, (v) => {
    const ms = parseDuration(v)
    if (ms === undefined) throw new InputError(name, v, "is not a duration (e.g. '90s', '5m', '1h30m')")
    if (opts.max !== undefined && ms > opts.max)
      throw new InputError(name, v, `is longer than the maximum of ${opts.max / 1000}s`)
    return ms
  })
}

/** A semantic version, returned in its normal form (see {@link checkVersion} for the rules). */
export function readVersion(name: string, opts: Base<string> & VersionRules & Sure<string>): string
export function readVersion(name: string, opts?: Base<string> & VersionRules): string | undefined
export function readVersion(name: string, opts: Base<string> & VersionRules = {}): string | undefined {
  return orFallback(name, opts, (v) => checkVersion(name, v, opts))
}

/** A comma-separated list of whole percents from 1 to 100, strictly increasing (e.g. `5,25,50,100`). */
export function readPercentList(name: string, opts: Base<number[]> & Sure<number[]>): number[]
export function readPercentList(name: string, opts?: Base<number[]>): number[] | undefined
export function readPercentList(name: string, opts: Base<number[]> = {}): number[] | undefined {
  return orFallback(name, opts, (v) => {
    const parts = v.split(',').map((p) => p.trim())
    const nums = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN))
    if (nums.some((n) => Number.isNaN(n) || n < 1 || n > 100)) {
      throw new InputError(name, v, "is not a list of whole percents from 1 to 100 (e.g. '5,25,100')")
    }
    if (nums.some((n, i) => i > 0 && n <= (nums[i - 1] as number))) {
      throw new InputError(
        name,
        v,
        "is not increasing: each percent must be larger than the one before (e.g. '5,25,100')",
      )
    }
    return nums
  })
}

/** One of a fixed set of values. */
export function readEnum<T extends string>(name: string, values: readonly T[], fallback: NoInfer<T>): T
export function readEnum<T extends string>(name: string, values: readonly T[]): T | undefined
export function readEnum<T extends string>(name: string, values: readonly T[], fallback?: T): T | undefined {
  const v = raw(name)
  if (v === '') return fallback
  if (!(values as readonly string[]).includes(v)) throw new InputError(name, v, `is not one of: ${values.join(', ')}`)
  return v as T
}

/** A list, one item per line (commas also separate when `commas` is set); blank lines and `#` comments dropped. */
export function readList(name: string, opts: { commas?: boolean; required?: boolean } = {}): string[] {
  const v = raw(name, opts.required)
  const lines = v.split(/\r?\n/).flatMap((line) => (opts.commas ? line.split(',') : [line]))
  return lines.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'))
}

/**
 * A list of glob patterns relative to the workspace. Absolute paths and patterns that climb out with `..` are
 * refused. A leading `!` negates.
 */
export function readGlobList(name: string, opts: { required?: boolean } = {}): string[] {
  const globs = readList(name, opts)
  for (const g of globs) {
    const body = g.startsWith('!') ? g.slice(1) : g
    if (body.startsWith('/') || /^[A-Za-z]:[\\/]/.test(body) || body.split(/[\\/]/).includes('..')) {
      throw new InputError(name, g, "is not a relative glob inside the workspace (no leading '/', no '..')")
    }
  }
  return globs
}

/**
 * A JSON or YAML object (a mapping; a list with `array: true`). Async because the YAML parser is loaded only
 * when an action reads such an input, keeping it off every other action's cold start.
 */
export async function readObject<T extends unknown[] = unknown[]>(
  name: string,
  opts: Base<T> & { array: true; example?: string } & Sure<T>,
): Promise<T>
export async function readObject<T extends unknown[] = unknown[]>(
  name: string,
  opts: Base<T> & { array: true; example?: string },
): Promise<T | undefined>
export async function readObject<T = Record<string, unknown>>(
  name: string,
  opts: Base<T> & { array?: false; example?: string } & Sure<T>,
): Promise<T>
export async function readObject<T = Record<string, unknown>>(
  name: string,
  opts?: Base<T> & { array?: false; example?: string },
): Promise<T | undefined>
export async function readObject<T = Record<string, unknown>>(
  name: string,
  opts: Base<T> & { array?: boolean; example?: string } = {},
): Promise<T | undefined> {
  const v = raw(name, opts.required)
  if (v === '') return opts.fallback
  const { parse } = await import('yaml')
  let parsed: unknown
  try {
    parsed = parse(v)
  } catch (error) {
    throw new InputError(name, v, `is not valid JSON or YAML (${messageOf(error).split('\n')[0]})`, { cause: error })
  }
  const ok = opts.array
    ? Array.isArray(parsed)
    : parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
  if (!ok) {
    const want = opts.array ? 'a YAML/JSON list' : 'a YAML/JSON mapping'
    throw new InputError(name, v, `is not ${want}${opts.example ? ` (e.g. ${opts.example})` : ''}`)
  }
  return parsed as T
}
