#!/usr/bin/env node
// The demo service. GET / greets and names the version that answered (x-version header); GET /healthz for health
// checks; GET /metrics in Prometheus text format; GET /stats?window=ms gives the error rate over that recent window as JSON (null with no traffic), which
// staged-rollout's HTTP metrics provider reads. FAIL_RATE (0..1) makes that share of requests fail with 500.
// FLAG_FILE turns on the `new-greeting` feature flag (src/flags.js): GET /?user=ID then greets through the flag
// (header x-greeting-path: on, off, or fallback when the new path failed and the old one answered), /stats adds
// the flag's breaker, and NEW_GREETING_FAIL_RATE (0..1) makes that share of the new greeting path fail.
import { createServer } from 'node:http'
import { greet, greetWarmly } from './index.js'
import { startFlags } from './flags.js'

const port = Number(process.env.PORT ?? 0)
const version = process.env.APP_VERSION ?? 'dev'
const failRate = Number(process.env.FAIL_RATE ?? 0)
const newPathFailRate = Number(process.env.NEW_GREETING_FAIL_RATE ?? 0)
const flags = process.env.FLAG_FILE ? await startFlags(process.env.FLAG_FILE) : undefined
const recent = [] // [time, ok], trimmed to the last minute
const totals = { ok: 0, failed: 0 }

function stats(windowMs) {
  const now = Date.now()
  while (recent.length && recent[0][0] < now - 60_000) recent.shift()
  const inWindow = recent.filter(([t]) => t >= now - windowMs)
  const errors = inWindow.filter(([, ok]) => !ok).length
  const out = { version, requests: inWindow.length, errors, errorRate: inWindow.length ? errors / inWindow.length : null }
  return flags ? { ...out, flag: flags.stats() } : out
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname === '/healthz') return res.end('ok')
  if (url.pathname === '/metrics') {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    return res.end(
      ['# TYPE app_requests_total counter', `app_requests_total{version="v${version}",code="200"} ${totals.ok}`, `app_requests_total{version="v${version}",code="500"} ${totals.failed}`, ''].join('\n'),
    )
  }
  if (url.pathname === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' })
    return res.end(JSON.stringify(stats(Number(url.searchParams.get('window') ?? 2000))))
  }
  const ok = !(failRate > 0 && Math.random() < failRate)
  recent.push([Date.now(), ok])
  totals[ok ? 'ok' : 'failed']++
  if (!ok) {
    res.writeHead(500, { 'x-version': version })
    return res.end('boom')
  }
  const name = url.searchParams.get('name') ?? undefined
  let message = greet(name)
  const headers = { 'content-type': 'application/json', 'x-version': version }
  if (flags) {
    const newGreeting = () => {
      if (newPathFailRate > 0 && Math.random() < newPathFailRate) throw new Error('the new greeting path failed')
      return greetWarmly(name)
    }
    const r = await flags.greeting(url.searchParams.get('user') ?? name ?? 'anonymous', { on: newGreeting, off: () => greet(name) })
    message = r.value
    headers['x-greeting-path'] = r.path
  }
  res.writeHead(200, headers)
  res.end(JSON.stringify({ message, version }))
})
server.listen(port, '127.0.0.1', () => console.log(`listening ${server.address().port}`))
process.on('SIGTERM', () => server.close(async () => {
  await flags?.close()
  process.exit(0)
}))
