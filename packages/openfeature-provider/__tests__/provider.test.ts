/**
 * The provider through the real OpenFeature server SDK, on real files in a temp directory: rewritten atomically
 * (as staged-rollout does), broken and fixed, removed. The breaker's clock is injected; file waits are bounded.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OpenFeature, ProviderEvents, type Client, type EventDetails } from '@openfeature/server-sdk'
import { setRolloutPercentage, writeFlagFile, type FlagFile } from '@shipline/flags'
import { BREAKER_STATE, ShiplineProvider } from '../src/index.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

let n = 0
let provider: ShiplineProvider | undefined
afterEach(async () => {
  await provider?.onClose()
  provider = undefined
})

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-of-provider-'))
  dirs.push(dir)
  return join(dir, 'flags.flagd.json')
}

/** Wait until `check` holds, polling every 10 ms for at most `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms`)
    await new Promise((ok) => setTimeout(ok, 10))
  }
}

const base: FlagFile = {
  flags: {
    greeting: { state: 'ENABLED', variants: { plain: 'Hello', warm: 'Welcome' }, defaultVariant: 'plain' },
    limit: { state: 'ENABLED', variants: { low: 10, high: 100 }, defaultVariant: 'low', metadata: { owner: 'pay' } },
    layout: { state: 'ENABLED', variants: { a: { cols: 2 } }, defaultVariant: 'a' },
  },
}

async function start(
  options: Partial<ConstructorParameters<typeof ShiplineProvider>[0]> & { path: string },
): Promise<{ client: Client; events: EventDetails[] }> {
  provider = new ShiplineProvider({ pollMs: 200, ...options })
  const domain = `test-${++n}`
  const events: EventDetails[] = []
  await OpenFeature.setProviderAndWait(domain, provider)
  const client = OpenFeature.getClient(domain)
  for (const e of [ProviderEvents.ConfigurationChanged, ProviderEvents.Stale, ProviderEvents.Ready])
    client.addHandler(e, (d) => events.push({ ...d, type: e } as EventDetails))
  return { client, events }
}

describe('ShiplineProvider: evaluation', () => {
  test('resolves every type with flagd reasons, metadata, and the caller default on errors', async () => {
    const path = tempFile()
    await writeFlagFile(path, base)
    const { client } = await start({ path })
    expect(await client.getStringDetails('greeting', 'x')).toMatchObject({
      value: 'Hello',
      variant: 'plain',
      reason: 'STATIC',
    })
    expect(await client.getNumberDetails('limit', 0)).toMatchObject({ value: 10, flagMetadata: { owner: 'pay' } })
    expect(await client.getObjectValue('layout', {})).toEqual({ cols: 2 })
    expect(await client.getBooleanDetails('nope', true)).toMatchObject({
      value: true,
      reason: 'ERROR',
      errorCode: 'FLAG_NOT_FOUND',
    })
    expect(await client.getBooleanDetails('greeting', false)).toMatchObject({
      value: false,
      reason: 'ERROR',
      errorCode: 'TYPE_MISMATCH',
    })
  })

  test('a rollout written by setRolloutPercentage resolves per targeting key, as flagd would', async () => {
    const path = tempFile()
    await writeFlagFile(path, setRolloutPercentage({ flags: {} }, 'new-checkout', 30))
    const { client } = await start({ path })
    let on = 0
    for (let i = 0; i < 1000; i++)
      if (await client.getBooleanValue('new-checkout', false, { targetingKey: `user-${i}` })) on++
    expect(on).toBeGreaterThan(250)
    expect(on).toBeLessThan(350)
  })
})

describe('ShiplineProvider: reloads', () => {
  test('an atomic rewrite (temp + rename) is picked up and announced with the flags that changed', async () => {
    const path = tempFile()
    await writeFlagFile(path, base)
    const { client, events } = await start({ path, pollMs: 0 }) // the directory watcher alone
    await writeFlagFile(path, {
      flags: { ...base.flags, greeting: { ...base.flags.greeting!, defaultVariant: 'warm' } },
    })
    await until(async () => (await client.getStringValue('greeting', 'x')) === 'Welcome')
    await until(() => events.some((e) => e.type === ProviderEvents.ConfigurationChanged))
    expect(events.filter((e) => e.type === ProviderEvents.ConfigurationChanged)).toEqual([
      expect.objectContaining({ flagsChanged: ['greeting'] }),
    ])
  })

  test('no file yet: defaults; the file appears: its values (found by the poll or the watcher)', async () => {
    const path = tempFile()
    const { client } = await start({ path })
    expect(await client.getStringDetails('greeting', 'dflt')).toMatchObject({
      value: 'dflt',
      errorCode: 'FLAG_NOT_FOUND',
    })
    await writeFlagFile(path, base)
    await until(async () => (await client.getStringValue('greeting', 'dflt')) === 'Hello')
  })

  test('a broken file keeps the last valid flags (Stale), a fixed one brings the new flags back (Ready)', async () => {
    const path = tempFile()
    await writeFlagFile(path, base)
    const { client, events } = await start({ path })
    writeFileSync(path, '{"flags": {"greeting": {"state": "ON"}}}')
    await until(() => events.some((e) => e.type === ProviderEvents.Stale))
    expect(events.find((e) => e.type === ProviderEvents.Stale)?.message).toMatch(
      /flags.greeting.state must be "ENABLED" or "DISABLED".*still serving the last valid version/s,
    )
    expect(await client.getStringValue('greeting', 'x')).toBe('Hello')
    await writeFlagFile(path, {
      flags: { greeting: { state: 'ENABLED', variants: { only: 'Hi' }, defaultVariant: 'only' } },
    })
    await until(async () => (await client.getStringValue('greeting', 'x')) === 'Hi')
    expect(events.map((e) => e.type)).toContain(ProviderEvents.Ready)
  })

  test('bad options are refused with the option, the value and what is accepted', () => {
    expect(() => new ShiplineProvider({ path: '' })).toThrow(
      'ShiplineProvider: option \'path\' must name the flagd flag file (got "")',
    )
    expect(() => new ShiplineProvider({ path: 'f.json', fractional: 'v9' as never })).toThrow(
      "option 'fractional' must be 'v2' or 'v3' (got \"v9\")",
    )
    expect(() => new ShiplineProvider({ path: 'f.json', breakers: { f: { halfOpenTrials: 0 } } })).toThrow(
      /halfOpenTrials must be a whole number ≥ 1 \(got 0\)/,
    )
  })

  test('an invalid file at start fails initialisation with the problem named', async () => {
    const path = tempFile()
    writeFileSync(path, 'not json')
    provider = new ShiplineProvider({ path, pollMs: 0 })
    await expect(provider.initialize()).rejects.toThrow(/is not a valid flagd flag file:\n {2}- not JSON/)
  })

  test('onClose stops watching: later rewrites are not read', async () => {
    const path = tempFile()
    await writeFlagFile(path, base)
    const p = new ShiplineProvider({ path, pollMs: 50 })
    await p.initialize()
    await p.onClose()
    await writeFlagFile(path, {
      flags: { greeting: { state: 'ENABLED', variants: { only: 'Hi' }, defaultVariant: 'only' } },
    })
    await new Promise((ok) => setTimeout(ok, 300))
    expect((await p.resolveStringEvaluation('greeting', 'x', {})).value).toBe('Hello')
  })
})

describe('ShiplineProvider: circuit breaker', () => {
  let clock = 1_000_000
  beforeEach(() => {
    clock = 1_000_000
  })
  const now = () => clock

  async function guardedSetup(extra: Partial<ConstructorParameters<typeof ShiplineProvider>[0]> = {}) {
    const path = tempFile()
    await writeFlagFile(path, setRolloutPercentage({ flags: {} }, 'new-greeting', 100))
    const transitions: string[] = []
    const started = await start({
      path,
      clock: now,
      breakers: { 'new-greeting': { minimumRequests: 10, errorRatePercent: 50, openMs: 30_000, halfOpenTrials: 2 } },
      onTransition: (k, e) => transitions.push(`${k}: ${e.from}→${e.to}`),
      ...extra,
    })
    return { ...started, transitions }
  }

  test('the new path failing: guard falls back at once; enough failures trip the flag off for everyone', async () => {
    const { client, events, transitions } = await guardedSetup()
    const p = provider!
    const newPath = () => Promise.reject(new Error('new greeting backend down'))
    const oldPath = () => 'Hello (old path)'
    const results = []
    for (let i = 0; i < 10; i++)
      results.push(await p.guard(client, 'new-greeting', { targetingKey: `u${i}` }, { on: newPath, off: oldPath }))
    expect(results.map((r) => r.path)).toEqual(Array(10).fill('fallback'))
    expect(results.every((r) => r.value === 'Hello (old path)')).toBe(true)
    expect(p.breakerState('new-greeting')).toBe('OPEN')
    expect(transitions).toEqual(['new-greeting: CLOSED→OPEN'])
    // Now the flag itself is off: the new path is not even tried.
    expect(await client.getBooleanDetails('new-greeting', true, { targetingKey: 'u1' })).toMatchObject({
      value: false,
      variant: 'off',
      flagMetadata: { [BREAKER_STATE]: 'OPEN' },
    })
    expect((await p.guard(client, 'new-greeting', { targetingKey: 'u1' }, { on: newPath, off: oldPath })).path).toBe(
      'off',
    )
    await until(() =>
      events.some(
        (e) => e.type === ProviderEvents.ConfigurationChanged && JSON.stringify(e.flagsChanged) === '["new-greeting"]',
      ),
    )
  })

  test('half-open: the trials decide; a success from before the trip does not close it', async () => {
    const { client, transitions } = await guardedSetup()
    const p = provider!
    const early = await client.getBooleanDetails('new-greeting', false, { targetingKey: 'early' }) // a call starts while CLOSED
    for (let i = 0; i < 10; i++)
      p.reportOutcome(await client.getBooleanDetails('new-greeting', false, { targetingKey: `u${i}` }), false, 5)
    expect(p.breakerState('new-greeting')).toBe('OPEN')
    clock += 30_000
    const t1 = await client.getBooleanDetails('new-greeting', false, { targetingKey: 't1' })
    const t2 = await client.getBooleanDetails('new-greeting', false, { targetingKey: 't2' })
    expect([t1.value, t2.value]).toEqual([true, true])
    expect((await client.getBooleanDetails('new-greeting', true, { targetingKey: 't3' })).value).toBe(false) // trial slots taken
    p.reportOutcome(early, true, 5) // the early call ends now: not a trial
    p.reportOutcome(t1, true, 5)
    expect(p.breakerState('new-greeting')).toBe('HALF_OPEN')
    p.reportOutcome(t2, true, 5)
    expect(p.breakerState('new-greeting')).toBe('CLOSED')
    expect(transitions).toEqual([
      'new-greeting: CLOSED→OPEN',
      'new-greeting: OPEN→HALF_OPEN',
      'new-greeting: HALF_OPEN→CLOSED',
    ])
  })

  test('trips on the latency percentile too', async () => {
    const { client } = await guardedSetup({
      breakers: { 'new-greeting': { minimumRequests: 10, latency: { percentile: 90, thresholdMs: 200 } } },
    })
    const p = provider!
    for (let i = 0; i < 10; i++)
      p.reportOutcome(
        await client.getBooleanDetails('new-greeting', false, { targetingKey: `u${i}` }),
        true,
        i < 8 ? 20 : 900,
      )
    expect(p.breakerState('new-greeting')).toBe('OPEN')
    expect(p.breaker('new-greeting')?.judge().reason ?? '').toMatch(/p90 latency/)
  })
})
