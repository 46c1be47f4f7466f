/**
 * The `flag` strategy and the circuit-breaker gate, through the runner harness. The action raises a flagd flag's
 * rollout percentage in a real flag file. A client loop plays 200 users: it reads the file the way a flagd
 * provider would (via @shipline/flags' evaluator) and sends each user to the new (green) or old (blue) app
 * process, so the canary's share of real traffic follows the flag.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evaluateFlag, parseFlagFileText, readRolloutPercentage } from '@shipline/flags'
import { runAction, type RunResult } from '../support/runner/index.js'
import { node24 } from '../support/net.js'
import { startApp, type App } from '../fixtures/staged-rollout/apps.js'

let dir: string
let flagFile: string
let blue: App
let green: App

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shipline-rollout-flag-'))
  flagFile = join(dir, 'flags.flagd.json')
  ;[blue, green] = await Promise.all([startApp('blue'), startApp('green')])
})

afterAll(async () => {
  await Promise.all([blue?.stop(), green?.stop()])
  rmSync(dir, { recursive: true, force: true })
})

/** 200 users in a loop; each request goes where the flag file sends that user right now. */
function users(): { stop(): Promise<{ green: number; blue: number; failed: number }> } {
  let stopped = false
  const counts = { green: 0, blue: 0, failed: 0 }
  const loop = async () => {
    for (let i = 0; !stopped && i < 20_000; i++) {
      let on: boolean
      try {
        on =
          evaluateFlag(parseFlagFileText(readFileSync(flagFile, 'utf8')), 'new-checkout', {
            targetingKey: `user-${i % 200}`,
          }).variant === 'on'
      } catch {
        on = false // no file yet: the flag is off
      }
      const app = on ? green : blue
      const res = await fetch(`${app.url}/`).catch(() => undefined)
      if (!res) counts.failed++
      else {
        await res.text()
        counts[on ? 'green' : 'blue']++
      }
    }
  }
  const loops = [loop(), loop()]
  return {
    stop: async () => {
      stopped = true
      await Promise.all(loops)
      return counts
    },
  }
}

/**
 * A clean slate: no flag or state file. Returns the time from which the test's metrics count green's requests
 * (`/stats?since=`): a window fixed in advance, so a slow poll under load still sees every request of the test.
 */
function quiet(): number {
  rmSync(flagFile, { force: true })
  rmSync(`${flagFile}.shipline-state.json`, { force: true })
  return Date.now()
}

const errorRate = (since: number) => ({
  name: 'error-rate',
  provider: { http: { url: `http://127.0.0.1:${green.port}/stats?since=${since}`, 'json-path': '$.errorRate' } },
  'success-condition': 'result < 0.05',
  interval: '200ms',
  count: 3,
  'inconclusive-limit': 2,
})

function inputs(over: Record<string, string>): Record<string, string> {
  // The flag file lives outside the job's workspace, where the users' flagd would watch it.
  return {
    strategy: 'flag',
    'flag-key': 'new-checkout',
    stable: 'off',
    canary: 'on',
    'router-config': flagFile,
    'router-config-outside-workspace': 'true',
    ...over,
  }
}

const percent = () => readRolloutPercentage(parseFlagFileText(readFileSync(flagFile, 'utf8')), 'new-checkout')?.percent
const analysis = (r: RunResult) => JSON.parse(r.outputs.analysis ?? '{}')

describe('staged-rollout flag strategy', () => {
  it('raises the flag step by step to 100% while the analysis passes', async () => {
    const since = quiet()
    const load = users()
    const r = await runAction('staged-rollout', {
      inputs: inputs({
        steps: JSON.stringify([{ setWeight: 10 }, { analysis: {} }, { setWeight: 40 }, { analysis: {} }]),
        metrics: JSON.stringify([errorRate(since)]),
      }),
    })
    const served = await load.stop()
    expect(r.stderr).toBe('')
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect(percent()).toBe(100)
    expect(served.green).toBeGreaterThan(0)
    expect(served.failed).toBe(0)
    expect(analysis(r).steps[0].detail).toMatch(/new-checkout → on for 10% of users$/)
  })

  it('reverts the flag to 0% when the analysis fails, and runs on-rollback', async () => {
    await green.setFailRate(1)
    const since = quiet()
    const marker = join(dir, 'rolled-back.txt')
    const hook = JSON.stringify([
      node24,
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(marker)}, process.env.SHIPLINE_STRATEGY + ': ' + process.env.SHIPLINE_REASON)`,
    ])
    const load = users()
    try {
      const r = await runAction('staged-rollout', {
        inputs: inputs({
          steps: JSON.stringify([{ setWeight: 30 }, { analysis: {} }, { setWeight: 60 }]),
          metrics: JSON.stringify([errorRate(since)]),
          'on-rollback': hook,
        }),
      })
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
      expect(percent()).toBe(0)
      expect(readFileSync(marker, 'utf8')).toMatch(/^flag: analysis failed: error-rate: failed/)
    } finally {
      await load.stop()
      await green.setFailRate(0)
    }
  })

  it('the circuit breaker rolls back mid-interval, long before the analysis would', async () => {
    // Driven, not raced: the breaker counts green's requests since this test began (not a sliding window a slow
    // poll could miss), green fails every request (so any 10 of them are over 20%), and the analysis cannot fail
    // (it counts blue's requests, which are never negative) and would take 20 s to pass. Until the flag reaches
    // 50% no user is sent to green, so the breaker can only open after the weight step, during the analysis.
    await green.setFailRate(1)
    const since = quiet()
    const stats = (path: string) => ({
      http: { url: `http://127.0.0.1:${green.port}/stats?since=${since}`, 'json-path': path },
    })
    const breaker = JSON.stringify({
      interval: '100ms',
      'min-requests': 10,
      'error-rate-percent': 20,
      requests: stats('$.requests'),
      errors: stats('$.errors'),
    })
    const slow = {
      name: 'blue-requests',
      provider: { http: { url: `http://127.0.0.1:${blue.port}/stats?since=${since}`, 'json-path': '$.requests' } },
      'success-condition': 'result >= 0',
      interval: '10s',
      count: 3,
    }
    const load = users()
    try {
      const r = await runAction('staged-rollout', {
        inputs: inputs({
          steps: JSON.stringify([{ setWeight: 50 }, { analysis: {} }, { setWeight: 100 }]),
          metrics: JSON.stringify([slow]),
          'circuit-breaker': breaker,
        }),
      })
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
      expect(percent()).toBe(0)
      const a = analysis(r)
      expect(a.reason).toMatch(/^circuit breaker opened: error rate \d+\.\d% \(\d+\/\d+\) is at or above 20%$/)
      expect(a.steps.map((s: { verdict: string }) => s.verdict)).toEqual([
        'applied',
        'interrupted',
        'aborting',
        'aborted',
      ])
      expect(a.analyses[0].metrics[0].measurements.length).toBeLessThan(3)
      expect(
        r.annotations.some((x) => x.kind === 'warning' && x.message.startsWith('Circuit breaker opened: error rate')),
      ).toBe(true)
    } finally {
      await load.stop()
      await green.setFailRate(0)
    }
  })

  it('refuses a flag whose targeting it did not write, and changes nothing', async () => {
    quiet()
    const foreign = JSON.stringify(
      {
        flags: {
          'new-checkout': {
            state: 'ENABLED',
            variants: { on: true, off: false },
            defaultVariant: 'off',
            targeting: { if: [{ '==': [{ var: 'email' }, 'a@b.c'] }, 'on', 'off'] },
          },
        },
      },
      null,
      2,
    )
    writeFileSync(flagFile, foreign)
    const r = await runAction('staged-rollout', { inputs: inputs({ steps: JSON.stringify([{ setWeight: 10 }]) }) })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((a) => a.kind === 'error')?.message).toMatch(
      /^Flag 'new-checkout' in .*flags\.flagd\.json: cannot be rolled out: flag 'new-checkout' has targeting that is not a rollout over 'on'\/'off'/,
    )
    expect(readFileSync(flagFile, 'utf8')).toBe(foreign)
    expect(existsSync(`${flagFile}.shipline-state.json`)).toBe(false)
  })
})
