// publish-release: (1) peak RSS and time of the bundled action uploading one big asset (1 GiB; 100 MiB with
// --quick) to the GitHub emulator, side by side in the same run with a naive uploader that reads the file into one
// Buffer and hands it to octokit (the common pattern in release actions), and with curl streaming the same file;
// (2) GitHub API calls the action makes per release with N assets (goal ≤ N + 4).
// Usage: node bench/publish-release.bench.mjs [--quick]
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fmtMiB, node24, root, runnerEnv, table } from './lib.mjs'

/** The GitHub emulator (plain ESM server, so this runs under any Node), driven through its control endpoints. */
async function startEmulator() {
  const child = spawn(node24, [join(root, 'test', 'support', 'github-emulator', 'server.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const port = await new Promise((ok, fail) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const m = /LISTENING (\d+)/.exec(out)
      if (m) ok(Number(m[1]))
    })
    child.once('exit', (c) => fail(new Error(`emulator exited ${c}`)))
  })
  const url = `http://127.0.0.1:${port}`
  const ctl = async (method, path, body) => {
    const res = await fetch(`${url}/_emulator/${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!res.ok) throw new Error(`emulator ${method} ${path}: ${res.status}`)
    return res.json()
  }
  const q = (owner, repo) => `repo=${encodeURIComponent(`${owner}/${repo}`)}`
  return {
    url,
    repo: () => ctl('POST', 'repos', {}),
    state: (owner, repo) => ctl('GET', `state?${q(owner, repo)}`),
    calls: (owner, repo) => ctl('GET', `calls?${q(owner, repo)}`),
    stop: () => new Promise((ok) => (child.once('exit', ok), child.kill('SIGTERM'))),
  }
}

const quick = process.argv.includes('--quick')
const SIZE = (quick ? 100 : 1024) * 1024 * 1024
const action = join(root, 'actions', 'publish-release', 'dist', 'index.js')

/** Run a command under GNU time; resolve with exit code, wall ms and peak RSS (bytes). */
function timed(cmd, args, env, cwd) {
  const t = performance.now()
  const child = spawn('/usr/bin/time', ['-f', 'MAXRSS %M', cmd, ...args], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (err += d))
  return new Promise((ok) =>
    child.on('close', (code) => {
      const kb = Number(/MAXRSS (\d+)/.exec(err)?.[1] ?? 0)
      ok({ code, ms: performance.now() - t, rss: kb * 1024, out, err })
    }),
  )
}

async function bigFile(dir) {
  const path = join(dir, 'dist', 'big.bin')
  mkdirSync(join(dir, 'dist'), { recursive: true })
  const chunk = randomBytes(1 << 20)
  const out = createWriteStream(path)
  for (let i = 0; i < SIZE / chunk.length; i++) if (!out.write(chunk)) await new Promise((ok) => out.once('drain', ok))
  await new Promise((ok) => out.end(ok))
  return path
}

function actionEnv(gh, owner, repo, workspace, inputs) {
  const r = runnerEnv({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: `${owner}/${repo}`, GITHUB_WORKSPACE: workspace })
  for (const [k, v] of Object.entries({
    token: 'bench-token',
    repository: `${owner}/${repo}`,
    'dist-tag': 'latest',
    registry: 'https://registry.npmjs.org/',
    ...inputs,
  })) {
    r.env[`INPUT_${k.toUpperCase()}`] = v
  }
  return r
}

const gh = await startEmulator()
const work = mkdtempSync(join(tmpdir(), 'bench-publish-release-'))
try {
  const big = await bigFile(work)
  const rows = []

  // 1a. the action, streamed
  {
    const { owner, repo } = await gh.repo()
    const r = actionEnv(gh, owner, repo, work, { tag: 'v1.0.0', artifacts: 'dist/big.bin' })
    const res = await timed(node24, [action], r.env, work)
    r.cleanup()
    if (res.code !== 0) throw new Error(`action failed:\n${res.out.slice(-2000)}`)
    const rel = (await gh.state(owner, repo)).releases[0]
    rows.push([
      'publish-release (streamed, hash + upload + read-back)',
      fmtMiB(SIZE),
      (res.ms / 1000).toFixed(1),
      fmtMiB(res.rss),
      rel.assets[0].size === SIZE ? 'yes' : 'no',
    ])
  }
  // 1b. naive: fs.readFile into one Buffer, then octokit upload
  {
    const { owner, repo } = await gh.repo()
    const script = join(work, 'naive.mjs')
    writeFileSync(
      script,
      `import { readFile } from 'node:fs/promises'
import { Octokit } from '${join(root, 'node_modules', '@octokit', 'rest', 'dist-src', 'index.js')}'
const o = new Octokit({ auth: 'bench-token', baseUrl: process.env.GITHUB_API_URL })
const { data: rel } = await o.rest.repos.createRelease({ owner: '${owner}', repo: '${repo}', tag_name: 'v1.0.0', draft: true })
const data = await readFile(process.argv[2])
await o.request({ method: 'POST', url: rel.upload_url, name: 'big.bin', data, headers: { 'content-type': 'application/octet-stream' } })
`,
    )
    const res = await timed(node24, [script, big], { ...process.env, GITHUB_API_URL: gh.url }, work)
    if (res.code !== 0) throw new Error(`naive uploader failed: ${res.err.slice(-1000)}`)
    rows.push([
      'naive: fs.readFile → one Buffer → octokit',
      fmtMiB(SIZE),
      (res.ms / 1000).toFixed(1),
      fmtMiB(res.rss),
      'yes',
    ])
  }
  // 1c. curl streaming the file (a floor for time and memory)
  {
    const { owner, repo } = await gh.repo()
    const created = await fetch(`${gh.url}/repos/${owner}/${repo}/releases`, {
      method: 'POST',
      headers: { authorization: 'token bench-token', 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: 'v1.0.0', draft: true }),
    })
    const rel = await created.json()
    const url = rel.upload_url.replace(/\{.*\}$/, '?name=big.bin')
    const res = await timed(
      'curl',
      [
        '-sS',
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        '-H',
        'authorization: token bench-token',
        '-H',
        'content-type: application/octet-stream',
        '-X',
        'POST',
        '-T',
        big,
        url,
      ],
      process.env,
      work,
    )
    rows.push([
      `curl -T (streams; HTTP ${res.out})`,
      fmtMiB(SIZE),
      (res.ms / 1000).toFixed(1),
      fmtMiB(res.rss),
      res.out === '201' ? 'yes' : 'no',
    ])
  }
  rmSync(big)

  // 2. API calls per release with N assets
  const callRows = []
  for (const n of [1, 5, 20]) {
    const dir = join(work, `n${n}`)
    mkdirSync(join(dir, 'dist'), { recursive: true })
    for (let i = 0; i < n; i++) writeFileSync(join(dir, 'dist', `asset-${i}.txt`), `asset ${i}\n`)
    const { owner, repo } = await gh.repo()
    const r = actionEnv(gh, owner, repo, dir, { tag: 'v2.0.0', artifacts: 'dist/*.txt' })
    const first = await timed(node24, [action], r.env, dir)
    const callsFirst = (await gh.calls(owner, repo)).length
    const second = await timed(node24, [action], r.env, dir)
    const callsSecond = (await gh.calls(owner, repo)).length - callsFirst
    r.cleanup()
    if (first.code !== 0 || second.code !== 0) throw new Error(`action failed with ${n} assets`)
    callRows.push([n, callsFirst, n + 4, callsFirst <= n + 4 ? 'yes' : 'no', callsSecond])
  }

  console.log(`### publish-release: streamed upload and API calls\n`)
  console.log(table(['uploader', 'asset MiB', 'wall s', 'peak RSS MiB', 'asset complete'], rows))
  console.log()
  console.log(
    table(
      ['assets N', 'API calls (first run)', 'goal N + 4', 'within goal', 'API calls (re-run, nothing to do)'],
      callRows,
    ),
  )
  console.log(
    `\nMethod: one run on this machine against the GitHub emulator on 127.0.0.1. Peak RSS is GNU time's max resident set of the uploading process (the action's includes hashing the file for verification and the read-back). API calls are the emulator's per-repo call log (one fresh repo per N; no npm package).`,
  )
} finally {
  await gh.stop()
  rmSync(work, { recursive: true, force: true })
}
