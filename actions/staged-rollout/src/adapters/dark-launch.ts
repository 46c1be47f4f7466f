/**
 * The dark-launch step's I/O: start the shadow proxy in-process on the runner, keep it up for the step's duration
 * (or until the circuit breaker aborts), always close it, then judge its report. The shadow package (node:http) is
 * loaded lazily, only by runs that have a darkLaunch step.
 */
import { info, InputError, messageOf } from '@shipline/core'
import { shadowConfig, type DarkLaunchResult, type DarkLaunchSpec } from '../domain/dark-launch.js'
import type { Step } from '../domain/steps.js'

type Shadow = typeof import('@shipline/shadow')

const loadShadow = (): Promise<Shadow> => import('@shipline/shadow')

/**
 * Check every dark-launch step with the proxy's own option validation (its typed options, as the step will start it
 * with), so a value it refuses (an ignore path it cannot parse, …) stops the run before anything changes, as an
 * error naming the `steps` input.
 */
export async function checkDarkLaunchSteps(steps: readonly Step[]): Promise<void> {
  const dark = steps
    .map((s, i) => ({ s, n: i + 1 }))
    .filter((x): x is { s: Step & { kind: 'darkLaunch' }; n: number } => x.s.kind === 'darkLaunch')
  if (dark.length === 0) return
  const shadow = await loadShadow()
  for (const { s, n } of dark) {
    try {
      shadow.resolveOptions(shadowConfig(s.spec))
    } catch (error) {
      if (!(error instanceof shadow.ShadowOptionsError)) throw error
      throw new InputError('steps', `darkLaunch (step ${n})`, `is refused by the shadow proxy: ${error.message}`)
    }
  }
}

/** Resolve after `ms`, or early when the signal aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((ok) => {
    if (signal.aborted) return ok()
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      ok()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}

/** Run one dark launch: the proxy is closed on every path (finally); a proxy that cannot start is an `error` verdict. */
export async function runDarkLaunch(
  spec: DarkLaunchSpec,
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<DarkLaunchResult> {
  const shadow = await loadShadow()
  const startedAt = now()
  let proxy: Awaited<ReturnType<Shadow['startShadowProxy']>>
  try {
    proxy = await shadow.startShadowProxy(shadow.resolveOptions(shadowConfig(spec)))
  } catch (error) {
    const zero = { requests: 0, mirrored: 0, compared: 0, differed: 0, dropped: 0, darkErrors: 0, diffRate: 0 }
    return {
      verdict: 'error',
      reason: `the shadow proxy could not start on ${spec.listen}: ${messageOf(error)}`,
      startedAt,
      finishedAt: now(),
      listen: spec.listen,
      counts: zero,
      samples: [],
    }
  }
  try {
    info(
      `  shadow proxy on ${proxy.url} (admin ${proxy.adminUrl}: /metrics, /report): production ${spec.production}, dark ${spec.dark}, for ${Math.round(spec.durationMs / 1000)}s`,
    )
    await wait(spec.durationMs, signal)
  } finally {
    await proxy.close()
  }
  const report = proxy.stats.report()
  const judged = shadow.judgeShadowReport(report, { maxDiffRate: spec.maxDiffRate, minCompared: spec.minCompared })
  info(`  dark launch ${judged.verdict}: ${judged.reason}`)
  return {
    verdict: judged.verdict,
    reason: judged.reason,
    startedAt,
    finishedAt: now(),
    listen: proxy.url,
    counts: {
      requests: report.requests,
      mirrored: report.mirrored,
      compared: report.compared,
      differed: report.differed,
      dropped: report.skipped.queue_full,
      darkErrors: report.darkErrors.timeout + report.darkErrors.error,
      diffRate: judged.diffRate,
    },
    samples: report.samples.map((x) => ({
      method: x.method,
      path: x.path,
      kinds: x.kinds,
      differences: x.differences,
    })),
  }
}
