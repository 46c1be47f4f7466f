/**
 * flagd flag definitions (https://flagd.dev/schema/v0/flags.json) as plain objects: validate what was read,
 * evaluate a flag for a context, and produce the JSON to write. No I/O here (see `flag-file-io.ts`).
 */
import { evaluate, JsonLogicError, type FractionalGeneration, type Json } from './jsonlogic.js'

/** A flag's variant values: all booleans, all strings, all numbers or all objects (flagd's four flag types). */
export type Variants = Record<string, Json>

/** One flag, as flagd reads it. Unknown properties are kept as they are when the file is rewritten. */
export interface FlagDefinition {
  state: 'ENABLED' | 'DISABLED'
  variants: Variants
  /** The variant served when targeting gives nothing; `null` defers to the code default. */
  defaultVariant?: string | null
  /** A JsonLogic rule returning a variant name (or null for the default). */
  targeting?: Json
  metadata?: Record<string, string | number | boolean>
  [extra: string]: unknown
}

/** A flagd flag file (`{"flags": {...}}` plus optional `$schema`, `$evaluators`, `metadata`). */
export interface FlagFile {
  $schema?: string
  flags: Record<string, FlagDefinition>
  /** Shared targeting rules, used from a flag's targeting as `{"$ref": "name"}`. */
  $evaluators?: Record<string, Json>
  /** Metadata every flag of the file carries (a flag's own metadata wins). */
  metadata?: Record<string, string | number | boolean>
  [extra: string]: unknown
}

/** The schema URL flagd publishes; written into new files so editors can validate them. */
export const FLAGD_SCHEMA = 'https://flagd.dev/schema/v0/flags.json'

/** A flag file that does not follow flagd's format. `problems` lists every issue with its JSON path. */
export class FlagFileError extends Error {
  readonly problems: string[]
  constructor(problems: string[], source = 'flag file') {
    super(`${source} is not a valid flagd flag file:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'FlagFileError'
    this.problems = problems
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function variantType(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  return value === null ? 'null' : typeof value
}

/** The problems with one flag definition ([] when it is valid). */
export function flagProblems(key: string, flag: unknown): string[] {
  const at = `flags.${key}`
  if (!isObject(flag)) return [`${at} must be an object`]
  const problems: string[] = []
  if (flag.state !== 'ENABLED' && flag.state !== 'DISABLED')
    problems.push(`${at}.state must be "ENABLED" or "DISABLED" (got ${JSON.stringify(flag.state)})`)
  if (!isObject(flag.variants) || Object.keys(flag.variants).length === 0) {
    problems.push(`${at}.variants must be an object with at least one variant`)
  } else {
    const types = new Set(Object.values(flag.variants).map(variantType))
    const [only] = [...types]
    if (types.size > 1 || !only || !['boolean', 'string', 'number', 'object'].includes(only)) {
      problems.push(
        `${at}.variants must all be booleans, all strings, all numbers or all objects (got ${[...types].join(', ')})`,
      )
    }
  }
  const def = flag.defaultVariant
  if (def !== undefined && def !== null) {
    if (typeof def !== 'string') problems.push(`${at}.defaultVariant must be a string or null`)
    else if (isObject(flag.variants) && !(def in flag.variants))
      problems.push(
        `${at}.defaultVariant "${def}" is not one of the variants (${Object.keys(flag.variants).join(', ')})`,
      )
  }
  if (flag.targeting !== undefined && !isObject(flag.targeting))
    problems.push(`${at}.targeting must be a JsonLogic object`)
  return problems
}

/** Check `value` against flagd's format and return it typed. Throws {@link FlagFileError} listing every problem. */
export function parseFlagFile(value: unknown, source?: string): FlagFile {
  if (!isObject(value)) throw new FlagFileError(['the top level must be an object with a "flags" object'], source)
  if (!isObject(value.flags))
    throw new FlagFileError(['"flags" must be an object mapping flag keys to definitions'], source)
  const problems = Object.entries(value.flags).flatMap(([key, flag]) =>
    key === '' ? ['flags: a flag key must not be empty'] : flagProblems(key, flag),
  )
  if (value.$evaluators !== undefined && !isObject(value.$evaluators))
    problems.push('$evaluators must be an object mapping names to JsonLogic rules')
  if (problems.length > 0) throw new FlagFileError(problems, source)
  return value as unknown as FlagFile
}

/** Parse flag-file text (JSON). Throws {@link FlagFileError} for bad JSON or a bad format. */
export function parseFlagFileText(text: string, source?: string): FlagFile {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new FlagFileError([`not JSON: ${(error as Error).message}`], source)
  }
  return parseFlagFile(value, source)
}

/** The JSON text to write for a flag file (2-space indented, trailing newline, stable key order as given). */
export function formatFlagFile(file: FlagFile): string {
  parseFlagFile(file)
  return `${JSON.stringify(file, null, 2)}\n`
}

/** The outcome of evaluating a flag, in OpenFeature's vocabulary. */
export interface Resolution {
  /** The variant's value; `undefined` means "use the caller's default" (DISABLED, no default variant, errors). */
  value: Json | undefined
  variant: string | undefined
  reason: 'STATIC' | 'TARGETING_MATCH' | 'DEFAULT' | 'DISABLED' | 'ERROR'
  errorCode?: 'FLAG_NOT_FOUND' | 'PARSE_ERROR' | 'TYPE_MISMATCH' | 'GENERAL'
  errorMessage?: string
  /** The file's `metadata` merged with the flag's own (the flag's wins), as flagd returns it. */
  flagMetadata?: Record<string, string | number | boolean>
  /** What flagd would only log (e.g. a malformed `fractional` that fell back to the default variant). */
  warnings?: string[]
}

/** Evaluation context: `targetingKey` plus any attributes the targeting rule reads. */
export type EvaluationContext = Record<string, Json> & { targetingKey?: string }

/** Options for {@link evaluateFlag}. */
export interface EvaluateFlagOptions {
  /** `$flagd.timestamp` in Unix seconds (default: the current time, as flagd does). */
  nowSeconds?: number
  /** The `fractional` bucketing generation (default `v2`, flagd 0.15.0–0.16.1; see {@link FractionalGeneration}). */
  fractional?: FractionalGeneration
}

/** The flag types OpenFeature resolves; a variant value of another type is a TYPE_MISMATCH. */
export type FlagValueType = 'boolean' | 'string' | 'number' | 'object'

/**
 * Replace every `{"$ref": "name"}` in a rule by the file's `$evaluators[name]` (itself resolved, so evaluators may
 * use each other). Throws {@link JsonLogicError} for an unknown name or a cycle (flagd: PARSE_ERROR).
 */
export function resolveRefs(rule: Json, evaluators: Record<string, Json> = {}, seen: readonly string[] = []): Json {
  if (Array.isArray(rule)) {
    const items = rule.map((r) => resolveRefs(r, evaluators, seen))
    return items.every((item, i) => item === rule[i]) ? rule : items
  }
  if (!isObject(rule)) return rule
  const keys = Object.keys(rule)
  if (keys.length === 1 && keys[0] === '$ref' && typeof rule.$ref === 'string') {
    const name = rule.$ref
    if (!Object.hasOwn(evaluators, name))
      throw new JsonLogicError(
        `$ref '${name}' names no evaluator in $evaluators (${Object.keys(evaluators).join(', ') || 'none'})`,
      )
    if (seen.includes(name)) throw new JsonLogicError(`$ref cycle: ${[...seen, name].join(' → ')}`)
    return resolveRefs(evaluators[name] as Json, evaluators, [...seen, name])
  }
  let changed = false
  const entries = keys.map((k) => {
    const value = resolveRefs(rule[k] as Json, evaluators, seen)
    if (value !== rule[k]) changed = true
    return [k, value] as const
  })
  return changed ? Object.fromEntries(entries) : rule // a rule without $ref is returned as it is (no copy)
}

/** Rules with their `$ref`s resolved, per targeting object and `$evaluators` object (files are not mutated in place). */
const resolvedRules = new WeakMap<object, WeakMap<object, Json>>()
const NO_EVALUATORS = {}

function resolvedTargeting(targeting: Json, evaluators: Record<string, Json> | undefined): Json {
  if (!isObject(targeting)) return resolveRefs(targeting, evaluators)
  let byEvaluators = resolvedRules.get(targeting)
  if (!byEvaluators) resolvedRules.set(targeting, (byEvaluators = new WeakMap<object, Json>()))
  const key = evaluators ?? NO_EVALUATORS
  const cached = byEvaluators.get(key)
  if (cached !== undefined) return cached
  const rule = resolveRefs(targeting, evaluators) // throws (PARSE_ERROR) before anything is cached
  byEvaluators.set(key, rule)
  return rule
}

/**
 * Evaluate `flagKey` as flagd does: DISABLED → no value (reason DISABLED); no targeting → the default variant
 * (STATIC); targeting → its variant (TARGETING_MATCH), or the default variant when it returns null (DEFAULT).
 * A flag without a default variant resolves to no value with reason DEFAULT (the caller's default applies).
 * `$ref`s to the file's `$evaluators` are resolved first. A number as 4th argument is `nowSeconds` (older form).
 */
export function evaluateFlag(
  file: FlagFile,
  flagKey: string,
  context: EvaluationContext = {},
  options: EvaluateFlagOptions | number = {},
): Resolution {
  const opts = typeof options === 'number' ? { nowSeconds: options } : options
  const flag = Object.hasOwn(file.flags, flagKey) ? file.flags[flagKey] : undefined
  if (!flag)
    return {
      value: undefined,
      variant: undefined,
      reason: 'ERROR',
      errorCode: 'FLAG_NOT_FOUND',
      errorMessage: `flag '${flagKey}' is not in the file`,
    }
  const metadata = file.metadata || flag.metadata ? { flagMetadata: { ...file.metadata, ...flag.metadata } } : {}
  if (flag.state === 'DISABLED') return { value: undefined, variant: undefined, reason: 'DISABLED', ...metadata }
  const fallback = (reason: 'STATIC' | 'DEFAULT'): Resolution => {
    const variant = flag.defaultVariant ?? undefined
    return variant === undefined
      ? { value: undefined, variant: undefined, reason: 'DEFAULT', ...metadata }
      : { value: flag.variants[variant], variant, reason, ...metadata }
  }
  if (flag.targeting === undefined || (isObject(flag.targeting) && Object.keys(flag.targeting).length === 0))
    return fallback('STATIC')
  let result: Json
  const warnings: string[] = []
  try {
    const rule = resolvedTargeting(flag.targeting, file.$evaluators)
    const timestamp = opts.nowSeconds ?? Math.floor(Date.now() / 1000)
    result = evaluate(rule, { ...context, $flagd: { flagKey, timestamp } }, warnings, {
      fractional: opts.fractional ?? 'v2',
    })
  } catch (error) {
    if (error instanceof JsonLogicError)
      return {
        value: undefined,
        variant: undefined,
        reason: 'ERROR',
        errorCode: 'PARSE_ERROR',
        errorMessage: error.message,
        ...metadata,
      }
    throw error
  }
  if (result === null) return warnings.length > 0 ? { ...fallback('DEFAULT'), warnings } : fallback('DEFAULT')
  const variant = typeof result === 'object' ? JSON.stringify(result) : String(result)
  if (!Object.hasOwn(flag.variants, variant))
    return {
      value: undefined,
      variant: undefined,
      reason: 'ERROR',
      errorCode: 'GENERAL',
      errorMessage: `targeting returned '${variant}', which is not a variant of '${flagKey}'`,
      ...metadata,
    }
  return { value: flag.variants[variant], variant, reason: 'TARGETING_MATCH', ...metadata }
}

/**
 * A resolution checked against the type the caller asked for: a value of another type becomes an ERROR with
 * TYPE_MISMATCH (no value, so the caller's default applies), as flagd and OpenFeature do.
 */
export function expectType(resolution: Resolution, type: FlagValueType): Resolution {
  const value = resolution.value
  if (value === undefined) return resolution
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
  if (actual === type) return resolution
  return {
    value: undefined,
    variant: undefined,
    reason: 'ERROR',
    errorCode: 'TYPE_MISMATCH',
    errorMessage: `the flag's value is ${actual === 'object' ? 'an object' : `a ${actual}`}, not a ${type}`,
    ...(resolution.flagMetadata ? { flagMetadata: resolution.flagMetadata } : {}),
  }
}
