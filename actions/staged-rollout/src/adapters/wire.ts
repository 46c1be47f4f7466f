/** Builds the adapters a run needs from its config: router, state store, metric query, clock. */
import { createGitHubClient, currentRepo, info, sleep, warning } from '@shipline/core'
import { watchBreaker } from '../domain/breaker.js'
import { runAnalysis, type AnalysisDeps } from '../domain/analysis.js'
import { baselineMetrics } from '../domain/baseline.js'
import type { EngineDeps } from '../domain/rollout.js'
import type { Step } from '../domain/steps.js'
import type { Config } from './inputs.js'
import { createQuery } from './providers.js'
import { FileRouter } from './router-file.js'
import { FlagRouter } from './router-flag.js'
import { NginxRouter } from './router-nginx.js'
import { HaproxyRouter } from './router-haproxy.js'
import { DeploymentStateStore, FileStateStore, stateFileFor, type StateStore } from './state-store.js'

/** The router for the config; `prepare()` checks what it will change before anything is touched. */
export function createRouter(cfg: Config): EngineDeps['router'] & { prepare?(): Promise<unknown> } {
  if (cfg.router === 'flag') return new FlagRouter(cfg.routerConfig, cfg.flagKey as string, cfg.stable, cfg.canary)
  if (cfg.router === 'haproxy' && cfg.haproxy)
    return new HaproxyRouter({ socket: cfg.routerConfig, stable: cfg.stable, canary: cfg.canary, ...cfg.haproxy })
  if (cfg.router === 'file' || !cfg.nginx)
    return new FileRouter(cfg.routerConfig, cfg.stable, cfg.canary, cfg.routerRoots)
  return new NginxRouter({ configPath: cfg.routerConfig, stable: cfg.stable, canary: cfg.canary, ...cfg.nginx })
}

/** This workflow run's URL, when running in Actions. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined
}

export async function createStore(cfg: Config, env: NodeJS.ProcessEnv = process.env): Promise<StateStore> {
  if (!cfg.token) return new FileStateStore(stateFileFor(cfg.routerConfig))
  const gh = await createGitHubClient({ token: cfg.token, action: 'staged-rollout' })
  return new DeploymentStateStore(
    gh,
    currentRepo(env),
    cfg.environment,
    env.GITHUB_SHA || env.GITHUB_REF || 'HEAD',
    runUrl(env),
  )
}

function analysisDeps(target: { canary: string; baseline: string }, label = ''): AnalysisDeps {
  return {
    now: Date.now,
    sleep,
    query: createQuery(target),
    onMeasurement: (m) =>
      info(
        `  ${label}${m.metric}: ${m.value === null ? 'no data' : JSON.stringify(m.value)} → ${m.outcome} (${m.reason})`,
      ),
  }
}

/** The engine's analysis: run the step's metric set, logging each measurement as it lands. */
export function analyser(cfg: Config): EngineDeps['analyse'] {
  const deps = analysisDeps({ canary: cfg.canary, baseline: cfg.stable })
  return (step: Step & { kind: 'analysis' }, signal: AbortSignal, baseline) => {
    const set = step.set === 'preview' ? cfg.previewChecks : cfg.metrics
    const band = (metric: string) => baseline?.metrics[metric]
    return runAnalysis(
      step.metrics ? set.filter((m) => step.metrics?.includes(m.name)) : set,
      { ...deps, band },
      signal,
    )
  }
}

/** The baseline check: the same metrics, with `{{ canary }}` and `{{ target }}` naming the stable version. */
export function baselineChecker(cfg: Config): NonNullable<EngineDeps['baselineCheck']> {
  const deps = analysisDeps({ canary: cfg.stable, baseline: cfg.stable }, `${cfg.stable} `)
  return (step, signal) => runAnalysis(baselineMetrics(step, cfg.metrics), deps, signal)
}

/** Start the circuit breaker (when configured): its signal aborts with the trip reason; call `stop()` when done. */
export function startBreaker(cfg: Config): { signal: AbortSignal | undefined; stop(): Promise<void> } {
  if (!cfg.breaker) return { signal: undefined, stop: async () => undefined }
  const tripped = new AbortController()
  const done = new AbortController()
  const query = createQuery({ canary: cfg.canary, baseline: cfg.stable })
  const watching = watchBreaker(cfg.breaker, { query, sleep, log: info }, done.signal).then((j) => {
    if (j) {
      warning(`Circuit breaker opened: ${j.reason}`)
      tripped.abort(j.reason)
    }
  })
  return {
    signal: tripped.signal,
    stop: async () => {
      done.abort()
      await watching
    },
  }
}
