/**
 * Read and check every input before anything is touched: a bad step, router, weight, metric or expression stops
 * the run with an error naming the input, the value and what is accepted, and traffic stays as it is.
 */
import {
  allowedRoots,
  checkWritable,
  InputError,
  maskHeader,
  maskUrl,
  type PathRoot,
  readBoolean,
  readDuration,
  readEnum,
  readObject,
  readString,
  requireString,
} from '@shipline/core'
import { isAbsolute, resolve } from 'node:path'
import { checkBaselinePlan } from '../domain/baseline.js'
import { HAPROXY_NAME } from '../domain/haproxy-weights.js'
import { parseBreaker, type BreakerSpec } from '../domain/breaker.js'
import { parseMetrics, type MetricSpec } from '../domain/metrics.js'
import type { Sticky } from '../domain/nginx-config.js'
import { fingerprint } from '../domain/rollout.js'
import { blueGreenSteps, parseSteps, type Step } from '../domain/steps.js'
import { checkDarkLaunchSteps } from './dark-launch.js'

export interface NginxConfig {
  upstream: string
  backends: Record<string, string[]>
  sticky: Sticky | undefined
  testCommand: string[]
  reloadCommand: string[]
  probeUrl: string | undefined
  versionHeader: string
  probeTimeoutMs: number
}

/** The haproxy router: server names per version in one backend, changed through the stats socket (router-config). */
export interface HaproxyConfig {
  backend: string
  servers: Record<string, string[]>
}

export interface Config {
  strategy: 'canary' | 'blue-green' | 'flag'
  steps: Step[]
  stable: string
  canary: string
  router: 'nginx' | 'file' | 'flag' | 'haproxy'
  routerConfig: string
  /** Where the file router may write: the workspace and RUNNER_TEMP, or anywhere with router-config-outside-workspace. */
  routerRoots: PathRoot[]
  /** The flag strategy's flag key. */
  flagKey: string | undefined
  /** argv run after a rollback (all traffic back on stable), with SHIPLINE_* variables in its environment. */
  onRollback: string[] | undefined
  /** How long `on-rollback` may run before it is stopped (SIGTERM, then SIGKILL). */
  onRollbackTimeoutMs: number
  breaker: BreakerSpec | undefined
  nginx: NginxConfig | undefined
  haproxy: HaproxyConfig | undefined
  metrics: MetricSpec[]
  previewChecks: MetricSpec[]
  resume: boolean
  abort: boolean
  onInconclusive: 'pause' | 'fail'
  environment: string
  token: string
  /** Identifies this rollout across runs. */
  key: string
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/
const ADDRESS = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):\d{1,5}$|^unix:\/[^\s;{}'"]+$/

/** A command as a YAML/JSON list of strings (argv, never a shell string). */
async function readArgv(name: string, fallback: string[] | undefined): Promise<string[]> {
  const list = (await readObject(name, { array: true, example: '["nginx", "-s", "reload"]' })) ?? fallback
  if (!list || list.length === 0 || list.some((a) => typeof a !== 'string' || a === '')) {
    throw new InputError(
      name,
      JSON.stringify(list),
      'is not a command as a list of non-empty strings (argv, no shell), e.g. ["nginx", "-s", "reload"]',
    )
  }
  return list as string[]
}

async function backends(
  stable: string,
  canary: string,
  kind: 'address' | 'haproxy' = 'address',
): Promise<Record<string, string[]>> {
  const example =
    kind === 'haproxy'
      ? '{blue: [blue-1, blue-2], green: green-1}'
      : '{blue: "127.0.0.1:8081", green: ["127.0.0.1:8082"]}'
  const raw = await readObject('backends', { required: true, example })
  const out: Record<string, string[]> = {}
  for (const name of [stable, canary]) {
    const v = raw?.[name]
    const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined
    const what = kind === 'haproxy' ? 'the names of its servers in haproxy-backend' : 'host:port or a list of them'
    if (!list || list.length === 0)
      throw new InputError(
        'backends',
        JSON.stringify(raw),
        `has no servers for '${name}'; map each of stable and canary to ${what}`,
      )
    for (const a of list) {
      if (kind === 'haproxy' && (typeof a !== 'string' || !HAPROXY_NAME.test(a)))
        throw new InputError(
          'backends',
          String(a),
          `is not an HAProxy server name for '${name}' (letters, digits, _ . : -; up to 64)`,
        )
      if (kind === 'address' && (typeof a !== 'string' || !ADDRESS.test(a)))
        throw new InputError(
          'backends',
          String(a),
          `is not a server address for '${name}' (host:port, [ipv6]:port or unix:/path)`,
        )
    }
    out[name] = list as string[]
  }
  return out
}

function sticky(): Sticky | undefined {
  const v = readString('sticky', {
    pattern: /^(header|cookie):[A-Za-z0-9_-]{1,64}$/,
    accepted: "is not a sticky key: use 'header:<name>' or 'cookie:<name>' (letters, digits, _ -)",
  })
  if (!v) return undefined
  const [kind, name] = v.split(':') as ['header' | 'cookie', string]
  return { kind, name }
}

async function nginxConfig(stable: string, canary: string): Promise<NginxConfig> {
  const probeUrl = readString('probe-url', { pattern: /^https?:\/\/\S+$/, accepted: 'is not an http(s) URL' })
  if (probeUrl) maskUrl(probeUrl)
  return {
    upstream: readString('nginx-upstream', {
      fallback: 'shipline',
      pattern: /^[a-z_][a-z0-9_]{0,40}$/,
      accepted: 'is not an nginx upstream name (lower-case letters, digits, _)',
    }),
    backends: await backends(stable, canary),
    sticky: sticky(),
    testCommand: await readArgv('test-command', ['nginx', '-t']),
    reloadCommand: await readArgv('reload-command', ['nginx', '-s', 'reload']),
    probeUrl,
    versionHeader: readString('version-header', {
      fallback: 'x-version',
      pattern: /^[A-Za-z0-9-]{1,64}$/,
      accepted: 'is not a header name',
    }),
    probeTimeoutMs: readDuration('probe-timeout', { fallback: 10_000, max: 300_000 }),
  }
}

async function haproxyConfig(stable: string, canary: string): Promise<HaproxyConfig> {
  const backend = readString('haproxy-backend', {
    fallback: 'shipline',
    pattern: HAPROXY_NAME,
    accepted: 'is not an HAProxy backend name (letters, digits, _ . : -; up to 64)',
  })
  const servers = await backends(stable, canary, 'haproxy')
  const both = (servers[stable] as string[]).filter((s) => (servers[canary] as string[]).includes(s))
  if (both.length)
    throw new InputError(
      'backends',
      both.join(', '),
      `is listed for both '${stable}' and '${canary}'; each server serves one version`,
    )
  return { backend, servers }
}

async function plan(strategy: Config['strategy'], metrics: MetricSpec[], previewChecks: MetricSpec[]): Promise<Step[]> {
  const rawSteps = await readObject('steps', {
    array: true,
    example: '[{setWeight: 10}, {analysis: {}}, {pause: {}}]',
  })
  if (strategy !== 'blue-green') {
    if (previewChecks.length)
      throw new InputError(
        'preview-checks',
        `${previewChecks.length} check(s)`,
        "is only used by strategy 'blue-green'",
      )
    return parseSteps(
      rawSteps ?? [],
      metrics.map((m) => m.name),
    )
  }
  if (rawSteps)
    throw new InputError(
      'steps',
      JSON.stringify(rawSteps),
      "is only used by strategy 'canary'; blue-green runs preview-checks, switches, then runs metrics",
    )
  const scaleDownDelayMs = readDuration('scale-down-delay', { fallback: 0, max: 6 * 3_600_000 })
  return blueGreenSteps({
    hasPreviewChecks: previewChecks.length > 0,
    hasMetrics: metrics.length > 0,
    scaleDownDelayMs,
  })
}

/**
 * The file and flag routers write only inside the workspace or RUNNER_TEMP (checked on the real path, symlinks
 * resolved, a symlink at the file refused), unless `router-config-outside-workspace: true` says the file lives
 * elsewhere (a load balancer's weights file, a flag file flagd watches outside the checkout).
 */
async function fileRouterRoots(
  router: Config['router'],
  configPath: string,
  env: NodeJS.ProcessEnv,
): Promise<PathRoot[]> {
  const outside = readBoolean('router-config-outside-workspace', false)
  if (outside) return [{ label: 'anywhere (router-config-outside-workspace: true)', path: '/' }]
  const roots = allowedRoots(env)
  if (router === 'file' || router === 'flag') {
    await checkWritable('router-config', configPath, {
      roots,
      outsideHint:
        "For a file outside the checkout (a load balancer's weights file, a flag file), set router-config-outside-workspace: true.",
    })
  }
  return roots
}

/** `stable` and `canary`: two different version names. */
function readVersions(): { stable: string; canary: string } {
  const stable = requireString('stable', { pattern: NAME, accepted: 'is not a version name (letters, digits, _ . -)' })
  const canary = requireString('canary', { pattern: NAME, accepted: 'is not a version name (letters, digits, _ . -)' })
  if (stable === canary)
    throw new InputError('canary', canary, 'is the same as stable; the canary must be a different version')
  return { stable, canary }
}

/** `metrics` and `preview-checks`, with their header values and URL credentials masked. */
async function readMetricSets(): Promise<{ metrics: MetricSpec[]; previewChecks: MetricSpec[] }> {
  const metrics = parseMetrics((await readObject('metrics', { array: true })) ?? [], 'metrics')
  const previewChecks = parseMetrics((await readObject('preview-checks', { array: true })) ?? [], 'preview-checks')
  // Header values (Authorization, API keys) are secrets, whole and without their scheme; so are URL credentials.
  for (const m of [...metrics, ...previewChecks]) {
    Object.values(m.provider.headers).forEach(maskHeader)
    maskUrl(m.provider.kind === 'prometheus' ? m.provider.address : m.provider.url)
  }
  return { metrics, previewChecks }
}

/** `on-rollback` (a command) and `on-rollback-timeout` (at least 1s). */
async function readOnRollback(): Promise<Pick<Config, 'onRollback' | 'onRollbackTimeoutMs'>> {
  const onRollback = readString('on-rollback') ? await readArgv('on-rollback', undefined) : undefined
  const onRollbackTimeoutMs = readDuration('on-rollback-timeout', { fallback: 120_000, max: 3_600_000 })
  if (!(onRollbackTimeoutMs >= 1000))
    throw new InputError(
      'on-rollback-timeout',
      readString('on-rollback-timeout') ?? '',
      'is shorter than the minimum of 1s',
    )
  return { onRollback, onRollbackTimeoutMs }
}

/** Read every input; throws an InputError on the first bad one. */
export async function readConfig(env: NodeJS.ProcessEnv = process.env): Promise<Config> {
  const strategy = readEnum('strategy', ['canary', 'blue-green', 'flag'] as const, 'canary')
  const routerInput = readEnum('router', ['nginx', 'file', 'haproxy'] as const, 'file')
  const router: Config['router'] = strategy === 'flag' ? 'flag' : routerInput
  const flagKey =
    strategy === 'flag'
      ? requireString('flag-key', {
          pattern: /^[A-Za-z0-9][\w.:-]{0,127}$/,
          accepted: 'is not a flag key (letters, digits, _ . : -)',
        })
      : undefined
  const { stable, canary } = readVersions()
  const configPath = requireString('router-config')
  const routerConfig = isAbsolute(configPath) ? configPath : resolve(env.GITHUB_WORKSPACE ?? process.cwd(), configPath)
  const routerRoots = await fileRouterRoots(router, configPath, env)
  const { metrics, previewChecks } = await readMetricSets()
  const steps = await plan(strategy, metrics, previewChecks)
  await checkDarkLaunchSteps(steps)
  checkBaselinePlan(steps, metrics)
  const nginx = router === 'nginx' ? await nginxConfig(stable, canary) : undefined
  const haproxy = router === 'haproxy' ? await haproxyConfig(stable, canary) : undefined
  const resume = readBoolean('resume', false)
  const abort = readBoolean('abort', false)
  const onInconclusive = readEnum('on-inconclusive', ['pause', 'fail'] as const, 'pause')
  const environment = readString('environment', {
    fallback: 'production',
    pattern: /^[^\s].{0,254}$/,
    accepted: 'is not an environment name',
  })
  const token = readString('token', { fallback: '' })
  const { onRollback, onRollbackTimeoutMs } = await readOnRollback()
  const breaker = parseBreaker(
    await readObject('circuit-breaker', { example: '{requests: {...}, errors: {...}, error-rate-percent: 5}' }),
  )
  const key = fingerprint({ strategy, stable, canary, router, routerConfig, flagKey, steps })
  return {
    strategy,
    steps,
    stable,
    canary,
    router,
    routerConfig,
    routerRoots,
    flagKey,
    onRollback,
    onRollbackTimeoutMs,
    breaker,
    nginx,
    haproxy,
    metrics,
    previewChecks,
    resume,
    abort,
    onInconclusive,
    environment,
    token,
    key,
  }
}
