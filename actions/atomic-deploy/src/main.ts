import { setOutputs, info, warning } from '@shipline/core'
import { readInputs } from './inputs.js'
import { startRun } from './connect.js'
import type { RunContext } from './domain/config.js'

/**
 * atomic-deploy: read inputs, start connecting to the hosts, run the deploy (or rollback, or plan), report it.
 * What follows the first connections (the run's phases, the report) is imported only once they are under way
 * (split into chunks of the bundle), so loading it overlaps the key exchanges; bad input fails before either.
 */
export async function main(): Promise<void> {
  const cfg = readInputs()
  const env = process.env
  // The runner cancels a step with SIGINT, then SIGTERM 7.5 s later: either one stops the run where it is,
  // releases the locks and closes the SSH connections (runDeploy's own clean-up), instead of dying mid-way.
  const cancel = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!cancel.signal.aborted)
      warning(`${signal}: cancelling the run (calling off what has not happened yet, releasing the locks)`)
    cancel.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  const runUrl = env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID}`
    : ''
  const base: Omit<RunContext, 'token'> = {
    who: env.GITHUB_ACTOR || env.USER || 'unknown',
    runUrl,
    ref: env.GITHUB_SHA || env.GITHUB_REF || cfg.version,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    now: () => new Date(),
    signal: cancel.signal,
  }
  const started = await startRun(cfg, base)
  const ctx = started.ctx
  const [{ runDeploy }, { buildSummary }] = await Promise.all([import('./deploy.js'), import('./domain/report.js')])
  const outcome = await runDeploy(cfg, ctx, started).finally(() => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  })
  setOutputs({
    release: outcome.release,
    'previous-release': outcome.previous,
    hosts: outcome.results.map(({ plan: _plan, ...r }) => r),
    'deployment-id': outcome.deploymentId === undefined ? '' : String(outcome.deploymentId),
  })
  const title = `${cfg.dryRun ? 'Plan: ' : ''}${cfg.mode === 'rollback' ? 'Rollback' : 'Deploy'} of ${cfg.app} ${outcome.release}`
  buildSummary({ title, outcome: outcome.text, results: outcome.results, dryRun: cfg.dryRun }).write()
  info(outcome.text)
  if (outcome.error) throw outcome.error
}
