import { group, info, setFailed, setOutputs, sleep } from '@shipline/core'
import { advance, newState, type RunOutcome } from './domain/rollout.js'
import { analysisOutput, baselineOutput, buildSummary, refused } from './domain/report.js'
import { readConfig, type Config } from './adapters/inputs.js'
import { runDarkLaunch } from './adapters/dark-launch.js'
import { acquireLock } from './adapters/lock.js'
import type { StateStore } from './adapters/state-store.js'
import { analyser, baselineChecker, createRouter, createStore, runUrl, startBreaker } from './adapters/wire.js'
import { runRollbackHook } from './adapters/rollback-hook.js'

/** Inputs → lock → adapters → the rollout engine → outputs, summary and exit code. */
export async function main(): Promise<void> {
  const cfg = await readConfig()
  const router = createRouter(cfg)
  await router.prepare?.()
  const release = await acquireLock(cfg.routerConfig, runUrl())
  try {
    const store = await createStore(cfg)
    const outcome = await rollout(cfg, router, store)
    report(cfg, store, { ...outcome, state: await runRollbackHook(cfg, outcome.state, store) })
  } finally {
    await release()
  }
}

async function rollout(cfg: Config, router: ReturnType<typeof createRouter>, store: StateStore): Promise<RunOutcome> {
  const prior = await store.load(cfg.key)
  const state =
    prior ?? newState({ key: cfg.key, strategy: cfg.strategy, stable: cfg.stable, canary: cfg.canary }, Date.now())
  info(
    prior
      ? `Continuing rollout ${cfg.key} from ${store.where}: ${prior.phase} at step ${prior.next + 1}, canary ${prior.weight}%`
      : `New rollout ${cfg.key}: ${cfg.steps.length} step(s)`,
  )
  const breaker = startBreaker(cfg)
  return group(`staged-rollout: ${cfg.stable} → ${cfg.canary}`, () =>
    advance(
      state,
      cfg.steps,
      {
        router,
        analyse: analyser(cfg),
        baselineCheck: baselineChecker(cfg),
        darkLaunch: (step, signal) => runDarkLaunch(step.spec, signal),
        save: (s) => store.save(s),
        now: Date.now,
        sleep,
        log: info,
        breaker: breaker.signal,
      },
      {
        resume: cfg.resume,
        abort: cfg.abort ? 'abort requested (input abort: true)' : undefined,
      },
    ).finally(() => breaker.stop()),
  )
}

function report(cfg: Config, store: StateStore, outcome: RunOutcome): void {
  const s = outcome.state
  setOutputs({
    phase: s.phase === 'aborting' ? 'aborted' : s.phase,
    weight: s.weight,
    analysis: analysisOutput(s, outcome.analyses, outcome.darkLaunches),
    baseline: baselineOutput(s),
  })
  buildSummary(s, outcome.analyses, { where: store.where, router: cfg.router }, outcome.darkLaunches).write()
  if (refused(s)) setFailed(`Rollout of ${cfg.canary} did not start, no traffic moved: ${s.reason}`)
  else if (s.phase === 'aborting')
    setFailed(
      `Rollout of ${cfg.canary} could not send traffic back to stable (canary still at ${s.weight}%): ${s.history.at(-1)?.detail ?? s.reason}`,
    )
  else if (s.phase === 'aborted' && !cfg.abort) setFailed(`Rollout of ${cfg.canary} aborted, canary at 0%: ${s.reason}`)
  else if (s.phase === 'paused' && s.reason !== 'manual gate' && cfg.onInconclusive === 'fail') {
    setFailed(
      `Rollout of ${cfg.canary} is inconclusive (on-inconclusive: fail), canary left at ${s.weight}%: ${s.reason}`,
    )
  } else info(`Rollout ${s.phase}: canary ${cfg.canary} at ${s.weight}% (${s.reason})`)
}
