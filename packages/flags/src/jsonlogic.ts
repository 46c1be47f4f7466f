/**
 * A deliberately small JsonLogic evaluator: enough for flagd targeting rules that roll a flag out by percentage.
 *
 * Supported operators: `var` (dot paths, array indexes, a default), `missing`, `if` (and `?:`), `==`, `===`, `!=`,
 * `!==`, `!`, `!!`, `and`, `or`, `<`, `<=`, `>`, `>=` (also the 3-argument "between" form), `in` (substring or
 * array member), `cat`, `+`, `-`, `*`, `/`, `%`, `min`, `max`, and flagd's own `starts_with` / `ends_with`,
 * `sem_ver` and `fractional` (`$ref` to shared `$evaluators` is resolved before evaluation, in flag-file.ts).
 * Anything else (`map`, `reduce`, …) is refused with a {@link JsonLogicError} naming the operator, so a rule we
 * cannot evaluate is never silently mis-evaluated. flagd's operators given wrong arguments evaluate to null with
 * a warning (→ the flag's default variant), as in flagd.
 */
import { bucketOf, bucketOfBytes, defaultBucketingValue, pickVariantAt, type WeightedVariant } from './fractional.js'
import { encodeCbor } from './cbor.js'
import { semVerOp } from './semver-op.js'

/** A JSON value (a rule, or the data it is evaluated against). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** A rule that uses an operator this evaluator does not implement, or uses one wrongly. */
export class JsonLogicError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JsonLogicError'
  }
}

/**
 * Which generation of flagd's `fractional` bucketing to use:
 * - `v2` (the default): murmur3 of the bucketing string's UTF-8 bytes, `(hash × total) >> 32` — flagd 0.15.0
 *   (2026-04-01) to 0.16.1 and flagd-testbed's `@fractional-v2` cases; a bucketing value must be a string.
 * - `v3`: murmur3 of the value's deterministic CBOR encoding (any JSON type; the shorthand hashes
 *   `[flagKey, targetingKey]`) — flagd's "non-string randomization units" ADR, flagd-testbed 3.9.0's
 *   `@fractional-v3` cases; not yet in a flagd daemon release as of 0.16.1.
 */
export type FractionalGeneration = 'v2' | 'v3'

/** How to evaluate (today: which `fractional` generation to use). */
export interface EvaluateOptions {
  fractional?: FractionalGeneration
}

interface Env {
  warnings: string[]
  fractional: FractionalGeneration
}

type Op = (args: Json[], data: Json, env: Env) => Json

/** JsonLogic truthiness (as in JavaScript, except that an empty array is false). */
export function truthy(value: Json | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0
  return Boolean(value)
}

/** The operator name when `value` is a rule (an object with exactly one key), else undefined. No allocation. */
function operatorOf(value: Json): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  let name: string | undefined
  for (const key in value) {
    if (name !== undefined) return undefined
    name = key
  }
  return name
}

/**
 * Evaluate `rule` against `data`. Throws {@link JsonLogicError} for unsupported operators. Problems flagd only
 * logs (a malformed `fractional`, which then yields null) are appended to `warnings`.
 */
export function evaluate(rule: Json, data: Json, warnings: string[] = [], options: EvaluateOptions = {}): Json {
  return run(rule, data, { warnings, fractional: options.fractional ?? 'v2' })
}

function run(rule: Json, data: Json, env: Env): Json {
  if (Array.isArray(rule)) return rule.map((r) => run(r, data, env))
  const name = operatorOf(rule)
  if (name === undefined) return rule
  const raw = (rule as { [key: string]: Json })[name] as Json
  const args = Array.isArray(raw) ? raw : [raw]
  const lazy = LAZY_MAP.get(name)
  if (lazy) return lazy(args, data, env)
  const op = OPS_MAP.get(name)
  if (!op) throw new JsonLogicError(`unsupported JsonLogic operator '${name}' (supported: ${SUPPORTED.join(', ')})`)
  return op(
    args.map((a) => run(a, data, env)),
    data,
    env,
  )
}

/** Resolve a dot path (`a.b.0.c`) in `data`; `undefined` when any step is missing. */
export function lookup(data: Json, path: string): Json | undefined {
  if (path === '') return data
  if (!path.includes('.')) {
    // One step (the usual `targetingKey`, `email`): no split.
    if (data === null || typeof data !== 'object') return undefined
    return Array.isArray(data) ? data[Number(path)] : Object.hasOwn(data, path) ? data[path] : undefined
  }
  let current: Json | undefined = data
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = Array.isArray(current) ? current[Number(step)] : Object.hasOwn(current, step) ? current[step] : undefined
    if (current === undefined) return undefined
  }
  return current
}

function looseEquals(a: Json, b: Json): boolean {
  if (a === null || b === null) return a === b
  if (typeof a === typeof b) return typeof a === 'object' ? JSON.stringify(a) === JSON.stringify(b) : a === b
  if (typeof a === 'object' || typeof b === 'object') return false
  return Number(a) === Number(b)
}

function num(value: Json | undefined): number {
  return Number(value)
}

function compare(test: (a: number, b: number) => boolean): Op {
  return (args) => {
    const values = args.map((a) => (typeof a === 'string' ? a : num(a)))
    for (let i = 0; i + 1 < values.length; i++) {
      const left = values[i] as string | number
      const right = values[i + 1] as string | number
      const ok =
        typeof left === 'string' && typeof right === 'string'
          ? test(left < right ? -1 : left > right ? 1 : 0, 0)
          : test(Number(left), Number(right))
      if (!ok) return false
    }
    return true
  }
}

const LAZY: Record<string, Op> = {
  if: ifOp,
  '?:': ifOp,
  and: (args, data, env) => {
    let last: Json = true
    for (const a of args) {
      last = run(a, data, env)
      if (!truthy(last)) return last
    }
    return last
  },
  or: (args, data, env) => {
    let last: Json = false
    for (const a of args) {
      last = run(a, data, env)
      if (truthy(last)) return last
    }
    return last
  },
}

function ifOp(args: Json[], data: Json, env: Env): Json {
  let i = 0
  for (; i + 1 < args.length; i += 2)
    if (truthy(run(args[i] as Json, data, env))) return run(args[i + 1] as Json, data, env)
  return i < args.length ? run(args[i] as Json, data, env) : null
}

/** flagd's `starts_with` / `ends_with`: exactly two strings, else null (→ the default variant) with a warning. */
function affixOp(name: string, test: (s: string, affix: string) => boolean): Op {
  return (args, _data, env) => {
    const [s, affix] = args
    if (args.length !== 2 || typeof s !== 'string' || typeof affix !== 'string') {
      env.warnings.push(`${name}: needs [string, string] (got ${JSON.stringify(args)})`)
      return null
    }
    return test(s, affix)
  }
}

const OPS: Record<string, Op> = {
  var: ([path, fallback], data) => {
    const found = path === null || path === undefined ? data : lookup(data, String(path))
    return found === undefined || found === null ? (fallback ?? null) : found
  },
  missing: (args, data) =>
    args.flat().filter((p) => {
      const v = lookup(data, String(p))
      return v === undefined || v === null || v === ''
    }),
  '==': ([a, b]) => looseEquals(a ?? null, b ?? null),
  '!=': ([a, b]) => !looseEquals(a ?? null, b ?? null),
  '===': ([a, b]) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null),
  '!==': ([a, b]) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null),
  '!': ([a]) => !truthy(a),
  '!!': ([a]) => truthy(a),
  '<': compare((a, b) => a < b),
  '<=': compare((a, b) => a <= b),
  '>': compare((a, b) => a > b),
  '>=': compare((a, b) => a >= b),
  in: ([needle, haystack]) => {
    if (typeof haystack === 'string') return haystack.includes(String(needle))
    if (Array.isArray(haystack)) return haystack.some((h) => looseEquals(h, needle ?? null))
    return false
  },
  cat: (args) => args.map((a) => (a === null ? '' : typeof a === 'object' ? JSON.stringify(a) : String(a))).join(''),
  '+': (args) => args.reduce<number>((s, a) => s + num(a), 0),
  '*': (args) => args.reduce<number>((s, a) => s * num(a), 1),
  '-': ([a, b]) => (b === undefined ? -num(a) : num(a) - num(b)),
  '/': ([a, b]) => num(a) / num(b),
  '%': ([a, b]) => num(a) % num(b),
  min: (args) => Math.min(...args.map(num)),
  max: (args) => Math.max(...args.map(num)),
  starts_with: affixOp('starts_with', (s, prefix) => s.startsWith(prefix)),
  ends_with: affixOp('ends_with', (s, suffix) => s.endsWith(suffix)),
  sem_ver: (args, _data, env) => semVerOp(args, env.warnings),
  fractional: (args, data, env) => {
    try {
      return env.fractional === 'v3' ? fractionalV3(args, data) : fractionalOp(args, data)
    } catch (error) {
      // flagd logs a malformed fractional and evaluates it to null (→ the flag's default variant); so do we.
      if (!(error instanceof JsonLogicError)) throw error
      env.warnings.push(error.message)
      return null
    }
  },
}

const SUPPORTED = [...Object.keys(OPS), ...Object.keys(LAZY)].sort()
// Maps, not the records: a dynamic lookup by operator name stays fast, and never reaches Object.prototype.
const OPS_MAP = new Map(Object.entries(OPS))
const LAZY_MAP = new Map(Object.entries(LAZY))

/**
 * flagd's `fractional`, on already-evaluated arguments: an optional bucketing value first (a string is used as
 * is; `null` means "absent"), then `[variant, weight?]` pairs. Without a bucketing value it hashes
 * `$flagd.flagKey + targetingKey`, and returns `null` (→ the flag's default variant) when there is no targeting key.
 */
function fractionalOp(args: Json[], data: Json): Json {
  let rest = args
  let value: string | undefined
  if (typeof rest[0] === 'string') {
    value = rest[0]
    rest = rest.slice(1)
  } else {
    if (rest[0] === null) rest = rest.slice(1)
    const targetingKey = lookup(data, 'targetingKey')
    if (targetingKey === undefined || targetingKey === null || targetingKey === '') return null
    if (typeof targetingKey !== 'string') throw new JsonLogicError('fractional: targetingKey must be a string')
    value = defaultBucketingValue(String(lookup(data, '$flagd.flagKey') ?? ''), targetingKey)
  }
  const bucketing = value
  return pick((total) => bucketOf(bucketing, total), distributions(rest))
}

/**
 * The third generation (`v3`): a bucketing value of any JSON type is hashed as deterministic CBOR; `null` (e.g. a
 * missing attribute) gives null; without one, the shorthand hashes `[flagKey, targetingKey]` and needs a string
 * targeting key (anything else gives null, → the default variant).
 */
function fractionalV3(args: Json[], data: Json): Json {
  let rest = args
  let value: Json
  if (rest.length > 0 && !Array.isArray(rest[0])) {
    value = rest[0] ?? null
    rest = rest.slice(1)
    if (value === null) return null
  } else {
    const targetingKey = lookup(data, 'targetingKey')
    if (typeof targetingKey !== 'string' || targetingKey === '') return null
    value = [String(lookup(data, '$flagd.flagKey') ?? ''), targetingKey]
  }
  const bytes = encodeCbor(value)
  return pick((total) => bucketOfBytes(bytes, total), distributions(rest))
}

function pick(bucket: (total: number) => number, variants: WeightedVariant[]): Json {
  try {
    return pickVariantAt(bucket, variants) ?? null
  } catch (error) {
    throw new JsonLogicError(`fractional: ${(error as Error).message}`)
  }
}

function distributions(rest: Json[]): WeightedVariant[] {
  if (rest.length === 0) throw new JsonLogicError('fractional: at least one [variant, weight] pair is needed')
  return rest.map((pair) => {
    if (!Array.isArray(pair) || pair.length === 0)
      throw new JsonLogicError('fractional: each distribution must be a non-empty [variant, weight] array')
    const [variant, weight] = pair
    if (variant !== null && typeof variant === 'object')
      throw new JsonLogicError('fractional: a variant must be a string, number, boolean or null')
    if (weight !== undefined && weight !== null && typeof weight !== 'number')
      throw new JsonLogicError('fractional: a weight must be a number')
    return { variant: variant ?? null, weight: weight ?? 1 }
  })
}
