/**
 * The `metrics` input: a YAML list of metric specs, checked completely before anything is touched. Every error
 * names the metric, the key, the value and what is accepted.
 */
import { durationValue, InputError } from '@shipline/core'
import { compile, ExprError, type Expression } from './expr.js'
import { compilePath, type JsonPath } from './jsonpath.js'
import { unknownTemplateNames } from './template.js'

export type ProviderSpec =
  | { kind: 'prometheus'; address: string; query: string; headers: Record<string, string> }
  | { kind: 'http'; url: string; jsonPath: JsonPath; headers: Record<string, string> }

/** A `compare` metric judges canary against baseline with a Mann-Whitney U test and an effect-size gate. */
export interface CompareSpec {
  /** Which way is worse: `increase` (latency, errors), `decrease` (throughput, success rate) or `either`. */
  direction: 'increase' | 'decrease' | 'either'
  /** The ratio of means (canary / baseline) a significant difference must reach to fail, e.g. 1.2 = 20% worse. */
  effectSize: number
  /** Confidence level of the test (0.5–0.999); the difference is significant when p < 1 − confidence. */
  confidence: number
}

export interface MetricSpec {
  name: string
  provider: ProviderSpec
  success: Expression | undefined
  failure: Expression | undefined
  intervalMs: number
  count: number
  failureLimit: number
  inconclusiveLimit: number
  consecutiveErrorLimit: number
  minSamples: number
  dryRun: boolean
  compare: CompareSpec | undefined
}

const KEYS = [
  'name',
  'provider',
  'success-condition',
  'failure-condition',
  'interval',
  'count',
  'failure-limit',
  'inconclusive-limit',
  'consecutive-error-limit',
  'min-samples',
  'dry-run',
  'compare',
]
const EXAMPLE =
  "- name: error-rate\n  provider: {prometheus: {address: 'http://127.0.0.1:9090', query: '...'}}\n  success-condition: result < 0.01"

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))
}

/** Parse and validate the metric list; `input` is the input's name for errors (`metrics` or `preview-checks`). */
export function parseMetrics(raw: unknown, input = 'metrics'): MetricSpec[] {
  if (!Array.isArray(raw)) throw new InputError(input, show(raw), `is not a YAML list of metrics, e.g.\n${EXAMPLE}`)
  const seen = new Set<string>()
  return raw.map((item, i) => {
    if (!isObj(item))
      throw new InputError(input, show(item), `item ${i + 1} is not a mapping with name, provider and conditions`)
    const spec = parseMetric(item, input)
    if (seen.has(spec.name))
      throw new InputError(input, spec.name, 'is used as a metric name twice; names must be unique')
    seen.add(spec.name)
    return spec
  })
}

function parseMetric(item: Obj, input: string): MetricSpec {
  const name = item.name
  if (typeof name !== 'string' || !/^[A-Za-z0-9][\w.-]{0,62}$/.test(name)) {
    throw new InputError(input, show(name ?? ''), 'is not a metric name (letters, digits, _ . -; up to 63 characters)')
  }
  const where = `of metric '${name}'`
  const unknown = Object.keys(item).filter((k) => !KEYS.includes(k))
  if (unknown.length)
    throw new InputError(
      input,
      unknown.join(', '),
      `${unknown.length > 1 ? 'are not keys' : 'is not a key'} ${where}; known keys: ${KEYS.join(', ')}`,
    )
  const compare = item.compare === undefined ? undefined : parseCompare(item.compare, input, where)
  const templateNames = compare ? ['canary', 'baseline', 'interval', 'target'] : ['canary', 'baseline', 'interval']
  const spec: MetricSpec = {
    name,
    provider: parseProvider(item.provider, input, where, templateNames),
    success: condition(item['success-condition'], input, `success-condition ${where}`),
    failure: condition(item['failure-condition'], input, `failure-condition ${where}`),
    intervalMs: duration(item.interval, 30_000, input, `interval ${where}`),
    count: whole(item.count, 1, 1, 10_000, input, `count ${where}`),
    failureLimit: whole(item['failure-limit'], 0, -1, 10_000, input, `failure-limit ${where}`),
    inconclusiveLimit: whole(item['inconclusive-limit'], 0, -1, 10_000, input, `inconclusive-limit ${where}`),
    consecutiveErrorLimit: whole(item['consecutive-error-limit'], 4, 0, 100, input, `consecutive-error-limit ${where}`),
    minSamples: whole(item['min-samples'], compare ? 3 : 1, 1, 10_000, input, `min-samples ${where}`),
    dryRun: flag(item['dry-run'], input, `dry-run ${where}`),
    compare,
  }
  if (compare && (spec.success || spec.failure)) {
    throw new InputError(
      input,
      name,
      'has both compare and a condition; a compare metric is judged by the test, not by conditions',
    )
  }
  return spec
}

/** Parse a `provider` mapping (prometheus or http); `names` are the template variables it may use. */
export function parseProvider(raw: unknown, input: string, where: string, names: string[]): ProviderSpec {
  const accepted = `is not a provider ${where}: use {prometheus: {address, query}} or {http: {url, json-path}}`
  if (!isObj(raw) || Object.keys(raw).length !== 1) throw new InputError(input, show(raw ?? ''), accepted)
  const { prometheus, http } = raw
  if (isObj(prometheus)) {
    const address = url(prometheus.address, input, `prometheus address ${where}`)
    const query = text(prometheus.query, input, `prometheus query ${where}`)
    checkTemplate(query, names, input, `prometheus query ${where}`)
    return {
      kind: 'prometheus',
      address: address.replace(/\/+$/, ''),
      query,
      headers: headersOf(prometheus.headers, input, `prometheus headers ${where}`),
    }
  }
  if (isObj(http)) {
    const target = text(http.url, input, `http url ${where}`)
    checkTemplate(target, names, input, `http url ${where}`)
    url(target.replace(/\{\{[^}]*\}\}/g, 'x'), input, `http url ${where}`)
    const pathText = text(http['json-path'], input, `http json-path ${where}`)
    let jsonPath: JsonPath
    try {
      jsonPath = compilePath(pathText)
    } catch (error) {
      throw new InputError(input, pathText, `(json-path ${where}) ${(error as Error).message}`, { cause: error })
    }
    return { kind: 'http', url: target, jsonPath, headers: headersOf(http.headers, input, `http headers ${where}`) }
  }
  throw new InputError(input, show(raw), accepted)
}

function headersOf(raw: unknown, input: string, what: string): Record<string, string> {
  const headers = raw ?? {}
  if (
    !isObj(headers) ||
    Object.entries(headers).some(([k, v]) => typeof v !== 'string' || !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(k))
  ) {
    throw new InputError(input, show(headers), `is not a mapping of header names to strings (${what})`)
  }
  return headers as Record<string, string>
}

function parseCompare(raw: unknown, input: string, where: string): CompareSpec {
  const c = raw === null || raw === true ? {} : raw
  if (!isObj(c))
    throw new InputError(input, show(raw), `is not a compare mapping ${where} (direction, effect-size, confidence)`)
  const direction = c.direction ?? 'increase'
  if (direction !== 'increase' && direction !== 'decrease' && direction !== 'either') {
    throw new InputError(
      input,
      show(direction),
      `is not a compare direction ${where}: use increase, decrease or either`,
    )
  }
  const effectSize = c['effect-size'] ?? 1.1
  if (typeof effectSize !== 'number' || !(effectSize >= 1) || effectSize > 100) {
    throw new InputError(
      input,
      show(effectSize),
      `is not an effect-size ${where}: a ratio from 1 (any change) to 100, e.g. 1.2 for 20%`,
    )
  }
  const confidence = c.confidence ?? 0.95
  if (typeof confidence !== 'number' || !(confidence >= 0.5 && confidence <= 0.999)) {
    throw new InputError(input, show(confidence), `is not a confidence ${where}: a number from 0.5 to 0.999`)
  }
  return { direction, effectSize, confidence }
}

function condition(raw: unknown, input: string, what: string): Expression | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined
  if (typeof raw !== 'string') throw new InputError(input, show(raw), `is not an expression (${what})`)
  try {
    return compile(raw)
  } catch (error) {
    if (error instanceof ExprError)
      throw new InputError(input, raw, `is not a valid ${what}: ${error.message}`, { cause: error })
    throw error
  }
}

function checkTemplate(value: string, names: string[], input: string, what: string): void {
  const bad = unknownTemplateNames(value, names)
  if (bad.length)
    throw new InputError(
      input,
      `{{ ${bad[0]} }}`,
      `is not a template variable (${what}); known: ${names.map((n) => `{{ ${n} }}`).join(', ')}`,
    )
}

function text(raw: unknown, input: string, what: string): string {
  if (typeof raw !== 'string' || raw.trim() === '')
    throw new InputError(input, show(raw ?? ''), `is not a non-empty string (${what})`)
  return raw
}

function url(raw: unknown, input: string, what: string): string {
  const s = text(raw, input, what)
  if (!/^https?:\/\/[^\s/]+/.test(s)) throw new InputError(input, s, `is not an http(s) URL (${what})`)
  return s
}

function duration(raw: unknown, fallback: number, input: string, what: string): number {
  if (raw === undefined || raw === null) return fallback
  const ms = durationValue(raw)
  if (ms === undefined || !(ms >= 10) || ms > 6 * 3_600_000)
    throw new InputError(input, show(raw), `is not a duration from 10ms to 6h, e.g. '30s' (${what})`)
  return ms
}

function whole(raw: unknown, fallback: number, min: number, max: number, input: string, what: string): number {
  if (raw === undefined || raw === null) return fallback
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > max) {
    throw new InputError(input, show(raw), `is not a whole number from ${min} to ${max} (${what})`)
  }
  return raw
}

function flag(raw: unknown, input: string, what: string): boolean {
  if (raw === undefined || raw === null) return false
  if (typeof raw !== 'boolean') throw new InputError(input, show(raw), `is not true or false (${what})`)
  return raw
}
