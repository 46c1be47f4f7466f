#!/usr/bin/env node
// The demo service: GET / greets and names the version that answered; GET /healthz for health checks.
// FAIL_RATE (0..1) makes that share of requests fail with 500, to show an automatic rollback.
import { createServer } from 'node:http'
import { greet } from './index.js'

const port = Number(process.env.PORT ?? 0)
const version = process.env.APP_VERSION ?? 'dev'
const failRate = Number(process.env.FAIL_RATE ?? 0)
let served = 0
let failed = 0

const server = createServer((req, res) => {
  if (req.url === '/healthz') return res.end('ok')
  if (req.url === '/stats') return res.end(JSON.stringify({ version, served, failed }))
  served++
  if (failRate > 0 && Math.random() < failRate) {
    failed++
    res.writeHead(500, { 'x-version': version })
    return res.end('boom')
  }
  res.writeHead(200, { 'content-type': 'application/json', 'x-version': version })
  res.end(JSON.stringify({ message: greet(new URL(req.url ?? '/', 'http://x').searchParams.get('name') ?? undefined), version }))
})
server.listen(port, '127.0.0.1', () => console.log(`LISTENING ${server.address().port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
