// Dark launch on the production path: latency users see at a fixed request rate, (a) straight to production,
// (b) through Shipline's shadow proxy mirroring to a dark version 10× (and 100×) slower than production, and
// (c) through nginx `mirror` to the same slow dark version (plus nginx without mirror, its own baseline).
// Open-loop load (request i is due at t0 + i/rate; latency counts from when it was due, so a request stuck
// behind another on a keep-alive connection shows up) over a fixed pool of keep-alive connections.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { Agent, request } from 'node:http'
import os, { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root, node24, percentile, table, fmtMs } from './lib.mjs'

const quick = process.argv.includes('--quick')
const RATE = 200 // requests per second
const SECONDS = quick ? 2 : 3
const ROUNDS = quick ? 1 : 3 // scenarios interleaved round by round; latencies pooled per scenario
const CONNECTIONS = 8
const PROD_MS = 2
const started = []
const dir = mkdtempSync(join(tmpdir(), 'bench-shadow-'))
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms))

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => ok(port))
    })
    s.on('error', fail)
  })
}

function launch(file, args, what) {
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  started.push(child)
  let out = ''
  let err = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (err += d))
  return { child, out: () => out, err: () => err, what }
}

async function waitFor(probe, what, ms = 15_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const v = await probe().catch(() => undefined)
    if (v) return v
    await sleep(50)
  }
  throw new Error(`bench: ${what} not ready after ${ms} ms`)
}

function get(url, agent, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request(url, { agent, headers }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => ok({ status: res.statusCode, body }))
    })
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')))
    req.on('error', fail)
    req.end()
  })
}

// Backends in their own process: production (~2 ms), dark ×10 (20 ms) and dark ×100 (200 ms); each dark one
// counts the copies it received (GET /__count).
const backendFile = join(dir, 'backends.mjs')
writeFileSync(
  backendFile,
  `
import { createServer } from 'node:http'
const make = (ms, counts) => { let n = 0; const s = createServer((req, res) => {
  if (req.url === '/__count') return res.end(String(n))
  if (counts) n++
  setTimeout(() => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ ok: true, path: req.url })) }, ms)
}); s.keepAliveTimeout = 60000; return new Promise((ok) => s.listen(0, '127.0.0.1', () => ok(s.address().port))) }
const ports = { prod: await make(${PROD_MS}, false), dark10: await make(${PROD_MS * 10}, true), dark100: await make(${PROD_MS * 100}, true) }
console.log(JSON.stringify(ports))
`,
)
const backends = launch(node24, [backendFile], 'backends')
const ports = JSON.parse(await waitFor(async () => backends.out().split('\n')[0] || undefined, 'backends'))
const url = (port) => `http://127.0.0.1:${port}`

async function startShipline(darkPort) {
  const p = launch(
    node24,
    [
      join(root, 'packages', 'shadow', 'src', 'shadow-proxy.mjs'),
      '--production',
      url(ports.prod),
      '--dark',
      url(darkPort),
      '--dark-timeout',
      '1s',
    ],
    'shadow-proxy',
  )
  const line = await waitFor(
    async () =>
      p
        .out()
        .split('\n')
        .find((l) => l.includes('listening')),
    'shadow proxy',
  )
  return { ...p, ...JSON.parse(line) }
}

async function startNginx() {
  const prefix = join(dir, 'nginx')
  mkdirSync(join(prefix, 'tmp'), { recursive: true })
  const mirrorPorts = { plain: await freePort(), mirror10: await freePort(), mirror100: await freePort() }
  const upstream = (name, port) => `upstream ${name} { server 127.0.0.1:${port}; keepalive 32; }`
  const server = (port, dark) => `server { listen 127.0.0.1:${port};
    location / { ${dark ? 'mirror /_shadow; mirror_request_body on;' : ''} proxy_pass http://prod; proxy_http_version 1.1; proxy_set_header Connection ""; }
    ${dark ? `location = /_shadow { internal; proxy_pass http://${dark}$request_uri; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header X-Shadow true; proxy_connect_timeout 200ms; proxy_read_timeout 1s; }` : ''}
  }`
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes 1; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http { access_log off; keepalive_requests 100000; keepalive_timeout 60s;
  client_body_temp_path ${prefix}/tmp/body; proxy_temp_path ${prefix}/tmp/proxy; fastcgi_temp_path ${prefix}/tmp/fcgi; uwsgi_temp_path ${prefix}/tmp/uwsgi; scgi_temp_path ${prefix}/tmp/scgi;
  ${upstream('prod', ports.prod)} ${upstream('dark10', ports.dark10)} ${upstream('dark100', ports.dark100)}
  ${server(mirrorPorts.plain)} ${server(mirrorPorts.mirror10, 'dark10')} ${server(mirrorPorts.mirror100, 'dark100')}
}
`,
  )
  const n = launch(
    'nginx',
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log'), '-g', 'daemon off;'],
    'nginx',
  )
  await waitFor(
    async () => (await get(`${url(mirrorPorts.plain)}/ready`, undefined)).status === 200,
    `nginx (${n.err()})`,
  )
  return { ...n, ports: mirrorPorts }
}

/**
 * Fixed-rate load over a fixed pool of keep-alive connections: a warm-up phase (not recorded), then `SECONDS` at
 * `RATE`. Latency counts from the moment the request is issued to the client's connection pool, so time spent
 * waiting for a busy keep-alive connection is included, but the load generator's own timer lag is not.
 */
async function load(target, afterWarmUp) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const interval = 1000 / RATE
  async function phase(count, record) {
    const latencies = []
    let errors = 0
    const inflight = []
    const t0 = performance.now() + 5
    for (let i = 0; i < count; i++) {
      const wait = t0 + i * interval - performance.now()
      if (wait > 1) await sleep(wait)
      const sent = performance.now()
      inflight.push(
        get(`${target}/item/${i}`, agent).then(
          (r) => (r.status === 200 ? latencies.push(performance.now() - sent) : errors++),
          () => errors++,
        ),
      )
    }
    await Promise.all(inflight)
    return record ? { latencies, errors } : undefined
  }
  await phase(Math.round(RATE / 2), false) // warm-up: opens the connections, warms the JIT
  await sleep(quick ? 300 : 1200) // let the warm-up's copies land
  await afterWarmUp()
  const result = await phase(RATE * SECONDS, true)
  agent.destroy()
  return result
}

/** CPU time (user + system, ms) of these processes and their children's threads, from /proc (Linux). */
function cpuMs(pids) {
  let ticks = 0
  const all = new Set(pids)
  for (const pid of pids) {
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
        all.add(Number(child))
    } catch {
      // not Linux or already gone: counted as 0
    }
  }
  for (const pid of all) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
      ticks += Number(fields[11]) + Number(fields[12]) // utime, stime (fields 14 and 15 of stat)
    } catch {
      // gone
    }
  }
  return ticks * 10 // USER_HZ is 100 on Linux
}

async function darkCount(port) {
  return Number((await get(`${url(port)}/__count`)).body)
}

const rows = []
try {
  const nginx = spawnSync('nginx', ['-v']).error ? undefined : await startNginx()
  if (!nginx) console.error('shadow bench: nginx not found on PATH (apt-get install nginx-light): nginx rows skipped')
  const ship10 = await startShipline(ports.dark10)
  const ship100 = quick ? undefined : await startShipline(ports.dark100)
  const scenarios = [
    { name: 'direct to production', dark: 'none', target: url(ports.prod) },
    {
      name: 'Shipline shadow proxy',
      dark: `×10 (${PROD_MS * 10} ms)`,
      target: ship10.url,
      darkPort: ports.dark10,
      pids: [ship10.child.pid],
    },
    ...(nginx
      ? [
          {
            name: 'nginx proxy_pass, no mirror',
            dark: 'none',
            target: url(nginx.ports.plain),
            pids: [nginx.child.pid],
          },
          {
            name: 'nginx `mirror`',
            dark: `×10 (${PROD_MS * 10} ms)`,
            target: url(nginx.ports.mirror10),
            darkPort: ports.dark10,
            pids: [nginx.child.pid],
          },
        ]
      : []),
    ...(ship100
      ? [
          // one round only: nginx needs ~15 s to drain a round here, and the effect is not subtle
          {
            name: 'Shipline shadow proxy',
            dark: `×100 (${PROD_MS * 100} ms)`,
            target: ship100.url,
            darkPort: ports.dark100,
            rounds: 1,
            pids: [ship100.child.pid],
          },
          ...(nginx
            ? [
                {
                  name: 'nginx `mirror`',
                  dark: `×100 (${PROD_MS * 100} ms)`,
                  target: url(nginx.ports.mirror100),
                  darkPort: ports.dark100,
                  rounds: 1,
                  pids: [nginx.child.pid],
                },
              ]
            : []),
        ]
      : []),
  ].map((s) => ({ ...s, latencies: [], errors: 0, copies: 0, cpu: 0 }))
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of scenarios) {
      if (round >= (s.rounds ?? ROUNDS)) continue
      let before = 0
      let cpuBefore = 0
      const { latencies, errors } = await load(s.target, async () => {
        before = s.darkPort ? await darkCount(s.darkPort) : 0
        cpuBefore = s.pids ? cpuMs(s.pids) : 0
      })
      await sleep(quick ? 300 : 1200) // let the last copies land before counting them
      s.copies += s.darkPort ? (await darkCount(s.darkPort)) - before : 0
      s.cpu += s.pids ? cpuMs(s.pids) - cpuBefore : 0
      s.latencies.push(...latencies)
      s.errors += errors
    }
  }
  const [direct] = scenarios
  const base = {
    p50: percentile(direct.latencies, 50),
    p90: percentile(direct.latencies, 90),
    p99: percentile(direct.latencies, 99),
  }
  for (const s of scenarios) {
    const p = (q) => percentile(s.latencies, q)
    const added = (q) => (s === direct ? '–' : `${p(q) - base[`p${q}`] >= 0 ? '+' : ''}${fmtMs(p(q) - base[`p${q}`])}`)
    const cpuPer1k = s.pids ? `${Math.round((s.cpu / (s.latencies.length + s.errors)) * 1000)}` : '–'
    rows.push([
      s.name,
      s.dark,
      fmtMs(p(50)),
      fmtMs(p(90)),
      fmtMs(p(99)),
      added(50),
      added(90),
      added(99),
      s.darkPort ? `${s.copies}/${s.latencies.length + s.errors}` : '–',
      cpuPer1k,
      String(s.errors),
    ])
  }
} finally {
  for (const c of started.reverse()) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM')
  await sleep(200)
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}

console.log(
  `### Dark launch: latency added on the production path (${RATE} req/s, ${ROUNDS}×${SECONDS} s per path, ${CONNECTIONS} keep-alive connections)\n`,
)
console.log(
  table(
    [
      'path',
      'dark version',
      'p50 ms',
      'p90 ms',
      'p99 ms',
      'added p50',
      'added p90',
      'added p99',
      'copies at the dark version',
      'proxy CPU ms / 1k req',
      'errors',
    ],
    rows,
  ),
)
console.log(
  `\nMethod: paths interleaved round by round (${ROUNDS} rounds; the ×100 rows 1 round) and latencies pooled per path, all on 127.0.0.1 (${os.loadavg()[0].toFixed(1)} load average on ${os.cpus().length} CPUs at the end: tails are sensitive to it); production answers in ~${PROD_MS} ms, the dark version ${PROD_MS * 10} ms or ${PROD_MS * 100} ms. Fixed-rate load after a 0.5 s warm-up; latency counts from when a request is handed to the client's pool of keep-alive connections, so waiting behind a connection nginx is still holding for its mirror is included. nginx ${'1.22'} runs unprivileged (-p prefix), mirror with proxy_read_timeout 1s; Shipline's proxy runs with --dark-timeout 1s and default queue (256) / concurrency (32). Proxy CPU = user+system time of the proxy processes (nginx: master + worker) from /proc over the measured phase, including the copies and (Shipline) the comparisons.`,
)
