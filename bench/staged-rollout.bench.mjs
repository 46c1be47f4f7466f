// staged-rollout under steady load through a real nginx: two app versions on loopback, a keep-alive load generator
// (4 connections), the bundled action (dist/index.js) driving 5 canary weight changes plus promotion, then a
// blue-green switch back. Measures failed client requests, the time from decision to new weights served (the
// router's own measurement, which waits until only the new nginx generation answers), the same for a plain
// `nginx -s reload` observed from outside, the same canary steps through HAProxy's runtime API (haproxy router:
// no reload; weights read back), and the analysis step's own overhead per measurement.
import { spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root, node24, percentile, table, fmtMs, runnerEnv } from './lib.mjs'
import { startLoad } from '../test/fixtures/staged-rollout/load.mjs'

const quick = process.argv.includes('--quick')
const MIN_REQUESTS = quick ? 2_000 : 5_000
const NGINX = '/usr/sbin/nginx'
const HAPROXY = '/usr/sbin/haproxy'
const dir = mkdtempSync(join(tmpdir(), 'bench-rollout-'))
const started = []
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms))

function spawnListening(args, what) {
  const child = spawn(node24, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  started.push(child)
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${what} did not start`)), 10_000)
    child.stdout.on('data', (b) => {
      const m = /listening (\d+)/.exec(String(b))
      if (m) {
        clearTimeout(timer)
        ok(Number(m[1]))
      }
    })
  })
}

function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request(url, { headers: { connection: 'close', ...headers }, timeout: 2000 }, (res) => {
      res.resume()
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers }))
    })
    req.on('error', fail)
    req.end()
  })
}

function run(file, args) {
  return new Promise((ok) => {
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('close', (code) => ok({ code, err }))
  })
}

async function startNginx(snippet, bluePort) {
  const prefix = join(dir, 'nginx')
  for (const d of ['logs', 'tmp']) mkdirSync(join(prefix, d), { recursive: true })
  const port = await spawnListening(
    [
      '-e',
      "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log('listening '+s.address().port);s.close()})",
    ],
    'port picker',
  )
  const conf = join(prefix, 'nginx.conf')
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${join(prefix, 'tmp', t)};`)
    .join(' ')
  writeFileSync(snippet, `upstream shipline { server 127.0.0.1:${bluePort}; }\n`)
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;' : ''} worker_processes 1; pid ${join(prefix, 'nginx.pid')}; error_log ${join(prefix, 'logs', 'error.log')};
events { worker_connections 1024; }
http { access_log off; ${temp}
  include ${snippet};
  server { listen 127.0.0.1:${port}; location / { proxy_pass http://shipline; proxy_http_version 1.1; proxy_set_header Connection ""; } } }\n`,
  )
  const args = ['-p', prefix, '-c', conf, '-e', join(prefix, 'logs', 'error.log')]
  const child = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: 'ignore' })
  started.push(child)
  for (let i = 0; i < 200; i++) {
    if (
      await get(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      )
    )
      break
    await sleep(25)
  }
  return { port, args }
}

async function startHaproxy(bluePort, greenPort) {
  const hdir = join(dir, 'haproxy')
  mkdirSync(hdir, { recursive: true })
  const port = await spawnListening(
    [
      '-e',
      "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log('listening '+s.address().port);s.close()})",
    ],
    'port picker',
  )
  const socket = join(hdir, 'admin.sock')
  const conf = join(hdir, 'haproxy.cfg')
  writeFileSync(
    conf,
    `global\n  stats socket ${socket} mode 600 level admin\n  maxconn 1000\ndefaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n  timeout server 30s\n  option http-keep-alive\nfrontend web\n  bind 127.0.0.1:${port}\n  default_backend shipline\nbackend shipline\n  balance roundrobin\n  server blue-1 127.0.0.1:${bluePort} weight 200\n  server green-1 127.0.0.1:${greenPort} weight 0\n`,
  )
  const child = spawn(HAPROXY, ['-db', '-f', conf], { stdio: 'ignore' })
  started.push(child)
  for (let i = 0; i < 200; i++) {
    if (
      await get(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      )
    )
      break
    await sleep(25)
  }
  return { port, socket }
}

function parseOutputs(file) {
  const out = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const end = lines.indexOf(m[2], i + 1)
    out[m[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return out
}

async function action(inputs) {
  const r = runnerEnv()
  const env = { ...r.env }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const t0 = performance.now()
  const child = spawn(node24, [join(root, 'actions', 'staged-rollout', 'dist', 'index.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const code = await new Promise((ok) => child.on('close', ok))
  const ms = performance.now() - t0
  const outputs = parseOutputs(env.GITHUB_OUTPUT)
  r.cleanup()
  if (code !== 0) throw new Error(`action exited ${code}:\n${log.slice(-2000)}`)
  return { outputs, ms, analysis: JSON.parse(outputs.analysis ?? '{}') }
}

const servedMs = (analysis) =>
  analysis.steps
    .map((s) => /served after (\d+) ms/.exec(s.detail)?.[1])
    .filter(Boolean)
    .map(Number)

/** A plain `nginx -s reload`, timed from outside: when does the command return, and when do only new workers answer? */
async function plainReload(nginx, snippet, ports, rounds) {
  const returned = []
  const onlyNew = []
  for (let i = 0; i < rounds; i++) {
    const gen = `plain-${i}`
    writeFileSync(
      snippet,
      `upstream shipline { server 127.0.0.1:${ports[i % 2]}; }\nadd_header X-Shipline-Generation "${gen}" always;\n`,
    )
    const t0 = performance.now()
    await run(NGINX, [...nginx.args, '-s', 'reload'])
    returned.push(performance.now() - t0)
    let since
    for (let k = 0; k < 5000; k++) {
      const r = await get(`http://127.0.0.1:${nginx.port}/`).catch(() => undefined)
      const now = performance.now()
      if (r?.headers['x-shipline-generation'] === gen) since ??= now
      else since = undefined
      if (since !== undefined && now - since >= 300) break
      await sleep(1)
    }
    onlyNew.push(since - t0)
  }
  return { returned, onlyNew }
}

try {
  const [bluePort, greenPort, statsPort] = await Promise.all([
    spawnListening([join(root, 'test/fixtures/staged-rollout/app.mjs'), 'blue'], 'blue'),
    spawnListening([join(root, 'test/fixtures/staged-rollout/app.mjs'), 'green'], 'green'),
    spawnListening([join(root, 'test/fixtures/staged-rollout/app.mjs'), 'stats'], 'stats'),
  ])
  const snippet = join(dir, 'rollout.conf')
  const nginx = await startNginx(snippet, bluePort)
  const common = {
    router: 'nginx',
    'router-config': snippet,
    backends: JSON.stringify({ blue: `127.0.0.1:${bluePort}`, green: `127.0.0.1:${greenPort}` }),
    'test-command': JSON.stringify([NGINX, '-t', '-q', ...nginx.args]),
    'reload-command': JSON.stringify([NGINX, ...nginx.args, '-s', 'reload']),
    'probe-url': `http://127.0.0.1:${nginx.port}/`,
    'probe-timeout': '10s',
    'nginx-upstream': 'shipline',
    'version-header': 'x-version',
    'on-inconclusive': 'pause',
    environment: 'bench',
    resume: 'false',
    abort: 'false',
  }
  const load = startLoad(`http://127.0.0.1:${nginx.port}/`, { concurrency: 4, maxRequests: 1_000_000, maxMs: 150_000 })
  const steps = [5, 25, 50, 75, 90].flatMap((w) => [{ setWeight: w }, { pause: '300ms' }])
  const canary = await action({
    ...common,
    strategy: 'canary',
    stable: 'blue',
    canary: 'green',
    steps: JSON.stringify(steps),
  })
  const bg = await action({
    ...common,
    strategy: 'blue-green',
    stable: 'green',
    canary: 'blue',
    'scale-down-delay': '300ms',
  })
  while (load.stats.requests < MIN_REQUESTS) await sleep(50)
  const stats = await load.stop()

  // The analysis step's own cost: 40 measurements 10 ms apart against a local JSON endpoint (file router).
  const N = quick ? 20 : 40
  const metric = {
    name: 'm',
    provider: { http: { url: `http://127.0.0.1:${statsPort}/stats`, 'json-path': '$.requests' } },
    'success-condition': 'result >= 0',
    interval: '10ms',
    count: N,
  }
  const file = {
    router: 'file',
    'router-config': join(dir, 'weights.json'),
    'router-config-outside-workspace': 'true',
    strategy: 'canary',
    stable: 'blue',
    canary: 'green',
    'on-inconclusive': 'pause',
    environment: 'bench',
    resume: 'false',
    abort: 'false',
  }
  const analysed = await action({
    ...file,
    steps: JSON.stringify([{ setWeight: 10 }, { analysis: {} }]),
    metrics: JSON.stringify([metric]),
  })
  const a = analysed.analysis.analyses[0]
  const perMeasurement = (a.durationMs - (N - 1) * 10) / N
  const at = a.metrics[0].measurements.map((m) => Date.parse(m.at))
  const gaps = at.slice(1).map((t, i) => t - (at[i] ?? t) - 10)
  const bare = await action({
    ...file,
    'router-config': join(dir, 'weights2.json'),
    steps: JSON.stringify([{ setWeight: 10 }]),
  })

  const plain = await plainReload(nginx, snippet, [bluePort, greenPort], quick ? 3 : 6)
  const served = [...servedMs(canary.analysis), ...servedMs(bg.analysis)]

  // The same canary steps through HAProxy's runtime API (the haproxy router), under the same load.
  const hap = await startHaproxy(bluePort, greenPort)
  const hapLoad = startLoad(`http://127.0.0.1:${hap.port}/`, { concurrency: 4, maxRequests: 1_000_000, maxMs: 150_000 })
  const hapInputs = {
    router: 'haproxy',
    'router-config': hap.socket,
    backends: JSON.stringify({ blue: 'blue-1', green: 'green-1' }),
    'haproxy-backend': 'shipline',
    'on-inconclusive': 'pause',
    environment: 'bench',
    resume: 'false',
    abort: 'false',
  }
  const hapRun = await action({
    ...hapInputs,
    strategy: 'canary',
    stable: 'blue',
    canary: 'green',
    steps: JSON.stringify(steps),
  })
  while (hapLoad.stats.requests < MIN_REQUESTS / 2) await sleep(50)
  const hapStats = await hapLoad.stop()
  const hapServed = servedMs(hapRun.analysis)
  console.log('### staged-rollout: weight changes under load through nginx\n')
  console.log(
    table(
      ['measure', 'value', 'goal'],
      [
        ['client requests during the two runs', String(stats.requests), `≥ ${MIN_REQUESTS}`],
        ['weight changes (5 canary steps + promote, blue-green switch)', String(served.length), '6 + 1'],
        ['**failed client requests**', `**${stats.failed}**`, '0'],
        [
          'resets retried once on a new connection (idempotent GET, RFC 9110 §9.2.2): reused keep-alive socket',
          String(stats.retriedResets),
          'reported',
        ],
        ['… fresh socket (accepted by a retiring nginx worker)', String(stats.retriedFreshResets), 'reported'],
        ['5xx answers', String(stats.status5xx), '0'],
        ['errors of failed requests', stats.errors.join(', ') || '—', ''],
        [
          'answers by version',
          Object.entries(stats.byVersion)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
          '',
        ],
        [
          'phases',
          `${canary.outputs.phase} ${canary.outputs.weight}%, blue-green ${bg.outputs.phase} ${bg.outputs.weight}%`,
          'promoted',
        ],
      ],
    ),
  )
  console.log('\n')
  console.log(
    table(
      ['decision → new weights served', 'p50 ms', 'max ms', 'goal'],
      [
        [
          'staged-rollout nginx router (nginx -t + reload + probe until only the new generation answers for 150 ms)',
          fmtMs(percentile(served, 50)),
          fmtMs(Math.max(...served)),
          '< 1000',
        ],
        [
          'plain `nginx -s reload`: command returns',
          fmtMs(percentile(plain.returned, 50)),
          fmtMs(Math.max(...plain.returned)),
          '',
        ],
        [
          'plain `nginx -s reload`: until only new workers answer (seen from outside)',
          fmtMs(percentile(plain.onlyNew, 50)),
          fmtMs(Math.max(...plain.onlyNew)),
          '',
        ],
        [
          'staged-rollout haproxy router (runtime API `set weight`, no reload, then `get weight` read-back of every server)',
          fmtMs(percentile(hapServed, 50)),
          fmtMs(Math.max(...hapServed)),
          '< 1000',
        ],
      ],
    ),
  )
  console.log('\n')
  console.log(
    table(
      ['haproxy router under load', 'value', 'goal'],
      [
        ['client requests through HAProxy', String(hapStats.requests), `≥ ${MIN_REQUESTS / 2}`],
        ['weight changes (5 canary steps + promote)', String(hapServed.length), '6'],
        ['**failed client requests**', `**${hapStats.failed}**`, '0'],
        ['5xx answers', String(hapStats.status5xx), '0'],
        [
          'answers by version',
          Object.entries(hapStats.byVersion)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
          '',
        ],
        ['phase', `${hapRun.outputs.phase} ${hapRun.outputs.weight}%`, 'promoted'],
      ],
    ),
  )
  console.log('\n')
  console.log(
    table(
      ['analysis overhead', 'value'],
      [
        [`analysis step, ${N} measurements at 10 ms (HTTP JSON provider)`, `${fmtMs(a.durationMs)} ms total`],
        [
          'own cost per measurement, mean (query round trip + evaluation + bookkeeping, timer slack included)',
          `${fmtMs(perMeasurement)} ms`,
        ],
        ['own cost per measurement, median gap beyond the 10 ms interval', `${fmtMs(percentile(gaps, 50))} ms`],
        ['whole action run, one setWeight with the file router (cold start included)', `${fmtMs(bare.ms)} ms`],
      ],
    ),
  )
  console.log(
    `\nMethod: apps, nginx (${NGINX}) and load on 127.0.0.1; the bundled action run as the runner runs it; "served" is the router's own timing from the start of the change to 150 ms of only-new answers on fresh connections; the plain-reload rows time the same snippet swap without Shipline; the haproxy row is the router's own timing from the start of the change to every weight read back over the stats socket (${HAPROXY}).`,
  )
} finally {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM')
  await sleep(200)
  rmSync(dir, { recursive: true, force: true })
}
