/**
 * The `darkLaunch` step: production traffic (already routed by the user to `listen`) goes through the shadow proxy
 * for `duration`; the proxy answers from production and mirrors copies to the dark version, comparing the answers.
 * Then the diff rate is judged: pass continues, fail rolls back, too few comparisons is inconclusive (paused, or
 * failed with `on-inconclusive: fail`). Parsing, the proxy's typed options and the verdict mapping are pure here;
 * the step's report (detail line, output, summary) is dark-launch-report.ts.
 */
import { durationValue, InputError } from '@shipline/core'
import type { ShadowConfig } from '@shipline/shadow'
import type { Outcome } from './analysis.js'

/** A validated `darkLaunch` step. */
export interface DarkLaunchSpec {
  production: string
  dark: string
  /** HOST:PORT the proxy listens on; the router / load balancer must already send production traffic there. */
  listen: string
  /** HOST:PORT of the proxy's /metrics, /report, /healthz (default 127.0.0.1:0, any free port). */
  admin: string
  durationMs: number
  maxDiffRate: number
  minCompared: number
  ignorePaths: string[]
  compareHeaders: string[]
  darkWrites: boolean
  darkDatastore: string | undefined
}

/** One diff sample as kept in the outputs (the proxy keeps the first N differing responses). */
export interface DarkLaunchSample {
  method: string
  path: string
  kinds: string[]
  differences: { kind: string; path: string; production: string; dark: string }[]
}

/** What a dark-launch step measured and decided. */
export interface DarkLaunchResult {
  verdict: 'pass' | 'fail' | 'inconclusive' | 'error'
  reason: string
  startedAt: number
  finishedAt: number
  listen: string
  counts: {
    requests: number
    mirrored: number
    compared: number
    differed: number
    dropped: number
    darkErrors: number
    diffRate: number
  }
  samples: DarkLaunchSample[]
}

const KEYS = [
  'production',
  'dark',
  'listen',
  'admin',
  'duration',
  'max-diff-rate',
  'min-compared',
  'ignore-paths',
  'compare-headers',
  'dark-writes',
  'dark-datastore',
]
const EXAMPLE =
  "{production: 'http://127.0.0.1:8081', dark: 'http://127.0.0.1:8082', listen: '127.0.0.1:8080', duration: 5m, max-diff-rate: 0.01}"
const HOST_PORT = /^(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9A-Fa-f:]+\]):(\d{1,5})$/
const MAX_DURATION_MS = 6 * 3_600_000

function show(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))
}

function url(name: string, v: unknown, n: number): string {
  const bad = (): never => {
    throw new InputError(
      'steps',
      `${name}: ${show(v)}`,
      `(step ${n}) is not a base URL: an http:// or https:// URL without query, fragment or credentials, e.g. http://127.0.0.1:8081`,
    )
  }
  if (typeof v !== 'string') return bad()
  let u: URL
  try {
    u = new URL(v)
  } catch {
    return bad()
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.search || u.hash || u.username || u.password) bad()
  return v
}

function hostPort(name: string, v: unknown, n: number, fallback?: string): string {
  if (v === undefined && fallback !== undefined) return fallback
  const m = typeof v === 'string' ? HOST_PORT.exec(v) : null
  if (!m || Number(m[1]) > 65535) {
    throw new InputError(
      'steps',
      `${name}: ${show(v)}`,
      `(step ${n}) is not HOST:PORT with an IP address or localhost (e.g. 127.0.0.1:8080)`,
    )
  }
  return v as string
}

function list(name: string, v: unknown, n: number, fallback: string[]): string[] {
  if (v === undefined) return fallback
  const items = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : undefined
  if (!items || items.some((x) => typeof x !== 'string' || x.trim() === '')) {
    throw new InputError('steps', `${name}: ${show(v)}`, `(step ${n}) is not a list of non-empty strings, e.g. [a, b]`)
  }
  return (items as string[]).map((x) => x.trim())
}

function number(
  name: string,
  v: unknown,
  n: number,
  o: { fallback: number; min: number; max: number; integer: boolean; accepted: string },
): number {
  if (v === undefined) return o.fallback
  const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
  if (!Number.isFinite(x) || x < o.min || x > o.max || (o.integer && !Number.isInteger(x)))
    throw new InputError('steps', `${name}: ${show(v)}`, `(step ${n}) ${o.accepted}`)
  return x
}

function durationOf(v: unknown, n: number): number {
  const ms = durationValue(v)
  if (ms === undefined || !(ms > 0) || ms > MAX_DURATION_MS)
    throw new InputError(
      'steps',
      `duration: ${show(v)}`,
      `(step ${n}) is not a dark-launch duration: '30s', '5m', up to 6h`,
    )
  return ms
}

/** `dark-writes` and `dark-datastore`: writes are copied only to a named datastore of the dark version's own. */
function writes(o: Record<string, unknown>, n: number): { darkWrites: boolean; darkDatastore: string | undefined } {
  const darkWrites = o['dark-writes'] ?? false
  if (typeof darkWrites !== 'boolean')
    throw new InputError('steps', `dark-writes: ${show(darkWrites)}`, `(step ${n}) is not true or false`)
  const darkDatastore = o['dark-datastore']
  if (
    darkDatastore !== undefined &&
    (typeof darkDatastore !== 'string' || !/^[A-Za-z0-9._:/@-]{1,200}$/.test(darkDatastore))
  ) {
    throw new InputError(
      'steps',
      `dark-datastore: ${show(darkDatastore)}`,
      `(step ${n}) is not a datastore name (letters, digits and . _ : / @ -)`,
    )
  }
  if (darkWrites && darkDatastore === undefined) {
    throw new InputError(
      'steps',
      'dark-writes: true',
      `(step ${n}) needs dark-datastore naming the dark version's separate datastore: dark writes against the production datastore would change real data`,
    )
  }
  return { darkWrites, darkDatastore: darkDatastore as string | undefined }
}

/** Parse the value of a `- darkLaunch: {...}` step (step number `n`, 1-based). */
export function parseDarkLaunch(value: unknown, n: number): DarkLaunchSpec {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(
      'steps',
      `darkLaunch: ${show(value)}`,
      `(step ${n}) is not a dark-launch step: a mapping such as ${EXAMPLE}`,
    )
  }
  const o = value as Record<string, unknown>
  const unknown = Object.keys(o).find((k) => !KEYS.includes(k))
  if (unknown !== undefined)
    throw new InputError('steps', unknown, `(step ${n}) is not a darkLaunch option; known: ${KEYS.join(', ')}`)
  for (const k of ['production', 'dark', 'listen', 'duration']) {
    if (o[k] === undefined || o[k] === null || o[k] === '')
      throw new InputError('steps', `darkLaunch: ${show(value)}`, `(step ${n}) needs '${k}'; e.g. ${EXAMPLE}`)
  }
  const { darkWrites, darkDatastore } = writes(o, n)
  const spec: DarkLaunchSpec = {
    production: url('production', o.production, n),
    dark: url('dark', o.dark, n),
    listen: hostPort('listen', o.listen, n),
    admin: hostPort('admin', o.admin, n, '127.0.0.1:0'),
    durationMs: durationOf(o.duration, n),
    maxDiffRate: number('max-diff-rate', o['max-diff-rate'], n, {
      fallback: 0.01,
      min: 0,
      max: 1,
      integer: false,
      accepted: 'is not a fraction from 0 to 1 (e.g. 0.01 for 1%)',
    }),
    minCompared: number('min-compared', o['min-compared'], n, {
      fallback: 100,
      min: 1,
      max: 1e9,
      integer: true,
      accepted: 'is not a whole number of at least 1',
    }),
    ignorePaths: list('ignore-paths', o['ignore-paths'], n, []),
    compareHeaders: list('compare-headers', o['compare-headers'], n, ['content-type']).map((h) => h.toLowerCase()),
    darkWrites,
    darkDatastore,
  }
  if (spec.production === spec.dark)
    throw new InputError(
      'steps',
      `dark: ${spec.dark}`,
      `(step ${n}) is the same as production; the dark version must be a different server`,
    )
  return spec
}

/** The shadow proxy's typed options for a spec (the proxy validates them again and fills in its defaults). */
export function shadowConfig(spec: DarkLaunchSpec): ShadowConfig {
  return {
    production: spec.production,
    dark: spec.dark,
    listen: spec.listen,
    admin: spec.admin,
    darkWrites: spec.darkWrites,
    ...(spec.darkDatastore !== undefined ? { darkDatastore: spec.darkDatastore } : {}),
    ...(spec.compareHeaders.length ? { compareHeaders: spec.compareHeaders } : {}),
    ignorePaths: spec.ignorePaths,
  }
}

/** A dark launch's verdict as an analysis outcome, so the rollout decides the same way (inconclusive pauses). */
export function darkLaunchOutcome(verdict: DarkLaunchResult['verdict']): Outcome {
  switch (verdict) {
    case 'pass':
      return 'successful'
    case 'fail':
      return 'failed'
    case 'inconclusive':
      return 'inconclusive'
    case 'error':
      return 'error'
  }
}
