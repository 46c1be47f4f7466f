import { group, info, setFailed, setOutputs } from '@shipline/core'
import { advance, newState } from './domain/rollout.js'
import { analysisOutput, buildSummary } from './domain/report.js'
import { readConfig } from './adapters/inputs.js'
import { analyser, createRouter, createStore, onRollback, sleep, startBreaker } from './adapters/wire.js'

/** Inputs → adapters → the rollout engine → outputs, summary and exit code. */
export async function main(): Promise<void> {
  const cfg = await readConfig()
  const router = createRouter(cfg)
  await router.prepare?.()
  const store = await createStore(cfg)
  const prior = await store.load(cfg.key)
  const state = prior ?? newState({ key: cfg.key, strategy: cfg.strategy, stable: cfg.stable, canary: cfg.canary }, Date.now())
  info(prior ? `Continuing rollout ${cfg.key} from ${store.where}: ${prior.phase} at step ${prior.next + 1}, canary ${prior.weight}%` : `New rollout ${cfg.key}: ${cfg.steps.length} step(s)`)
  const breaker = startBreaker(cfg)
  const outcome = await group(`staged-rollout: ${cfg.stable} → ${cfg.canary}`, () =>
    advance(state, cfg.steps, { router, analyse: analyser(cfg), save: (s) => store.save(s), now: Date.now, sleep, log: info, breaker: breaker.signal }, {
      resume: cfg.resume,
      abort: cfg.abort ? 'abort requested (input abort: true)' : undefined,
    }).finally(() => breaker.stop()),
  )
  const s = outcome.state
  await onRollback(cfg, s)
  setOutputs({ phase: s.phase === 'aborting' ? 'aborted' : s.phase, weight: s.weight, analysis: analysisOutput(s, outcome.analyses) })
  buildSummary(s, outcome.analyses, { where: store.where, router: cfg.router }).write()
  if (s.phase === 'aborting') setFailed(`Rollout of ${cfg.canary} could not send traffic back to stable (canary still at ${s.weight}%): ${s.history.at(-1)?.detail ?? s.reason}`)
  else if (s.phase === 'aborted' && !cfg.abort) setFailed(`Rollout of ${cfg.canary} aborted, canary at 0%: ${s.reason}`)
  else if (s.phase === 'paused' && s.reason !== 'manual gate' && cfg.onInconclusive === 'fail') {
    setFailed(`Rollout of ${cfg.canary} is inconclusive (on-inconclusive: fail), canary left at ${s.weight}%: ${s.reason}`)
  } else info(`Rollout ${s.phase}: canary ${cfg.canary} at ${s.weight}% (${s.reason})`)
}
