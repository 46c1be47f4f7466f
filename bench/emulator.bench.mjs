// The GitHub API emulator (test/support/github-emulator): process start-up (cold = first on a machine, which cuts
// the spec and compiles + caches the validators; warm = every later start), warm request latency over loopback
// keep-alive HTTP (p50/p99), and RSS. Side by side, in one run: the in-process cost of routing + validating one
// request and its response with our route table + precompiled ajv vs openapi-backend on the full GitHub description
// (the approach test-realism.md §1 measured at 17 ms/request).
// Usage: node bench/emulator.bench.mjs [--quick]
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fmtMiB, fmtMs, node24, percentile, root, table } from './lib.mjs'

const quick = process.argv.includes('--quick')
const N = quick ? 500 : 2000
const WARM = 200
const STARTS = quick ? 3 : 6
const server = join(root, 'test', 'support', 'github-emulator', 'server.mjs')

/** Spawn an emulator; resolve with its pid, port and ms to `LISTENING`. */
function start(env = process.env) {
  const t = performance.now()
  const child = spawn(node24, [server], { env, stdio: ['pipe', 'pipe', 'inherit'] })
  return new Promise((ok, fail) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const m = /LISTENING (\d+)/.exec(out)
      if (m) ok({ child, port: Number(m[1]), ms: performance.now() - t })
    })
    child.once('exit', (c) => fail(new Error(`emulator exited ${c}`)))
  })
}
const stop = (child) => new Promise((ok) => (child.once('exit', ok), child.kill('SIGTERM')))
const rss = (pid, field = 'VmRSS') =>
  Number(
    /(\d+) kB/.exec(
      readFileSync(`/proc/${pid}/status`, 'utf8')
        .split('\n')
        .find((l) => l.startsWith(field)) ?? '',
    )?.[1] ?? 0,
  ) * 1024

const agent = new Agent({ keepAlive: true, maxSockets: 1 })
function call(port, method, path, body) {
  return new Promise((ok, fail) => {
    const data = body === undefined ? undefined : JSON.stringify(body)
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          authorization: 'token bench',
          accept: 'application/vnd.github+json',
          ...(data ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => ok({ status: res.statusCode, body: Buffer.concat(chunks) }))
      },
    )
    req.on('error', fail)
    req.end(data)
  })
}
async function latency(port, label, method, path, body, want = (/** @type {number} */ s) => s < 300) {
  for (let i = 0; i < WARM; i++) await call(port, method, path(i), body?.(i))
  const times = []
  let bytes = 0
  for (let i = 0; i < N; i++) {
    const t = performance.now()
    const r = await call(port, method, path(WARM + i), body?.(WARM + i))
    times.push(performance.now() - t)
    if (!want(r.status)) throw new Error(`${label}: ${r.status} ${r.body}`)
    bytes = r.body.length
  }
  return [
    label,
    fmtMs(percentile(times, 50)),
    fmtMs(percentile(times, 99)),
    String(N),
    `${(bytes / 1024).toFixed(1)} KiB`,
  ]
}

// --- start-up ---
const coldDir = mkdtempSync(join(tmpdir(), 'bench-emu-cold-'))
const cold = await start({ ...process.env, TMPDIR: coldDir }) // empty cache: cut spec + compile + write validators
await stop(cold.child)
rmSync(coldDir, { recursive: true, force: true })
const warmStarts = []
for (let i = 0; i < STARTS; i++) {
  const s = await start()
  warmStarts.push(s.ms)
  await stop(s.child)
}

// --- latency and memory ---
const emu = await start()
const ctl = (path, body) =>
  fetch(`http://127.0.0.1:${emu.port}/_emulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
await ctl('seed', {
  owner: 'bench',
  repo: 'app',
  data: {
    releases: Array.from({ length: 250 }, (_, i) => ({
      tag_name: `v1.0.${i}`,
      assets: [{ name: 'app.tgz', content: 'x' }],
    })),
  },
})
const rssIdle = rss(emu.child.pid)
const mainSha = JSON.parse((await call(emu.port, 'GET', '/repos/bench/app/git/ref/heads%2Fmain')).body.toString())
  .object.sha
const rows = [
  await latency(
    emu.port,
    'GET /repos/{o}/{r}/releases/tags/{tag}',
    'GET',
    (i) => `/repos/bench/app/releases/tags/v1.0.${i % 250}`,
  ),
  await latency(
    emu.port,
    'GET /repos/{o}/{r}/releases?per_page=30&page=N (paginated)',
    'GET',
    (i) => `/repos/bench/app/releases?per_page=30&page=${1 + (i % 8)}`,
  ),
  await latency(emu.port, 'GET /repos/{o}/{r}/git/ref/{ref}', 'GET', () => '/repos/bench/app/git/ref/heads%2Fmain'),
  await latency(
    emu.port,
    'POST /repos/{o}/{r}/git/refs (create-ref)',
    'POST',
    () => '/repos/bench/app/git/refs',
    (i) => ({ ref: `refs/heads/b${i}`, sha: mainSha }),
  ),
  await latency(
    emu.port,
    'GET /repos/{o}/{r}/releases/tags/{tag} → 404',
    'GET',
    () => '/repos/bench/app/releases/tags/nope',
    undefined,
    (s) => s === 404,
  ),
]
const rssAfter = rss(emu.child.pid)
const rssPeak = rss(emu.child.pid, 'VmHWM')
await stop(emu.child)
agent.destroy()

// --- in-process: our route + validators vs openapi-backend on the full description ---
const inproc = await inProcess()

console.log('### GitHub API emulator\n')
console.log(
  table(
    ['start-up', 'ms'],
    [
      ['cold (first on the machine: cut spec, compile and cache validators)', fmtMs(cold.ms)],
      [`warm (median of ${STARTS})`, fmtMs(percentile(warmStarts, 50))],
      [`warm (max of ${STARTS})`, fmtMs(Math.max(...warmStarts))],
    ],
  ),
)
console.log()
console.log(table(['warm request over loopback keep-alive', 'p50 ms', 'p99 ms', 'requests', 'response'], rows))
console.log()
console.log(
  table(
    ['memory', 'MiB'],
    [
      ['RSS after start + seed (250 releases)', fmtMiB(rssIdle)],
      ['RSS after the latency runs', fmtMiB(rssAfter)],
      ['peak RSS (VmHWM)', fmtMiB(rssPeak)],
    ],
  ),
)
console.log()
console.log(
  table(
    [
      'in-process: route + validate request + validate response (get-release-by-tag)',
      'init ms',
      'first call ms',
      'warm µs/request',
    ],
    inproc,
  ),
)
console.log(
  `\nMethod: Node ${process.version}; ${WARM} warm-up requests then ${N} timed, one keep-alive connection, sequential; the 404 row measures the error path. Start-up = spawn → \`LISTENING\`. Goal: warm p50 < 5 ms.`,
)

async function inProcess() {
  const { loadCutSpec, specPath, fixNullable } = await import('../test/support/github-emulator/spec.mjs')
  const { App, OPERATIONS } = await import('../test/support/github-emulator/app.mjs')
  const { Repo } = await import('../test/support/github-emulator/store.mjs')
  const { release } = await import('../test/support/github-emulator/shapes.mjs')
  const repo = new Repo('bench', 'app')
  const rel = {
    id: 1,
    untaggedId: 'x',
    tagName: 'v1.0.0',
    targetCommitish: 'main',
    name: 'v1',
    body: 'b',
    draft: false,
    prerelease: false,
    author: 'octocat',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    publishedAt: '2024-01-01T00:00:00Z',
    assets: new Map(),
  }
  const body = release(repo, 'http://127.0.0.1:1', rel)
  const path = '/repos/bench/app/releases/tags/v1.0.0'
  const REPS = quick ? 300 : 1000

  let t = performance.now()
  const app = new App(loadCutSpec(OPERATIONS), tmpdir())
  const oursInit = performance.now() - t
  const ours = () => {
    const { op, params } = app.route('GET', path)
    const p = { ...params }
    if (app.validator.params(op, p).length || app.validator.response(op, 200, body).length)
      throw new Error('ours: invalid')
  }
  t = performance.now()
  ours()
  const oursFirst = performance.now() - t
  t = performance.now()
  for (let i = 0; i < REPS; i++) ours()
  const oursWarm = ((performance.now() - t) / REPS) * 1000

  const mod = await import('openapi-backend')
  const OpenAPIBackend = mod.OpenAPIBackend ?? mod.default?.OpenAPIBackend ?? mod.default
  t = performance.now()
  const api = new OpenAPIBackend({
    definition: fixNullable(JSON.parse(readFileSync(specPath(), 'utf8'))),
    quick: true,
    validate: true,
    strict: false,
    ajvOpts: { strict: false, validateFormats: false },
  })
  await api.init()
  const peerInit = performance.now() - t
  const peer = () => {
    const req = { method: 'GET', path, headers: { accept: 'application/json' }, query: {} }
    const operation = api.router.matchOperation(req)
    if (!operation) throw new Error('peer: no route')
    const v = api.validateRequest(req, operation)
    const r = api.validateResponse(body, operation, 200)
    if (!v.valid || (r.errors && r.errors.length))
      throw new Error(`peer: invalid ${JSON.stringify(v.errors ?? r.errors).slice(0, 300)}`)
  }
  t = performance.now()
  peer()
  const peerFirst = performance.now() - t
  const peerReps = quick ? 20 : 60
  t = performance.now()
  for (let i = 0; i < peerReps; i++) peer()
  const peerWarm = ((performance.now() - t) / peerReps) * 1000
  return [
    [
      'ours: method+template table, precompiled ajv (cut spec, cached)',
      fmtMs(oursInit),
      fmtMs(oursFirst),
      oursWarm.toFixed(1),
    ],
    [
      'openapi-backend 5.21 (full spec, quick: true, formats off)',
      fmtMs(peerInit),
      fmtMs(peerFirst),
      peerWarm.toFixed(1),
    ],
  ]
}
