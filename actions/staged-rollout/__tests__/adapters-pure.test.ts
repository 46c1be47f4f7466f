import { describe, expect, it } from '@jest/globals'
import { renderNginx, stickyVariable, weightOf } from '../src/domain/nginx-config.js'
import { createServer, type AddressInfo } from 'node:net'
import { createQuery, numbersOf, parsePrometheus, promNumber } from '../src/adapters/providers.js'
import { decodeStatus, encodeStatus } from '../src/adapters/state-store.js'
import { analysisOutput, buildSummary, thin } from '../src/domain/report.js'
import { newState } from '../src/domain/rollout.js'

const plan = {
  upstream: 'shipline',
  stable: 'blue',
  canary: 'green',
  backends: { blue: ['10.0.0.1:80', '10.0.0.2:80'], green: ['10.0.0.3:80'] },
  sticky: undefined,
  generation: 'g1',
}

describe('renderNginx', () => {
  it('weights servers so the versions get (100 - w) : w whatever their server counts', () => {
    const text = renderNginx({ ...plan, weight: 20 })
    // Per server 80×1 : 20×2 → 2 : 1, so blue's two servers total 4 against green's 1: 80% : 20%.
    const weights = [...text.matchAll(/server (\S+) weight=(\d+);/g)].map((m) => [m[1], Number(m[2])])
    expect(weights).toEqual([
      ['10.0.0.1:80', 2],
      ['10.0.0.2:80', 2],
      ['10.0.0.3:80', 1],
    ])
    expect(text).toContain('map $host $shipline {\n    default shipline;\n}')
    expect(text).toContain('add_header X-Shipline-Generation "g1" always;')
    expect(weightOf(text)).toBe(20)
  })
  it('leaves the other version out entirely at 0% and 100%', () => {
    expect(renderNginx({ ...plan, weight: 0 })).toMatch(
      /upstream shipline \{\n {4}server 10\.0\.0\.1:80;\n {4}server 10\.0\.0\.2:80;\n\}/,
    )
    expect(renderNginx({ ...plan, weight: 100 })).toMatch(/upstream shipline \{\n {4}server 10\.0\.0\.3:80;\n\}/)
  })
  it('uses split_clients on the sticky key', () => {
    const text = renderNginx({ ...plan, weight: 5, sticky: { kind: 'cookie', name: 'uid' } })
    expect(text).toContain(
      'split_clients "$cookie_uid" $shipline {\n    5% shipline_canary;\n    * shipline_stable;\n}',
    )
    expect(stickyVariable({ kind: 'header', name: 'X-User-Id' })).toBe('$http_x_user_id')
  })
})

describe('Prometheus answers', () => {
  it('classifies empty vector, NaN, values and errors', () => {
    expect(parsePrometheus(200, { status: 'success', data: { resultType: 'vector', result: [] } }, '')).toEqual({
      kind: 'no-data',
      detail: 'empty vector',
    })
    const nan = parsePrometheus(
      200,
      { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1, 'NaN'] }] } },
      '',
    )
    expect(nan.kind === 'data' && Number.isNaN(nan.values[0])).toBe(true)
    expect(
      parsePrometheus(200, { status: 'success', data: { resultType: 'scalar', result: [1, '0.25'] } }, ''),
    ).toEqual({ kind: 'data', values: [0.25] })
    expect(() => parsePrometheus(400, { status: 'error', errorType: 'bad_data', error: 'parse error' }, '')).toThrow(
      "Prometheus query failed (HTTP 400, 'bad_data'): 'parse error'",
    )
    expect(() => parsePrometheus(502, undefined, '<html>bad gateway')).toThrow(
      "Prometheus answered HTTP 502 with a body that is not JSON: '<html>bad gateway'",
    )
    expect([promNumber('+Inf'), promNumber('-Inf'), promNumber('1e3')]).toEqual([Infinity, -Infinity, 1000])
  })
  it('turns JSONPath selections into numbers', () => {
    expect(numbersOf([0.5], '$.x')).toEqual({ kind: 'data', values: [0.5] })
    expect(numbersOf([['1', 2]], '$.x')).toEqual({ kind: 'data', values: [1, 2] })
    expect(numbersOf([null], '$.x')).toEqual({ kind: 'no-data', detail: 'nothing at $.x' })
    expect(() => numbersOf([{ a: 1 }], '$.x')).toThrow(`$.x selected '{"a":1}', which is not a number`)
  })
})

describe('log safety (core quote and urlForLog)', () => {
  it('a remote body is one quoted line, cut: it cannot start a workflow command on its own line', () => {
    expect(() => parsePrometheus(500, undefined, 'bad\n::set-output name=phase::promoted')).toThrow(
      "with a body that is not JSON: 'bad\\n::set-output name=phase::promoted'",
    )
    expect(() =>
      parsePrometheus(
        400,
        { status: 'error', errorType: 'bad_data', error: `x\r\n::error::boom${'y'.repeat(300)}` },
        '',
      ),
    ).toThrow(/^Prometheus query failed \(HTTP 400, 'bad_data'\): 'x\\n::error::boomy{183}…'$/)
  })
  it('credentials in a URL are redacted in messages', async () => {
    const query = createQuery({ canary: 'green', baseline: 'blue', timeoutMs: 2000 })
    const metric = (url: string) => ({
      provider: { kind: 'http', url, headers: {}, jsonPath: { source: '$.x', select: () => [] } },
    })
    const closed = await new Promise<number>((ok) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo
        server.close(() => ok(port))
      })
    })
    await expect(
      query(metric(`http://ci:s3cret-pw@127.0.0.1:${closed}/stats?token=s3cret&window=5m`) as never, 'canary'),
    ).rejects.toThrow(`GET http://ci:***@127.0.0.1:${closed}/stats?token=***&window=*** failed: ECONNREFUSED`)
  })
})

describe('deployment status encoding', () => {
  it('round-trips the state a status carries', () => {
    const s = {
      ...newState({ key: 'k', strategy: 'canary', stable: 'a', canary: 'b' }, 0),
      next: 3,
      weight: 20,
      phase: 'paused' as const,
      reason: 'manual gate',
    }
    expect(encodeStatus(s)).toBe('[shipline next=3 weight=20 phase=paused] manual gate')
    expect(decodeStatus(encodeStatus(s))).toEqual({ next: 3, weight: 20, phase: 'paused', reason: 'manual gate' })
    expect(decodeStatus('')).toBeUndefined()
    expect(encodeStatus({ ...s, reason: 'x'.repeat(300) })).toHaveLength(140)
  })
})

describe('report', () => {
  it('thins long series for charts, keeping the ends', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i)
    const t = thin(xs, 60)
    expect(t).toHaveLength(60)
    expect([t[0], t.at(-1)]).toEqual([0, 999])
    expect(thin([1, 2, 3])).toEqual([1, 2, 3])
  })
  it('explains each step and charts the weight', () => {
    const s = newState({ key: 'k', strategy: 'canary', stable: 'blue', canary: 'green' }, Date.UTC(2026, 0, 1))
    s.history = [
      {
        at: Date.UTC(2026, 0, 1, 0, 0, 1),
        step: 1,
        action: 'setWeight 10%',
        weight: 10,
        verdict: 'applied',
        detail: 'served after 120 ms',
      },
      {
        at: Date.UTC(2026, 0, 1, 0, 0, 5),
        step: 2,
        action: 'analysis',
        weight: 10,
        verdict: 'failed',
        detail: 'errors: failed',
        metrics: [
          { name: 'errors', value: '0.3', condition: 'success: result < 0.01', phase: 'failed', dryRun: false },
        ],
      },
      {
        at: Date.UTC(2026, 0, 1, 0, 0, 6),
        step: 0,
        action: 'canary 0%',
        weight: 0,
        verdict: 'aborted',
        detail: 'traffic back on stable',
      },
    ]
    s.phase = 'aborted'
    s.reason = 'analysis failed'
    const md = buildSummary(s, [], { where: 'file', router: 'file' }).toString()
    expect(md).toContain('## staged-rollout: green — ⛔ aborted: all traffic back on stable')
    expect(md).toContain(
      '| 00:00:05.000 | 2 | analysis | 10% | errors: 0.3 [success: result < 0.01] → failed | failed | errors: failed |',
    )
    // Weight on the fixed 0-100 axis, against time since the first step (10% held 5 s, then 0%).
    expect(md).toContain('  x-axis "seconds since start" 0 --> 5\n  y-axis "weight %" 0 --> 100\n  line [10, 10,')
    expect(md).toMatch(/line \[(10, ){39}0\]/)
    expect(analysisOutput(s, [])).toMatchObject({
      phase: 'aborted',
      weight: 0,
      steps: [{ action: 'setWeight 10%' }, { verdict: 'failed' }, { verdict: 'aborted' }],
    })
  })
})
