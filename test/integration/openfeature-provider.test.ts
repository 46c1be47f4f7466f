/**
 * @shipline/openfeature-provider against a real flag file rewritten by the bundled staged-rollout action (flag
 * strategy, through the runner harness), in the demo's flag scene (scripts/demo/flag-scene.ts): the sample app
 * reads the file through OpenFeature while 200 users call it, and a second provider in the test process records
 * the share of users it sees on after each rewrite.
 */
import { describe, expect, it } from '@jest/globals'
import { runFlagScene } from '../../scripts/demo/flag-scene.js'

describe('OpenFeature provider + staged-rollout flag strategy + the sample app', () => {
  it('follows every rewrite of the file by the bundle; the app serves the new greeting to the rolled-out share', async () => {
    const r = await runFlagScene()
    expect(r.errors).toEqual([])
    expect({ exitCode: r.exitCode, phase: r.phase, weight: r.weight }).toEqual({
      exitCode: 0,
      phase: 'promoted',
      weight: '100',
    })
    // The provider saw 20 %, then 50 %, then 100 % of 1000 users on (bucketing is exact, so the shares are close).
    expect(r.sharesSeen.length).toBeGreaterThanOrEqual(3)
    expect(r.sharesSeen[0]).toBeGreaterThan(15)
    expect(r.sharesSeen[0]).toBeLessThan(25)
    expect(r.sharesSeen.some((s) => s > 45 && s < 55)).toBe(true)
    expect(r.sharesSeen.at(-1)).toBe(100)
    expect([...r.sharesSeen].sort((a, b) => a - b)).toEqual(r.sharesSeen) // never backwards
    expect(r.users.status5xx + r.users.failed).toBe(0)
    expect(r.users.byPath.on).toBeGreaterThan(0)
    expect(r.users.byPath.fallback ?? 0).toBe(0)
    expect(r.breaker).toEqual({ state: 'CLOSED', transitions: [] })
  }, 150_000)

  it('a failing new path: the app falls back on its own (no user sees an error), its breaker opens, the rollout reverts the flag', async () => {
    const r = await runFlagScene({ badNewPath: true })
    expect({ exitCode: r.exitCode, phase: r.phase, weight: r.weight }).toEqual({
      exitCode: 1,
      phase: 'aborted',
      weight: '0',
    })
    expect(r.errors.join('\n')).toMatch(/new-greeting-breaker/)
    expect(r.users.status5xx + r.users.failed).toBe(0) // every user got an answer: the old greeting
    expect(r.users.byPath.on ?? 0).toBe(0)
    // The breaker needs 10 calls of the new path to judge; after it opens the new path is not tried again.
    expect(r.users.byPath.fallback).toBeGreaterThanOrEqual(10)
    expect(r.users.byPath.fallback).toBeLessThan(40)
    expect(r.breaker.transitions[0]).toMatch(
      /^flag new-greeting: circuit CLOSED -> OPEN: error rate 100\.0% \(\d+\/\d+\) is at or above 20%$/,
    )
    expect(r.breaker.state).toBe('OPEN')
    expect(r.sharesSeen[0]).toBeGreaterThan(15)
    expect(r.sharesSeen.at(-1)).toBe(0) // the provider saw the rollback too
  }, 150_000)
})
