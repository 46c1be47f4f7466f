/**
 * Metrics providers behind one function ({@link MetricQuery}): Prometheus' HTTP API and any HTTP endpoint that
 * answers JSON. An empty answer is *no data*; `NaN` is passed on as NaN (the analysis decides what it means); an API
 * error, a non-2xx status, a network failure or a malformed body is thrown, which the analysis counts as *error*.
 * Remote text in those messages is quoted and cut by core's `quote` (one line); URLs go through core's `urlForLog`
 * (credentials in the URL, every query value but the Prometheus API's, and every registered secret become `***`); the
 * runner module makes the printed lines inert and the summary escapes them.
 */
import type { MetricQuery, ProviderResult } from '../domain/analysis.js'
import type { MetricSpec } from '../domain/metrics.js'
import { promDuration, render, type TemplateVars } from '../domain/template.js'
import { quote, splitUrlCredentials, urlForLog } from '@shipline/core'

export interface ProviderContext {
  canary: string
  baseline: string
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number
}

function vars(ctx: ProviderContext, metric: MetricSpec, target: 'canary' | 'baseline'): TemplateVars {
  return {
    canary: ctx.canary,
    baseline: ctx.baseline,
    interval: promDuration(metric.intervalMs),
    target: target === 'canary' ? ctx.canary : ctx.baseline,
  }
}

/** Prometheus sample values are strings: numbers, `NaN`, `+Inf`, `-Inf`. */
export function promNumber(text: unknown): number {
  if (text === '+Inf') return Infinity
  if (text === '-Inf') return -Infinity
  if (text === 'NaN') return Number.NaN
  const n = typeof text === 'string' ? Number(text) : Number.NaN
  if (Number.isNaN(n)) throw new Error(`Prometheus returned a sample that is not a number: ${JSON.stringify(text)}`)
  return n
}

async function getJson(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ status: number; body: unknown; text: string }> {
  let res: Response
  let text: string
  try {
    // `http://user:pw@host` (a Prometheus behind basic auth): fetch refuses credentials in the URL; send them as a header.
    const { url: target, authorization } = splitUrlCredentials(url)
    const given = Object.keys(headers).some((k) => k.toLowerCase() === 'authorization')
    res = await fetch(target, {
      headers: { accept: 'application/json', ...(authorization && !given ? { authorization } : {}), ...headers },
      signal: AbortSignal.timeout(timeoutMs),
    })
    text = await res.text()
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    throw new Error(`GET ${urlForLog(url)} failed: ${cause?.code ?? cause?.message ?? (error as Error).message}`, {
      cause: error,
    })
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  return { status: res.status, body, text }
}

/** Parse a Prometheus `/api/v1/query` answer. */
export function parsePrometheus(status: number, body: unknown, text: string): ProviderResult {
  const b = body as
    | { status?: string; errorType?: string; error?: string; data?: { resultType?: string; result?: unknown } }
    | undefined
  if (!b || typeof b !== 'object')
    throw new Error(`Prometheus answered HTTP ${status} with a body that is not JSON: ${quote(text, 200)}`)
  if (b.status !== 'success')
    throw new Error(
      `Prometheus query failed (HTTP ${status}, ${quote(b.errorType ?? 'error', 40)}): ${quote(b.error ?? text, 200)}`,
    )
  const data = b.data ?? {}
  switch (data.resultType) {
    case 'vector': {
      const result = (data.result ?? []) as { value: [number, string] }[]
      if (result.length === 0) return { kind: 'no-data', detail: 'empty vector' }
      return { kind: 'data', values: result.map((r) => promNumber(r.value[1])) }
    }
    case 'scalar':
      return { kind: 'data', values: [promNumber((data.result as [number, string])[1])] }
    case 'matrix': {
      const result = (data.result ?? []) as { values: [number, string][] }[]
      const values = result.flatMap((r) => r.values.map((v) => promNumber(v[1])))
      return values.length ? { kind: 'data', values } : { kind: 'no-data', detail: 'empty matrix' }
    }
    case undefined:
    default:
      throw new Error(`Prometheus returned result type '${String(data.resultType)}', expected vector, scalar or matrix`)
  }
}

/** Turn what a JSONPath selected into numbers; null/missing is no data, anything not numeric is an error. */
export function numbersOf(selected: unknown[], path: string): ProviderResult {
  const flat = selected.flat(2).filter((v) => v !== null && v !== undefined)
  if (flat.length === 0) return { kind: 'no-data', detail: `nothing at ${path}` }
  const values = flat.map((v) => {
    if (typeof v === 'number') return v
    if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
    if (v === 'NaN') return Number.NaN
    throw new Error(`${path} selected ${quote(JSON.stringify(v), 80)}, which is not a number`)
  })
  return { kind: 'data', values }
}

/** The query function the analysis uses. */
export function createQuery(ctx: ProviderContext): MetricQuery {
  const timeoutMs = ctx.timeoutMs ?? 10_000
  return async (metric, target) => {
    const v = vars(ctx, metric, target)
    const p = metric.provider
    if (p.kind === 'prometheus') {
      const url = `${p.address}/api/v1/query?query=${encodeURIComponent(render(p.query, v))}`
      const r = await getJson(url, p.headers, timeoutMs)
      return parsePrometheus(r.status, r.body, r.text)
    }
    const url = render(p.url, v, encodeURIComponent)
    const r = await getJson(url, p.headers, timeoutMs)
    if (r.status < 200 || r.status > 299)
      throw new Error(`GET ${urlForLog(url)} answered HTTP ${r.status}: ${quote(r.text, 200)}`)
    if (r.body === undefined) throw new Error(`GET ${urlForLog(url)} did not answer JSON: ${quote(r.text, 200)}`)
    return numbersOf(p.jsonPath.select(r.body), p.jsonPath.source)
  }
}
