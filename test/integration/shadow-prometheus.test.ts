/**
 * The shadow proxy's /metrics scraped by a real Prometheus (Debian's prometheus on loopback): the exposition parses,
 * and the queries a rollout gate would run (diff ratio, production p99 through the proxy) answer.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { httpRequest, waitUntil } from '../support/net.js'
import { startPrometheus, type Prometheus } from '../support/servers/prometheus.js'
import { startBackend, startProxy, type Backend, type Proxy } from './shadow-helpers.js'

let production: Backend
let dark: Backend
let proxy: Proxy
let prometheus: Prometheus | undefined

beforeAll(async () => {
  production = await startBackend((req) => ({ body: { path: req.url, v: 1 } }))
  dark = await startBackend((req) => ({ body: { path: req.url, v: req.url === '/differs' ? 2 : 1 } }))
  proxy = await startProxy(['--production', production.url, '--dark', dark.url])
  for (const path of ['/a', '/b', '/c', '/differs']) await httpRequest(`${proxy.url}${path}`)
  await waitUntil(async () => dark.seen.length === 4, { what: 'four copies', timeoutMs: 10_000 })
  prometheus = await startPrometheus({ targets: [new URL(proxy.admin).host] })
})

afterAll(async () => {
  await prometheus?.stop()
  await proxy?.stop()
  await production?.close()
  await dark?.close()
})

describe('shadow proxy metrics in Prometheus', () => {
  test('counters, the diff ratio and the latency histogram are scraped and queryable', async () => {
    const p = prometheus as Prometheus
    const value = (samples: { value: [number, string] }[]) => Number(samples[0]?.value[1])
    await p.waitFor('shadow_compared_total', (s) => value(s) === 4, 20_000)
    expect(value(await p.query('shadow_requests_total'))).toBe(4)
    expect(value(await p.query('shadow_differed_total'))).toBe(1)
    expect(value(await p.query('shadow_diff_ratio'))).toBe(0.25)
    expect(value(await p.query('shadow_diffs_total{kind="body"}'))).toBe(1)
    const p99 = value(
      await p.query('histogram_quantile(0.99, sum by (le) (shadow_production_duration_seconds_bucket))'),
    )
    expect(p99).toBeGreaterThan(0)
    expect(value(await p.query('shadow_dark_duration_seconds_count'))).toBe(4)
  })
})
