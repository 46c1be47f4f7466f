/**
 * staged-rollout's `haproxy` router through the bundle, against a real HAProxy (Debian's /usr/sbin/haproxy) in front
 * of real app processes, under a steady client load. Weights change through the runtime API on the admin stats
 * socket (no reload: the same HAProxy process serves throughout) and are read back after every change.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { runAction, type RunResult } from '../support/runner/index.js'
import { httpRequest } from '../support/net.js'
import { startHaproxy, type Haproxy } from '../support/servers/haproxy.js'
import { startApp, type App } from '../fixtures/staged-rollout/apps.js'
// @ts-expect-error -- a plain ESM fixture without types
import { startLoad } from '../fixtures/staged-rollout/load.mjs'

interface LoadStats {
  requests: number
  ok: number
  status5xx: number
  failed: number
  byVersion: Record<string, number>
  errors: string[]
}

let blue1: App
let blue2: App
let green: App
let hap: Haproxy

beforeAll(async () => {
  ;[blue1, blue2, green] = await Promise.all([startApp('blue'), startApp('blue'), startApp('green')])
  hap = await startHaproxy({
    config: ({ port }) => `
frontend web
  bind 127.0.0.1:${port}
  default_backend shipline
backend shipline
  balance roundrobin
  server blue-1 127.0.0.1:${blue1.port} weight 100
  server blue-2 127.0.0.1:${blue2.port} weight 100
  server green-1 127.0.0.1:${green.port} weight 0
backend static
  balance source
  server blue-1 127.0.0.1:${blue1.port} weight 200
  server green-1 127.0.0.1:${green.port} weight 20`,
  })
}, 60_000)

afterAll(async () => {
  await Promise.all([hap?.stop(), blue1?.stop(), blue2?.stop(), green?.stop()])
})

function inputs(over: Record<string, string>): Record<string, string> {
  return {
    stable: 'blue',
    canary: 'green',
    router: 'haproxy',
    'router-config': hap.socket,
    backends: JSON.stringify({ blue: ['blue-1', 'blue-2'], green: 'green-1' }),
    ...over,
  }
}

async function weights(): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const s of ['blue-1', 'blue-2', 'green-1'])
    out[s] = Number(/^(\d+)/.exec(await hap.command(`get weight shipline/${s}`))?.[1])
  return out
}

async function fresh(): Promise<void> {
  rmSync(`${hap.socket}.shipline-state.json`, { force: true })
  for (const [s, w] of [
    ['blue-1', 100],
    ['blue-2', 100],
    ['green-1', 0],
  ] as const)
    await hap.command(`set weight shipline/${s} ${w}`)
}

const pid = async () => /^Pid: (\d+)$/m.exec(await hap.command('show info'))?.[1]

async function versions(n: number): Promise<Record<string, number>> {
  const seen: Record<string, number> = {}
  for (let i = 0; i < n; i++) {
    const r = await httpRequest(`http://127.0.0.1:${hap.port}/`, { headers: { connection: 'close' } })
    const v = String(r.headers['x-version'])
    seen[v] = (seen[v] ?? 0) + 1
  }
  return seen
}

async function underLoad(fn: () => Promise<RunResult>): Promise<{ r: RunResult; load: LoadStats }> {
  const load = startLoad(`http://127.0.0.1:${hap.port}/`, { concurrency: 4, maxRequests: 50_000, maxMs: 60_000 })
  try {
    const r = await fn()
    return { r, load: (await load.stop()) as LoadStats }
  } catch (error) {
    await load.stop()
    throw error
  }
}

const analysis = (r: RunResult) => JSON.parse(r.outputs.analysis ?? '{}')

describe('staged-rollout (haproxy router, runtime API)', () => {
  it('promotes step by step under steady load with no reload and 0 failed requests; weights read back', async () => {
    await fresh()
    const before = await pid()
    const steps = JSON.stringify([
      { setWeight: 10 },
      { pause: '400ms' },
      { setWeight: 50 },
      { pause: '400ms' },
      { setWeight: 80 },
      { pause: '400ms' },
    ])
    const { r, load } = await underLoad(() => runAction('staged-rollout', { inputs: inputs({ steps }) }))
    expect(r.stderr).toBe('')
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ phase: 'promoted', weight: '100' })
    expect({ failed: load.failed, errors: load.errors, status5xx: load.status5xx }).toEqual({
      failed: 0,
      errors: [],
      status5xx: 0,
    })
    expect(load.byVersion.green).toBeGreaterThan(0)
    expect(load.byVersion.blue).toBeGreaterThan(0)
    expect(await weights()).toEqual({ 'blue-1': 0, 'blue-2': 0, 'green-1': 200 })
    expect(await pid()).toBe(before) // the same process: no reload, no restart
    const details = analysis(r)
      .steps.filter((s: { verdict: string }) => s.verdict === 'applied' || s.verdict === 'promoted')
      .map((s: { detail: string }) => s.detail)
    expect(details[0]).toMatch(/^served after \d+ ms; shipline: blue-1=90 blue-2=90 green-1=20 \(read back\)$/)
    expect(details[1]).toMatch(/shipline: blue-1=50 blue-2=50 green-1=100 \(read back\)$/)
    expect(await versions(10)).toEqual({ green: 10 })
  }, 60_000)

  it('splits traffic by the weights it set: 50% is half of the requests', async () => {
    await fresh()
    const r = await runAction('staged-rollout', {
      inputs: inputs({ steps: JSON.stringify([{ setWeight: 50 }, { pause: {} }]) }),
    })
    expect(r.outputs).toMatchObject({ phase: 'paused', weight: '50' })
    expect(await weights()).toEqual({ 'blue-1': 50, 'blue-2': 50, 'green-1': 100 })
    const seen = await versions(100)
    expect(seen.green).toBeGreaterThanOrEqual(40)
    expect(seen.green).toBeLessThanOrEqual(60)
  }, 60_000)

  it('rolls a failing canary back to weight 0 through the socket', async () => {
    await fresh()
    await green.setFailRate(1)
    try {
      const metric = {
        name: 'error-rate',
        provider: { http: { url: `${green.url}/stats?window=1000`, 'json-path': '$.errorRate' } },
        'success-condition': 'result < 0.05',
        interval: '300ms',
        count: 3,
        'inconclusive-limit': 3,
      }
      const steps = JSON.stringify([{ setWeight: 30 }, { pause: '300ms' }, { analysis: {} }, { setWeight: 60 }])
      const { r, load } = await underLoad(() =>
        runAction('staged-rollout', { inputs: inputs({ steps, metrics: JSON.stringify([metric]) }) }),
      )
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
      expect(load.failed).toBe(0)
      expect(await weights()).toEqual({ 'blue-1': 100, 'blue-2': 100, 'green-1': 0 })
      expect(await versions(10)).toEqual({ blue: 10 })
    } finally {
      await green.setFailRate(0)
    }
  }, 60_000)

  it('refuses before changing anything when a server is not in the backend, or the socket is not there', async () => {
    await fresh()
    const steps = JSON.stringify([{ setWeight: 50 }])
    const missing = await runAction('staged-rollout', {
      inputs: inputs({ steps, backends: JSON.stringify({ blue: ['blue-1', 'blue-9'], green: 'green-1' }) }),
    })
    expect(missing.exitCode).toBe(1)
    expect(missing.annotations.find((a) => a.kind === 'error')?.message).toMatch(
      /^HAProxy refused 'get weight shipline\/blue-9': 'No such server\.'/,
    )
    expect(await weights()).toEqual({ 'blue-1': 100, 'blue-2': 100, 'green-1': 0 })

    const nosock = await runAction('staged-rollout', {
      inputs: inputs({ steps, 'router-config': `${hap.socket}.missing` }),
    })
    expect(nosock.exitCode).toBe(1)
    expect(nosock.annotations.find((a) => a.kind === 'error')?.message).toMatch(
      /^HAProxy stats socket .*admin\.sock\.missing: ENOENT on 'get weight shipline\/blue-1'/,
    )
  }, 60_000)

  it('a refused set weight puts back what was already changed, and the rollout rolls back (previous split in force)', async () => {
    await fresh()
    // `balance source` is a static algorithm: HAProxy accepts only 0% or 100% of a server's initial weight. Raising
    // green-1 to 20 (its initial weight) is accepted, lowering blue-1 to 180 is refused.
    await hap.command('set weight static/green-1 0')
    rmSync(`${hap.socket}.shipline-state.json`, { force: true })
    const r = await runAction('staged-rollout', {
      inputs: inputs({
        'haproxy-backend': 'static',
        backends: JSON.stringify({ blue: 'blue-1', green: 'green-1' }),
        steps: JSON.stringify([{ setWeight: 10 }, { pause: {} }]),
      }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(JSON.parse(r.outputs.analysis ?? '{}').reason).toBe(
      "router could not apply 10%: HAProxy refused 'set weight static/blue-1 180': 'Backend is using a static LB algorithm and only accepts weights '0%' and '100%'.'",
    )
    const w = async (s: string) => (await hap.command(`get weight static/${s}`)).trim()
    expect([await w('blue-1'), await w('green-1')]).toEqual(['200 (initial 200)', '0 (initial 20)'])
  }, 60_000)

  it.each([
    [
      { backends: JSON.stringify({ blue: ['blue-1;shutdown sessions server shipline/blue-2'], green: 'green-1' }) },
      /^Input 'backends': 'blue-1;shutdown sessions server shipline\/blue-2' is not an HAProxy server name for 'blue'/,
    ],
    [
      { backends: JSON.stringify({ blue: 'blue-1', green: 'blue-1' }) },
      /^Input 'backends': 'blue-1' is listed for both 'blue' and 'green'/,
    ],
    [{ 'haproxy-backend': 'x y' }, /^Input 'haproxy-backend': 'x y' is not an HAProxy backend name/],
  ])('refuses a bad haproxy input before touching anything (%j)', async (over, message) => {
    await fresh()
    const r = await runAction('staged-rollout', {
      inputs: inputs({ steps: JSON.stringify([{ setWeight: 50 }]), ...over }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((a) => a.kind === 'error')?.message).toMatch(message)
    expect(await weights()).toEqual({ 'blue-1': 100, 'blue-2': 100, 'green-1': 0 })
  })
})
