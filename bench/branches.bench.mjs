// Release branches: (1) the changelog action's drift report (bundled) on a real history with long-lived branches
// (fastify's main/5.x/4.x, metadata only: test/fixtures/changelog/fastify-branches.fi.gz), side by side with the
// usual way a back-merge bot finds out whether a branch merges cleanly: a worktree checkout of the branch and a
// real `git merge --no-commit`, then abort and remove; (2) the GitHub API calls publish-release's release gate makes.
// Usage: node bench/branches.bench.mjs [--quick]
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { fmtMs, median, node24, root, runnerEnv, table } from './lib.mjs'

const quick = process.argv.includes('--quick')
const RUNS = quick ? 3 : 7
const work = mkdtempSync(join(tmpdir(), 'bench-branches-'))
const git = (cwd, ...a) => execFileSync('git', a, { cwd, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] })

try {
  const bare = join(work, 'fixture.git')
  execFileSync('git', ['init', '-q', '--bare', bare])
  execFileSync('git', ['fast-import', '--quiet', '--done'], {
    cwd: bare,
    input: gunzipSync(readFileSync(join(root, 'test', 'fixtures', 'changelog', 'fastify-branches.fi.gz'))),
  })
  execFileSync('git', ['symbolic-ref', 'HEAD', 'refs/heads/main'], { cwd: bare })
  const repo = join(work, 'repo')
  execFileSync('git', ['clone', '-q', '--branch', 'main', bare, repo])
  git(repo, 'branch', 'develop', 'HEAD~3')
  git(repo, '-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-q', '--allow-empty', '-m', 'feat: wip')
  const action = join(root, 'actions', 'changelog', 'dist', 'index.js')

  const ours = (branch) => {
    const r = runnerEnv({
      GITHUB_WORKSPACE: repo,
      INPUT_DRIFT: branch,
      'INPUT_DRIFT-TRUNK': 'main',
      INPUT_SOURCE: 'commits',
      'INPUT_TAG-PREFIX': 'v',
      'INPUT_INITIAL-VERSION': '0.1.0',
      'INPUT_SKIP-LABEL': 'skip-changelog',
      'INPUT_WORKING-DIRECTORY': '.',
      'INPUT_BACK-MERGE': 'false',
    })
    const t = performance.now()
    execFileSync(node24, [action], { cwd: repo, env: r.env, stdio: 'pipe' })
    const ms = performance.now() - t
    const out = readFileSync(r.env.GITHUB_OUTPUT, 'utf8')
    r.cleanup()
    return { ms, clean: /drift-clean<<[^\n]*\ntrue/.test(out) }
  }
  const peer = (branch) => {
    const wt = join(work, `wt-${Math.random().toString(36).slice(2)}`)
    const t = performance.now()
    git(repo, 'worktree', 'add', '-q', '--detach', wt, `origin/${branch}`.replace('origin/develop', 'develop'))
    let clean = true
    try {
      git(wt, '-c', 'user.name=a', '-c', 'user.email=a@b', 'merge', '--no-commit', '--no-ff', 'main')
    } catch {
      clean = false
    }
    git(wt, 'merge', '--abort')
    git(repo, 'worktree', 'remove', '--force', wt)
    return { ms: performance.now() - t, clean }
  }
  const rows = []
  for (const branch of ['5.x', 'develop']) {
    const a = Array.from({ length: RUNS }, () => ours(branch))
    const b = Array.from({ length: RUNS }, () => peer(branch))
    rows.push([
      branch,
      a[0].clean ? 'clean' : 'conflicts',
      b[0].clean ? 'clean' : 'conflicts',
      fmtMs(median(a.map((x) => x.ms))),
      fmtMs(median(b.map((x) => x.ms))),
      git(repo, 'status', '--porcelain').trim() === '' ? 'yes' : 'NO',
    ])
  }
  console.log('### Branch drift: merge-tree in memory vs a worktree merge\n')
  console.log(
    table(
      [
        'branch ← main',
        'drift report says',
        'worktree merge says',
        'drift report ms (bundled action, median)',
        'worktree + merge + abort ms (median)',
        'work tree untouched',
      ],
      rows,
    ),
  )
  console.log(
    `\n${RUNS} runs each; the drift report includes the action's start-up (node, bundle); the peer is git alone. The fixture's placeholders make every file changed on both sides conflict, so 5.x conflicts in both.\n`,
  )

  // (2) API calls of the release gate, counted by the emulator.
  const child = spawn(node24, [join(root, 'test', 'support', 'github-emulator', 'server.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const port = await new Promise((ok) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const m = /LISTENING (\d+)/.exec(out)
      if (m) ok(Number(m[1]))
    })
  })
  const url = `http://127.0.0.1:${port}`
  const ctl = async (method, path, body) =>
    (
      await fetch(`${url}/_emulator/${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body && JSON.stringify(body),
      })
    ).json()
  const callRows = []
  for (const [label, inputs] of [
    ['no gate input', {}],
    ['required-checks: 2 names', { 'REQUIRED-CHECKS': 'build, ci/jenkins' }],
    [
      'full gate (checks, notes, changelog, docs, milestone)',
      {
        'REQUIRED-CHECKS': 'build, ci/jenkins',
        'REQUIRE-NOTES': 'true',
        'CHANGELOG-FILE': 'CHANGELOG.md',
        'DOCS-PATHS': 'docs/**',
        'CHECK-MILESTONE': 'true',
      },
    ],
  ]) {
    const { owner, repo: name } = await ctl('POST', 'repos', {})
    await ctl('POST', 'seed', { owner, repo: name, data: { tags: [{ name: 'v0.9.0' }] } })
    await ctl('POST', 'seed', {
      owner,
      repo: name,
      data: {
        commits: [{ message: 'feat: x', files: [{ filename: 'CHANGELOG.md' }, { filename: 'docs/x.md' }] }],
        checkRuns: [{ name: 'build', conclusion: 'success' }],
        statuses: [{ context: 'ci/jenkins', state: 'success' }],
        milestones: [{ title: 'v1.0.0' }],
      },
    })
    const ws = mkdtempSync(join(work, 'ws-'))
    const r = runnerEnv({ GITHUB_API_URL: url, GITHUB_REPOSITORY: `${owner}/${name}`, GITHUB_WORKSPACE: ws })
    const all = {
      TAG: 'v1.0.0',
      NOTES: '### Features\n- x',
      TOKEN: 'bench',
      REPOSITORY: `${owner}/${name}`,
      'DRY-RUN': 'true',
      'DIST-TAG': 'latest',
      REGISTRY: 'https://registry.npmjs.org/',
      'CHECKS-TIMEOUT': '10m',
      'HAS-FEATURES': 'auto',
      ...inputs,
    }
    for (const [k, v] of Object.entries(all)) r.env[`INPUT_${k}`] = v
    const t = performance.now()
    execFileSync(node24, [join(root, 'actions', 'publish-release', 'dist', 'index.js')], {
      cwd: ws,
      env: r.env,
      stdio: 'pipe',
    })
    const ms = performance.now() - t
    const calls = await ctl('GET', `calls?repo=${encodeURIComponent(`${owner}/${name}`)}`)
    callRows.push([label, calls.length, fmtMs(ms)])
    r.cleanup()
  }
  child.kill('SIGTERM')
  console.log('### publish-release gate: GitHub API calls (dry run, checks already green)\n')
  console.log(table(['gate inputs', 'API calls (whole dry run)', 'wall ms'], callRows))
  console.log(
    '\nThe gate reads only; pending checks add two calls (check runs + combined status) per poll, about 30 polls over checks-timeout.',
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
