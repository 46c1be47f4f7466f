/**
 * Dark launch, end to end on loopback: the shadow proxy runs as its own Node 24 process between a client and two
 * real HTTP backends (production and dark). Latency claims are checked structurally (what has answered while the
 * dark version is still holding its requests), never with timers; timing lives in bench/shadow.bench.mjs.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { Agent, request } from 'node:http'
import { createServer as createTcpServer, type Socket } from 'node:net'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { httpRequest, waitUntil } from '../support/net.js'
import { parseMetrics, runProxy, startBackend, startProxy, type Backend, type Proxy } from './shadow-helpers.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean()
})

async function setup(args: string[] = [], dark?: Parameters<typeof startBackend>[0]) {
  const production = await startBackend((req) => ({ body: { from: 'production', path: req.url, at: Date.now() } }))
  const darkBackend = await startBackend(dark ?? ((req) => ({ status: 503, body: { from: 'dark', path: req.url } })))
  cleanups.push(
    () => production.close(),
    () => darkBackend.close(),
  )
  const proxy = await startProxy(['--production', production.url, '--dark', darkBackend.url, ...args])
  cleanups.push(() => proxy.stop())
  return { production, dark: darkBackend, proxy }
}

async function metrics(proxy: Proxy): Promise<Record<string, number>> {
  return parseMetrics((await httpRequest(`${proxy.admin}/metrics`)).body)
}

async function seenAtLeast(backend: Backend, n: number): Promise<void> {
  await waitUntil(async () => backend.seen.length >= n, {
    what: `${n} requests at the backend (saw ${backend.seen.length})`,
    timeoutMs: 10_000,
  })
}

describe('shadow proxy (dark launch)', () => {
  test("users always get production's answer; every copy carries X-Shadow: true; clients cannot forge it", async () => {
    const { production, dark, proxy } = await setup()
    const paths = Array.from({ length: 12 }, (_, i) => `/items/${i}?q=${i}`)
    for (const path of paths) {
      const res = await httpRequest(`${proxy.url}${path}`, { headers: { 'x-shadow': 'true' } })
      expect(res.status).toBe(200)
      expect(JSON.parse(res.body)).toMatchObject({ from: 'production', path })
    }
    expect((await httpRequest(`${proxy.url}/h`, { method: 'HEAD' })).status).toBe(200)
    expect((await httpRequest(`${proxy.url}/o`, { method: 'OPTIONS' })).status).toBe(200)
    await seenAtLeast(dark, 14)
    expect(dark.seen.map((s) => s.headers['x-shadow'])).toEqual(Array(14).fill('true'))
    expect(dark.seen.map((s) => s.url).sort()).toEqual([...paths, '/h', '/o'].sort())
    expect(production.seen.filter((s) => s.headers['x-shadow'] !== undefined)).toEqual([])
    const m = await metrics(proxy)
    expect(m).toMatchObject({
      shadow_requests_total: 14,
      shadow_mirrored_total: 14,
      shadow_production_duration_seconds_count: 14,
      'shadow_production_duration_seconds_bucket{le="+Inf"}': 14,
    })
    await waitUntil(async () => (await metrics(proxy)).shadow_dark_duration_seconds_count === 14, {
      what: 'fourteen dark answers timed',
      timeoutMs: 10_000,
    })
  })

  test('dark reads (the default): writes reach production only, never the dark version', async () => {
    const { production, dark, proxy } = await setup()
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await httpRequest(`${proxy.url}/orders`, {
        method,
        body: '{"qty":1}',
        headers: { 'content-type': 'application/json', 'content-length': '9' },
      })
      expect(JSON.parse(res.body)).toMatchObject({ from: 'production' })
    }
    await httpRequest(`${proxy.url}/after-writes`)
    await seenAtLeast(dark, 1) // the GET sent after the writes has arrived, so any copied write would have too
    expect(dark.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /after-writes'])
    expect(production.seen.filter((s) => s.method !== 'GET').map((s) => `${s.method} ${s.body}`)).toEqual([
      'POST {"qty":1}',
      'PUT {"qty":1}',
      'PATCH {"qty":1}',
      'DELETE {"qty":1}',
    ])
    expect((await metrics(proxy))['shadow_skipped_total{reason="unsafe_method"}']).toBe(4)
  })

  test('dark writes are refused without a separate datastore, and tagged with it when configured', async () => {
    const refused = await runProxy([
      '--production',
      'http://127.0.0.1:9',
      '--dark',
      'http://127.0.0.1:9',
      '--dark-writes',
      'true',
    ])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      "Option '--dark-writes': 'true' needs --dark-datastore naming the dark version's separate datastore",
    )
    expect(refused.stdout).not.toContain('listening')
    const { dark, proxy } = await setup(['--dark-writes', 'true', '--dark-datastore', 'orders-shadow'])
    await httpRequest(`${proxy.url}/orders`, { method: 'POST', body: '{"qty":2}' })
    await seenAtLeast(dark, 1)
    expect(dark.seen[0]).toMatchObject({
      method: 'POST',
      body: '{"qty":2}',
      headers: { 'x-shadow': 'true', 'x-shadow-datastore': 'orders-shadow' },
    })
  })

  test('a dark version far slower than production (it holds every answer) does not hold production back, even on one keep-alive connection', async () => {
    const { dark, proxy } = await setup()
    dark.hold = true // the dark version is arbitrarily slow: it answers nothing until released
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    cleanups.push(() => agent.destroy())
    const sockets = new Set<unknown>()
    for (let i = 0; i < 10; i++) {
      const res = await new Promise<{ status: number; body: string }>((ok, fail) => {
        const req = request(`${proxy.url}/slow/${i}`, { agent }, (r) => {
          let body = ''
          r.on('data', (c: Buffer) => (body += c.toString()))
          r.on('end', () => ok({ status: r.statusCode ?? 0, body }))
        })
        req.on('socket', (s) => sockets.add(s))
        req.on('error', fail)
        req.end()
      })
      expect(JSON.parse(res.body)).toMatchObject({ from: 'production', path: `/slow/${i}` })
    }
    expect(sockets.size).toBe(1) // all ten went over the same connection (where nginx mirror would queue them)
    await waitUntil(async () => dark.pending === 10, { what: 'ten copies held at the dark version', timeoutMs: 10_000 })
    expect((await metrics(proxy)).shadow_compared_total).toBe(0) // production answered all ten before any dark answer
    dark.release()
    await waitUntil(async () => (await metrics(proxy)).shadow_compared_total === 10, {
      what: 'ten comparisons',
      timeoutMs: 10_000,
    })
  })

  test('when the dark version stalls, copies beyond the bounded queue are dropped and counted; users never wait', async () => {
    const { dark, proxy } = await setup(['--concurrency', '2', '--queue-size', '3'])
    dark.hold = true
    for (let i = 0; i < 10; i++) expect((await httpRequest(`${proxy.url}/burst/${i}`)).status).toBe(200)
    await waitUntil(async () => dark.pending === 2, { what: 'two copies in flight', timeoutMs: 10_000 })
    const m = await metrics(proxy)
    expect(m).toMatchObject({
      shadow_requests_total: 10,
      'shadow_skipped_total{reason="queue_full"}': 5,
      shadow_queue_waiting: 3,
      shadow_dark_inflight: 2,
    })
    dark.release()
    await waitUntil(async () => (await metrics(proxy)).shadow_mirrored_total === 5, {
      what: 'the five queued copies sent',
      timeoutMs: 10_000,
    })
  })

  test('bodies above the caps: production gets everything, the copy is skipped, big answers compare by status only', async () => {
    const big = 'x'.repeat(5_000)
    const production = await startBackend((req) => ({ body: { got: req.body.length, big } }))
    const dark = await startBackend((req) => ({ body: { got: req.body.length, big: 'different' } }))
    cleanups.push(
      () => production.close(),
      () => dark.close(),
    )
    const proxy = await startProxy([
      '--production',
      production.url,
      '--dark',
      dark.url,
      '--dark-writes',
      'true',
      '--dark-datastore',
      'shadow-db',
      '--mirror-body-cap',
      '100',
      '--compare-body-cap',
      '1000',
    ])
    cleanups.push(() => proxy.stop())
    const res = await httpRequest(`${proxy.url}/upload`, {
      method: 'POST',
      body: 'y'.repeat(1_000),
      headers: { 'content-length': '1000' },
    })
    expect(JSON.parse(res.body)).toEqual({ got: 1_000, big })
    await httpRequest(`${proxy.url}/big`)
    await waitUntil(async () => (await metrics(proxy)).shadow_compared_total === 1, {
      what: 'one comparison',
      timeoutMs: 10_000,
    })
    expect(dark.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /big'])
    expect(await metrics(proxy)).toMatchObject({
      'shadow_skipped_total{reason="body_too_large"}': 1,
      shadow_matched_total: 1,
    })
    expect(JSON.parse((await httpRequest(`${proxy.admin}/report`)).body)).toMatchObject({ bodiesNotCompared: 1 })
  })

  test('production closing a reused keep-alive connection: a bodiless GET is retried once, a POST gets a 502', async () => {
    // A production that answers the first request on each connection (keep-alive) and drops the connection when
    // a second request arrives on it: the idle-close race, made deterministic.
    const sockets = new Set<Socket>()
    const tcp = createTcpServer((socket) => {
      sockets.add(socket)
      let requests = 0
      socket.on('data', (chunk) => {
        if (!chunk.toString().includes('\r\n\r\n')) return
        if (++requests > 1) return void socket.destroy()
        socket.write(
          'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\n{"ok":true}',
        )
      })
    })
    await new Promise<void>((ok) => tcp.listen(0, '127.0.0.1', ok))
    cleanups.push(
      () =>
        new Promise<void>((ok) => {
          for (const s of sockets) s.destroy()
          tcp.close(() => ok())
        }),
    )
    const dark = await startBackend(() => ({ body: { ok: true } }))
    cleanups.push(() => dark.close())
    const port = (tcp.address() as { port: number }).port
    const proxy = await startProxy(['--production', `http://127.0.0.1:${port}`, '--dark', dark.url])
    cleanups.push(() => proxy.stop())
    expect((await httpRequest(`${proxy.url}/one`)).status).toBe(200)
    expect((await httpRequest(`${proxy.url}/two`)).status).toBe(200) // reused connection dropped → retried
    expect(await metrics(proxy)).toMatchObject({
      shadow_production_retries_total: 1,
      shadow_production_errors_total: 0,
    })
    const post = await httpRequest(`${proxy.url}/three`, {
      method: 'POST',
      body: 'x',
      headers: { 'content-length': '1' },
    })
    expect(post.status).toBe(502) // a request with a body is never replayed
    expect(post.body).toContain('shadow-proxy: production failed: socket hang up')
  })

  test('--mirror-percent copies an evenly spread share and counts the rest as sampled out', async () => {
    const { dark, proxy } = await setup(['--mirror-percent', '25'])
    for (let i = 0; i < 20; i++) expect((await httpRequest(`${proxy.url}/s/${i}`)).status).toBe(200)
    await seenAtLeast(dark, 5)
    expect(dark.seen.map((s) => s.url)).toEqual(['/s/3', '/s/7', '/s/11', '/s/15', '/s/19'])
    expect(await metrics(proxy)).toMatchObject({
      shadow_requests_total: 20,
      shadow_mirrored_total: 5,
      'shadow_skipped_total{reason="sampled_out"}': 15,
    })
  })

  test('dark timeouts are counted and never felt by users', async () => {
    const { dark, proxy } = await setup(['--dark-timeout', '150ms'])
    dark.hold = true
    expect(JSON.parse((await httpRequest(`${proxy.url}/t`)).body)).toMatchObject({ from: 'production' })
    await waitUntil(async () => (await metrics(proxy))['shadow_dark_errors_total{reason="timeout"}'] === 1, {
      what: 'one dark timeout',
      timeoutMs: 10_000,
    })
  })

  test('a dark answer that stalls mid-body times out and frees its slot (the deadline covers the whole exchange)', async () => {
    const { proxy } = await setup(['--dark-timeout', '200ms', '--concurrency', '1', '--queue-size', '0'], () => ({
      body: { from: 'dark', padding: 'x'.repeat(100) },
      stallBody: true,
    }))
    expect((await httpRequest(`${proxy.url}/a`)).status).toBe(200)
    await waitUntil(async () => (await metrics(proxy))['shadow_dark_errors_total{reason="timeout"}'] === 1, {
      what: 'the stalled copy timed out',
      timeoutMs: 10_000,
    })
    expect((await httpRequest(`${proxy.url}/b`)).status).toBe(200) // the single slot is free again: not dropped
    await waitUntil(async () => (await metrics(proxy)).shadow_mirrored_total === 2, {
      what: 'second copy sent',
      timeoutMs: 10_000,
    })
    expect((await metrics(proxy))['shadow_skipped_total{reason="queue_full"}']).toBe(0)
  })
})

describe('shadow proxy response comparison', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  test('a changed field is a diff; a changed timestamp or id on an ignored path is not; samples go to the report', async () => {
    dir = mkdtempSync(join(tmpdir(), 'shadow-report-'))
    const report = join(dir, 'report.json')
    const doc = (name: string, stamp: number, ids: number[]) => ({
      name,
      updatedAt: stamp,
      items: ids.map((id) => ({ id, qty: 1 })),
    })
    const production = await startBackend(() => ({ body: doc('widget', 1000, [1, 2]), headers: { 'x-version': 'v1' } }))
    const dark = await startBackend((req) => {
      if (req.url === '/status') return { status: 500, body: doc('widget', 2000, [7, 8]) }
      return { body: doc(req.url === '/changed' ? 'gadget' : 'widget', 2000, [7, 8]), headers: { 'x-version': 'v2' } }
    })
    cleanups.push(
      () => production.close(),
      () => dark.close(),
    )
    const proxy = await startProxy([
      '--production',
      production.url,
      '--dark',
      dark.url,
      '--ignore-path',
      'updatedAt',
      '--ignore-path',
      'items[*].id',
      '--report',
      report,
    ])
    cleanups.push(() => proxy.stop())
    for (const path of ['/same', '/changed', '/status']) await httpRequest(`${proxy.url}${path}`)
    await waitUntil(async () => (await metrics(proxy)).shadow_compared_total === 3, {
      what: 'three comparisons',
      timeoutMs: 10_000,
    })
    const m = await metrics(proxy)
    expect(m).toMatchObject({
      shadow_matched_total: 1,
      shadow_differed_total: 2,
      'shadow_diffs_total{kind="body"}': 1,
      'shadow_diffs_total{kind="status"}': 1,
      'shadow_diffs_total{kind="header"}': 0,
    })
    await proxy.stop()
    const written = JSON.parse(readFileSync(report, 'utf8'))
    expect(written).toMatchObject({ compared: 3, matched: 1, differed: 2, darkWrites: false })
    expect(
      written.samples.map((s: { path: string; differences: { path: string; production: string; dark: string }[] }) => [
        s.path,
        s.differences,
      ]),
    ).toEqual([
      ['/changed', [{ kind: 'body', path: '$.name', production: '"widget"', dark: '"gadget"' }]],
      ['/status', [{ kind: 'status', path: 'status', production: '200', dark: '500' }]],
    ])
  })

  test('--compare-headers adds header diffs; --duration + --max-diff-rate exits 3 when the dark version differs too often', async () => {
    const production = await startBackend(() => ({ body: { ok: true }, headers: { 'x-version': 'v1' } }))
    const dark = await startBackend(() => ({ body: { ok: true }, headers: { 'x-version': 'v2' } }))
    cleanups.push(
      () => production.close(),
      () => dark.close(),
    )
    const proxy = await startProxy([
      '--production',
      production.url,
      '--dark',
      dark.url,
      '--compare-headers',
      'x-version',
      '--duration',
      '2s',
      '--max-diff-rate',
      '0.5',
    ])
    cleanups.push(() => proxy.stop())
    await httpRequest(`${proxy.url}/v`)
    const exited = await new Promise<number | null>((ok) => proxy.child.on('exit', (code) => ok(code)))
    expect(exited).toBe(3)
    expect(proxy.stdout()).toContain(
      '"event":"stopped","reason":"duration","requests":1,"compared":1,"differed":1,"diffRate":1',
    )
    expect(proxy.stdout()).toContain(
      '{"event":"verdict","verdict":"fail","reason":"diff rate 100.00% (1/1) is above 50.00% (0 copies dropped, 0 dark errors/timeouts)"}',
    )
    expect(proxy.stderr()).toContain('shadow-proxy: fail: diff rate 100.00% (1/1)')
  })

  test('no traffic in --duration is inconclusive (exit 4), never a pass or a fail', async () => {
    const production = await startBackend(() => ({ body: {} }))
    cleanups.push(() => production.close())
    const result = await runProxy([
      '--production',
      production.url,
      '--dark',
      production.url,
      '--duration',
      '300ms',
      '--max-diff-rate',
      '0.01',
      '--min-compared',
      '5',
    ])
    expect(result.code).toBe(4)
    expect(result.stderr).toContain('shadow-proxy: inconclusive: only 0 responses compared, fewer than the minimum 5')
  })
})
