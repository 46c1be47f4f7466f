/**
 * staged-rollout's `on-rollback` through the bundle (runner harness, Node 24), with the file router: the same
 * contract as atomic-deploy's `on-revert`. It runs once after a rollback with the versions involved in its
 * environment (never the token), is bounded by `on-rollback-timeout`, streams its output inside a log group, and
 * its failure is a warning next to the rollback's own result. A metrics endpoint on loopback that reports a 100%
 * error rate makes the analysis fail.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'
import { node24 } from '../support/net.js'
import { expectContained, MANY_LINES } from '../support/hostile.js'

let dir: string
let weightsFile: string
let stats: Server
let statsUrl: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shipline-rollout-hook-'))
  weightsFile = join(dir, 'weights.json')
  stats = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"errorRate": 1}'),
  )
  await new Promise<void>((ok) => stats.listen(0, '127.0.0.1', ok))
  statsUrl = `http://127.0.0.1:${(stats.address() as AddressInfo).port}/stats`
})

afterAll(async () => {
  await new Promise((ok) => stats.close(ok))
  rmSync(dir, { recursive: true, force: true })
})

function reset(): void {
  rmSync(weightsFile, { force: true })
  rmSync(`${weightsFile}.shipline-state.json`, { force: true })
}

const failing = () => ({
  name: 'error-rate',
  provider: { http: { url: statsUrl, 'json-path': '$.errorRate' } },
  'success-condition': 'result < 0.05',
  interval: '100ms',
  count: 2,
})

function inputs(over: Record<string, string>): Record<string, string> {
  return {
    stable: 'blue',
    canary: 'green',
    router: 'file',
    'router-config': weightsFile,
    steps: JSON.stringify([{ setWeight: 25 }, { analysis: {} }, { setWeight: 50 }]),
    metrics: JSON.stringify([failing()]),
    ...over,
  }
}

/** A hook (node -e) that appends its SHIPLINE_* environment and whether it saw any INPUT_* variable to `log`. */
function recorder(log: string, body = ''): string {
  const script = `const fs=require('fs');const e=process.env;fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({stable:e.SHIPLINE_STABLE,canary:e.SHIPLINE_CANARY,before:e.SHIPLINE_CANARY_WEIGHT_BEFORE,strategy:e.SHIPLINE_STRATEGY,reason:e.SHIPLINE_REASON,key:e.SHIPLINE_ROLLOUT_KEY,inputs:Object.keys(e).filter(k=>k.startsWith('INPUT_'))})+'\\n');${body}`
  return JSON.stringify([node24, '-e', script])
}

const runs = (log: string) =>
  existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : []
const weights = () => JSON.parse(readFileSync(weightsFile, 'utf8'))
const steps = (r: RunResult) =>
  (JSON.parse(r.outputs.analysis ?? '{}').steps as { action: string; verdict: string; detail: string }[]).map(
    (s) => `${s.action}: ${s.verdict}`,
  )

describe('staged-rollout on-rollback', () => {
  it('runs once after the rollback with the versions in its environment and no input (token) variables; a re-run does not repeat it', async () => {
    reset()
    const log = join(dir, 'ran-once.jsonl')
    const r = await runAction('staged-rollout', {
      workspace: dir,
      inputs: inputs({ 'on-rollback': recorder(log, "console.log('cleaning up green data')") }),
      token: '',
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(weights()).toEqual({ blue: 100, green: 0 })
    expect(runs(log)).toEqual([
      {
        stable: 'blue',
        canary: 'green',
        before: '25',
        strategy: 'canary',
        reason: expect.stringMatching(/^analysis failed: error-rate: failed/),
        key: expect.stringMatching(/^[0-9a-f]{8}$/),
        inputs: [],
      },
    ])
    expect(steps(r).slice(-3)).toEqual(['rollback: aborting', 'canary 0%: aborted', 'on-rollback: ran'])
    expect(r.groups.some((g) => g.startsWith('on-rollback: '))).toBe(true)
    expect(r.stdout).toContain('cleaning up green data')
    expect(r.annotations.filter((a) => a.kind === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Rollout of green aborted, canary at 0%: analysis failed/),
    ])
    expect(r.leakedSecrets).toEqual([])

    const again = await runAction('staged-rollout', {
      workspace: dir,
      inputs: inputs({ 'on-rollback': recorder(log) }),
    })
    expect(again.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(runs(log)).toHaveLength(1)
  })

  it('a failing hook is a warning beside the rollback result (exit and phase unchanged); a re-run tries it again until it succeeds', async () => {
    reset()
    const log = join(dir, 'fails-once.jsonl')
    const fixed = join(dir, 'fixed')
    const hook = recorder(
      log,
      `if(!fs.existsSync(${JSON.stringify(fixed)})){console.error('db cleanup failed: table locked');process.exit(3)}`,
    )
    const r = await runAction('staged-rollout', { workspace: dir, inputs: inputs({ 'on-rollback': hook }) })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(weights()).toEqual({ blue: 100, green: 0 })
    expect(r.annotations.filter((a) => a.kind === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Rollout of green aborted, canary at 0%/),
    ])
    const warn = r.annotations.find((a) => a.kind === 'warning' && a.message.startsWith('on-rollback'))
    expect(warn?.message).toMatch(
      /^on-rollback '.*' exited 3 after \d+ ms; the rollback itself is done \(canary green at 0%\): db cleanup failed: table locked$/,
    )
    expect(steps(r).at(-1)).toBe('on-rollback: failed')

    writeFileSync(fixed, '')
    const retry = await runAction('staged-rollout', { workspace: dir, inputs: inputs({ 'on-rollback': hook }) })
    expect(retry.exitCode).toBe(1) // the rollout is still aborted: the rollback's result stands
    expect(retry.annotations.some((a) => a.kind === 'warning')).toBe(false)
    const third = await runAction('staged-rollout', { workspace: dir, inputs: inputs({ 'on-rollback': hook }) })
    expect(third.outputs.phase).toBe('aborted')
    expect(runs(log)).toHaveLength(2)
  })

  it('is stopped at on-rollback-timeout; the rollback has already happened', async () => {
    reset()
    const hook = JSON.stringify([
      node24,
      '-e',
      "console.log('started'); setTimeout(() => console.log('never printed'), 60000)",
    ])
    const r = await runAction('staged-rollout', {
      workspace: dir,
      inputs: inputs({ 'on-rollback': hook, 'on-rollback-timeout': '1s' }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(weights()).toEqual({ blue: 100, green: 0 })
    expect(r.stdout).toContain('started')
    expect(r.stdout.split('\n')).not.toContain('never printed')
    expect(r.annotations.find((a) => a.kind === 'warning')?.message).toMatch(
      /^on-rollback '.*' stopped after the 1 s on-rollback-timeout; the rollback itself is done/,
    )
    expect(r.durationMs).toBeLessThan(30_000)
  })

  it('also runs after a requested abort (exit 0), and not when nothing was rolled back', async () => {
    reset()
    const log = join(dir, 'abort.jsonl')
    const gate = { steps: JSON.stringify([{ setWeight: 40 }, { pause: {} }, { setWeight: 80 }]), metrics: '' }
    const paused = await runAction('staged-rollout', {
      workspace: dir,
      inputs: inputs({ ...gate, 'on-rollback': recorder(log) }),
    })
    expect(paused.outputs).toMatchObject({ phase: 'paused', weight: '40' })
    expect(runs(log)).toEqual([])
    const aborted = await runAction('staged-rollout', {
      workspace: dir,
      inputs: inputs({ ...gate, abort: 'true', 'on-rollback': recorder(log) }),
    })
    expect(aborted.exitCode).toBe(0)
    expect(aborted.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expect(runs(log)).toEqual([
      expect.objectContaining({ before: '40', reason: 'abort requested (input abort: true)' }),
    ])
  })

  it('hostile hook output (workflow commands on stdout and stderr, CR, legacy ##[, HTML) stays text', async () => {
    reset()
    const script = `process.stdout.write(${JSON.stringify(MANY_LINES)} + '\\n'); process.stderr.write(${JSON.stringify(MANY_LINES)} + '\\n')`
    const r = await runAction('staged-rollout', {
      workspace: dir,
      inputs: inputs({ 'on-rollback': JSON.stringify([node24, '-e', script]) }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs).toMatchObject({ phase: 'aborted', weight: '0' })
    expectContained(r)
  })

  it.each([
    ['0s', /^Input 'on-rollback-timeout': '0s' is shorter than the minimum of 1s$/],
    ['2h', /^Input 'on-rollback-timeout': '2h' is longer than the maximum of 3600s$/],
    ['soon', /^Input 'on-rollback-timeout': 'soon' is not a duration/],
  ])('refuses on-rollback-timeout %s before touching anything', async (value, message) => {
    reset()
    const r = await runAction('staged-rollout', {
      workspace: dir,
      inputs: inputs({ 'on-rollback': '["true"]', 'on-rollback-timeout': value }),
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((a) => a.kind === 'error')?.message).toMatch(message)
    expect(existsSync(weightsFile)).toBe(false)
  })
})
