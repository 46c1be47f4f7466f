import { describe, expect, it } from '@jest/globals'
import { resolveOptions } from '@shipline/shadow'
import { darkLaunchOutcome, parseDarkLaunch, shadowConfig, type DarkLaunchResult } from '../src/domain/dark-launch.js'
import { darkLaunchDetail, darkLaunchOutput, darkLaunchSummary } from '../src/domain/dark-launch-report.js'
import { analysisOutput, buildSummary } from '../src/domain/report.js'
import { advance, newState, type EngineDeps, type RolloutState } from '../src/domain/rollout.js'
import { parseSteps, type Step } from '../src/domain/steps.js'
import { virtualClock } from './fakes.js'

const base = {
  production: 'http://127.0.0.1:8081',
  dark: 'http://127.0.0.1:8082',
  listen: '127.0.0.1:8080',
  duration: '5m',
}

describe('parseDarkLaunch', () => {
  it('fills defaults', () => {
    expect(parseDarkLaunch(base, 1)).toEqual({
      production: 'http://127.0.0.1:8081',
      dark: 'http://127.0.0.1:8082',
      listen: '127.0.0.1:8080',
      admin: '127.0.0.1:0',
      durationMs: 300_000,
      maxDiffRate: 0.01,
      minCompared: 100,
      ignorePaths: [],
      compareHeaders: ['content-type'],
      darkWrites: false,
      darkDatastore: undefined,
    })
  })
  it('reads every option', () => {
    const spec = parseDarkLaunch(
      {
        ...base,
        admin: '127.0.0.1:9464',
        duration: 90,
        'max-diff-rate': 0.05,
        'min-compared': 10,
        'ignore-paths': ['updatedAt', '**.id'],
        'compare-headers': 'Content-Type, ETag',
        'dark-writes': true,
        'dark-datastore': 'orders-dark',
      },
      2,
    )
    expect(spec).toMatchObject({
      admin: '127.0.0.1:9464',
      durationMs: 90_000,
      maxDiffRate: 0.05,
      minCompared: 10,
      ignorePaths: ['updatedAt', '**.id'],
      compareHeaders: ['content-type', 'etag'],
      darkWrites: true,
      darkDatastore: 'orders-dark',
    })
    expect(shadowConfig(spec)).toEqual({
      production: 'http://127.0.0.1:8081',
      dark: 'http://127.0.0.1:8082',
      listen: '127.0.0.1:8080',
      admin: '127.0.0.1:9464',
      darkWrites: true,
      darkDatastore: 'orders-dark',
      compareHeaders: ['content-type', 'etag'],
      ignorePaths: ['updatedAt', '**.id'],
    })
    // what the proxy starts with: the step's values, the proxy's defaults for the rest
    expect(resolveOptions(shadowConfig(spec))).toMatchObject({
      listen: { host: '127.0.0.1', port: 8080 },
      admin: { host: '127.0.0.1', port: 9464 },
      production: new URL('http://127.0.0.1:8081'),
      darkWrites: true,
      darkDatastore: 'orders-dark',
      compareHeaders: ['content-type', 'etag'],
      ignorePaths: [['updatedAt'], ['**', 'id']],
      concurrency: 32,
      darkTimeoutMs: 2000,
    })
  })
  const bad: { name: string; raw: unknown; message: string }[] = [
    {
      name: 'not a mapping',
      raw: 'yes',
      message: "Input 'steps': 'darkLaunch: yes' (step 3) is not a dark-launch step: a mapping such as",
    },
    {
      name: 'unknown option',
      raw: { ...base, 'max-diff': 0.1 },
      message: "Input 'steps': 'max-diff' (step 3) is not a darkLaunch option; known: production, dark",
    },
    { name: 'missing listen', raw: { ...base, listen: undefined }, message: "(step 3) needs 'listen'" },
    { name: 'missing duration', raw: { ...base, duration: undefined }, message: "(step 3) needs 'duration'" },
    {
      name: 'production not a URL',
      raw: { ...base, production: 'prod:80' },
      message: "Input 'steps': 'production: prod:80' (step 3) is not a base URL",
    },
    {
      name: 'dark with a query',
      raw: { ...base, dark: 'http://127.0.0.1:8082/?x=1' },
      message: "'dark: http://127.0.0.1:8082/?x=1' (step 3) is not a base URL",
    },
    {
      name: 'dark same as production',
      raw: { ...base, dark: base.production },
      message: '(step 3) is the same as production',
    },
    {
      name: 'listen without port',
      raw: { ...base, listen: '127.0.0.1' },
      message: "Input 'steps': 'listen: 127.0.0.1' (step 3) is not HOST:PORT",
    },
    {
      name: 'listen port out of range',
      raw: { ...base, listen: '127.0.0.1:70000' },
      message: "'listen: 127.0.0.1:70000' (step 3) is not HOST:PORT",
    },
    {
      name: 'duration not a duration',
      raw: { ...base, duration: 'a while' },
      message: "Input 'steps': 'duration: a while' (step 3) is not a dark-launch duration",
    },
    {
      name: 'duration above 6h',
      raw: { ...base, duration: '7h' },
      message: "'duration: 7h' (step 3) is not a dark-launch duration: '30s', '5m', up to 6h",
    },
    {
      name: 'diff rate above 1',
      raw: { ...base, 'max-diff-rate': 5 },
      message: "Input 'steps': 'max-diff-rate: 5' (step 3) is not a fraction from 0 to 1",
    },
    {
      name: 'min-compared zero',
      raw: { ...base, 'min-compared': 0 },
      message: "'min-compared: 0' (step 3) is not a whole number of at least 1",
    },
    {
      name: 'ignore-paths not strings',
      raw: { ...base, 'ignore-paths': [1] },
      message: "'ignore-paths: [1]' (step 3) is not a list of non-empty strings",
    },
    {
      name: 'dark-writes not boolean',
      raw: { ...base, 'dark-writes': 'yes' },
      message: "'dark-writes: yes' (step 3) is not true or false",
    },
    {
      name: 'dark writes without datastore',
      raw: { ...base, 'dark-writes': true },
      message: "Input 'steps': 'dark-writes: true' (step 3) needs dark-datastore",
    },
    {
      name: 'bad datastore name',
      raw: { ...base, 'dark-datastore': 'a b' },
      message: "'dark-datastore: a b' (step 3) is not a datastore name",
    },
  ]
  it.each(bad)('refuses $name', ({ raw, message }) => {
    expect(() => parseDarkLaunch(raw, 3)).toThrow(message)
  })
  it('is a step kind', () => {
    const [step] = parseSteps([{ darkLaunch: base }], [])
    expect(step?.kind).toBe('darkLaunch')
  })
})

function result(verdict: DarkLaunchResult['verdict'], over: Partial<DarkLaunchResult> = {}): DarkLaunchResult {
  const differed = verdict === 'fail' ? 30 : 0
  return {
    verdict,
    reason: `diff rate ${differed}%`,
    startedAt: 1_700_000_000_000,
    finishedAt: 1_700_000_005_000,
    listen: 'http://127.0.0.1:8080',
    counts: {
      requests: 120,
      mirrored: 100,
      compared: 100,
      differed,
      dropped: 0,
      darkErrors: 0,
      diffRate: differed / 100,
    },
    samples: differed
      ? [
          {
            method: 'GET',
            path: '/item',
            kinds: ['body'],
            differences: [{ kind: 'body', path: 'price', production: '10', dark: '12' }],
          },
        ]
      : [],
    ...over,
  }
}

describe('dark-launch verdict mapping', () => {
  const rows: {
    name: string
    verdict: DarkLaunchResult['verdict']
    outcome: string
    phase: RolloutState['phase']
    weights: number[]
  }[] = [
    {
      name: 'pass continues to the next step and promotes',
      verdict: 'pass',
      outcome: 'successful',
      phase: 'promoted',
      weights: [10, 100],
    },
    { name: 'fail rolls back to stable', verdict: 'fail', outcome: 'failed', phase: 'aborted', weights: [0] },
    {
      name: 'inconclusive pauses with traffic where it is',
      verdict: 'inconclusive',
      outcome: 'inconclusive',
      phase: 'paused',
      weights: [],
    },
    {
      name: 'a proxy that could not start rolls back',
      verdict: 'error',
      outcome: 'error',
      phase: 'aborted',
      weights: [0],
    },
  ]
  it.each(rows)('$name', async ({ verdict, outcome, phase, weights }) => {
    expect(darkLaunchOutcome(verdict)).toBe(outcome)
    const h = harness([verdict])
    const r = await advance(
      newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0),
      plan(),
      h.deps,
      { resume: false },
    )
    expect(r.state.phase).toBe(phase)
    expect(h.weights).toEqual(weights)
    expect(r.darkLaunches.map((d) => d.verdict)).toEqual([verdict])
    expect(r.state.history[0]).toMatchObject({ step: 1, verdict: outcome })
  })
  it('names the diff rate and a sample in the abort reason', async () => {
    const h = harness(['fail'])
    const r = await advance(
      newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0),
      plan(),
      h.deps,
      { resume: false },
    )
    expect(r.state.reason).toBe('dark launch fail: diff rate 30%; e.g. GET /item: body price production 10 ≠ dark 12')
  })
  it('never repeats a finished dark launch on a re-run', async () => {
    const steps = parseSteps([{ darkLaunch: base }, { pause: {} }, { setWeight: 50 }], [])
    const h = harness(['pass'])
    const first = await advance(
      newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0),
      steps,
      h.deps,
      { resume: false },
    )
    expect(first.state.phase).toBe('paused')
    const h2 = harness(['fail'])
    const second = await advance(first.state, steps, h2.deps, { resume: true })
    expect(second.state.phase).toBe('promoted')
    expect(h2.calls).toBe(0)
  })
  it('stops for an open circuit breaker and rolls back', async () => {
    const h = harness(['pass'])
    const breaker = new AbortController()
    let seen: AbortSignal | undefined
    const deps: EngineDeps = {
      ...h.deps,
      breaker: breaker.signal,
      darkLaunch: async (_step, signal) => {
        seen = signal
        breaker.abort('error rate 30% over 5%')
        return result('pass')
      },
    }
    const r = await advance(
      newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0),
      plan(),
      deps,
      { resume: false },
    )
    expect(seen).toBe(breaker.signal)
    expect(r.state.phase).toBe('aborted')
    expect(r.state.reason).toBe('circuit breaker opened: error rate 30% over 5%')
    expect(r.state.history[0]).toMatchObject({ step: 1, verdict: 'interrupted' })
  })
  it('rolls back when the run has no dark-launch adapter', async () => {
    const h = harness([])
    const r = await advance(
      newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0),
      plan(),
      { ...h.deps, darkLaunch: undefined },
      { resume: false },
    )
    expect(r.state.phase).toBe('aborted')
  })
})

describe('dark-launch report', () => {
  it('puts counts and samples in the analysis output and the summary', () => {
    const state = newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, 0)
    const out = analysisOutput(state, [], [result('fail')]) as { darkLaunches: object[] }
    expect(out.darkLaunches[0]).toEqual(darkLaunchOutput(result('fail')))
    expect(out.darkLaunches[0]).toMatchObject({
      verdict: 'fail',
      requests: 120,
      mirrored: 100,
      compared: 100,
      differed: 30,
      diffRate: 0.3,
      durationMs: 5000,
    })
    const md = buildSummary(state, [], { where: 'file', router: 'file' }, [result('fail')]).toString()
    expect(md).toContain('### Dark launch')
    expect(md).toContain('30.00%')
    expect(md).toContain('**Diff samples**')
    expect(md).toMatch(/GET \/item.*body.*price.*10.*12/)
    expect(darkLaunchSummary([]).toString().trim()).toBe('')
    const crafted = result('fail', {
      samples: [
        {
          method: 'GET',
          path: '/<img src=x>',
          kinds: ['body'],
          differences: [{ kind: 'body', path: '$.a', production: '"<b>"', dark: 'x'.repeat(500) }],
        },
      ],
    })
    const text = darkLaunchSummary([crafted]).toString()
    expect(text).toContain('GET /&lt;img src=x>')
    expect(text).not.toContain('<img')
    expect(text).toContain(`${'x'.repeat(120)}…`)
    expect(darkLaunchDetail(result('pass'))).toBe('diff rate 0%')
  })
})

function plan(): Step[] {
  return parseSteps([{ darkLaunch: base }, { setWeight: 10 }], [])
}

function harness(verdicts: DarkLaunchResult['verdict'][]) {
  const clock = virtualClock()
  const weights: number[] = []
  const h = { weights, calls: 0, deps: undefined as unknown as EngineDeps }
  h.deps = {
    router: {
      setWeight: async (w) => {
        weights.push(w)
        return {}
      },
    },
    analyse: async () => {
      throw new Error('no analysis here')
    },
    darkLaunch: async () => result(verdicts[h.calls++] ?? 'pass'),
    save: async () => undefined,
    now: clock.now,
    sleep: clock.sleep,
    log: () => undefined,
  }
  return h
}
