// The runner harness end to end, with a tiny fixture action written to a temp dir: the env it builds, the file
// commands it reads back, post with STATE_*, masking, timeouts and kill-mid-run.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { runAction, spawnAction } from '../support/runner/index.js'

let root: string
let action: string

const ACTION_YML = `name: fixture
description: harness fixture
inputs:
  token:
    description: t
    default: \${{ github.token }}
  dry-run:
    description: d
    default: 'false'
  where:
    description: w
    default: \${{ github.repository }}@\${{ github.ref_name }}
  mode:
    description: what to do
    default: ok
runs:
  using: node24
  main: main.mjs
  post: post.mjs
`

// Plain Node, written as the toolkit writes (heredocs with a random delimiter).
const MAIN = `
import { appendFileSync, readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
const put = (file, k, v) => { const d = 'ghadelimiter_' + randomUUID(); appendFileSync(process.env[file], k + '<<' + d + '\\n' + v + '\\n' + d + '\\n') }
const mode = process.env.INPUT_MODE
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(INPUT_|GITHUB_|RUNNER_|CI$|LEAK_)/.test(k)))
put('GITHUB_OUTPUT', 'env', JSON.stringify(env))
put('GITHUB_OUTPUT', 'multi', 'line one\\nline two')
put('GITHUB_OUTPUT', 'event', readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'))
put('GITHUB_OUTPUT', 'node', process.version + ' ' + process.cwd())
put('GITHUB_ENV', 'FROM_MAIN', 'yes')
appendFileSync(process.env.GITHUB_PATH, '/opt/fixture/bin\\n')
put('GITHUB_STATE', 'started', '12:00')
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### Fixture\\n| a | b |\\n')
console.log('::group::Work')
console.log('::add-mask::hunter2-secret')
if (mode === 'leak') console.log('password is hunter2-secret')
console.log('::warning file=src/x.ts,line=3,title=Heads up::careful%0Anow')
console.log('::endgroup::')
if (mode === 'fail') { console.log('::error::Input %27mode%27: %27fail%27 is what you asked for'); process.exitCode = 1 }
if (mode === 'hang') setTimeout(() => {}, 600000)
if (mode === 'graceful') { process.on('SIGINT', () => { console.log('::warning::cancelled, cleaning up'); put('GITHUB_OUTPUT', 'cancelled', 'yes'); process.exit(1) }); setTimeout(() => {}, 600000); console.log('armed') }
if (mode === 'stubborn') { process.on('SIGINT', () => console.log('ignoring SIGINT')); process.on('SIGTERM', () => console.log('ignoring SIGTERM')); setTimeout(() => {}, 600000); console.log('armed') }
if (mode === 'echo-token') { console.log('using ' + process.env.INPUT_TOKEN); console.error('npm token ' + process.env.NPM_TOKEN) }
if (mode === 'bad-output') appendFileSync(process.env.GITHUB_OUTPUT, 'broken<<EOF\\nno end\\n')
`

const POST = `
import { appendFileSync } from 'node:fs'
appendFileSync(process.env.GITHUB_OUTPUT, 'post=' + JSON.stringify({ state: process.env.STATE_started, env: process.env.FROM_MAIN ?? '', path0: process.env.PATH.split(':')[0] }) + '\\n')
console.log('::notice::post ran')
`

/** Resolves once the fixture printed 'armed' (its signal handlers are installed). */
function armed(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    let seen = ''
    child.stdout?.on('data', (c: string | Buffer) => {
      seen += c.toString()
      if (seen.includes('armed')) ok()
    })
  })
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'shipline-harness-test-'))
  action = join(root, 'fixture')
  mkdirSync(action)
  writeFileSync(join(action, 'action.yml'), ACTION_YML)
  writeFileSync(join(action, 'main.mjs'), MAIN)
  writeFileSync(join(action, 'post.mjs'), POST)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('runAction', () => {
  test('builds the runner env: inputs with defaults, GITHUB_* context, no leak of the test env', async () => {
    process.env.LEAK_ME = 'x'
    process.env.INPUT_STRAY = 'x'
    process.env.GITHUB_STRAY = 'x'
    try {
      const r = await runAction(action, {
        inputs: { 'dry-run': 'true' },
        ref: 'refs/tags/v1.2.3',
        eventName: 'release',
        eventPayload: { release: { id: 5 } },
      })
      expect(r.exitCode).toBe(0)
      const env = JSON.parse(r.outputs.env ?? '{}') as Record<string, string>
      expect(env['INPUT_DRY-RUN']).toBe('true')
      expect(env.INPUT_TOKEN).toBe('')
      expect(env.INPUT_WHERE).toBe('octo-org/octo-repo@v1.2.3')
      expect(env).toMatchObject({
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_REF_NAME: 'v1.2.3',
        GITHUB_REF_TYPE: 'tag',
        GITHUB_EVENT_NAME: 'release',
        RUNNER_OS: 'Linux',
      })
      for (const k of [
        'GITHUB_SHA',
        'GITHUB_WORKSPACE',
        'GITHUB_RUN_ID',
        'GITHUB_RUN_ATTEMPT',
        'GITHUB_WORKFLOW',
        'GITHUB_ACTOR',
        'GITHUB_JOB',
        'GITHUB_ACTION',
        'GITHUB_API_URL',
        'GITHUB_SERVER_URL',
        'RUNNER_TEMP',
        'GITHUB_STEP_SUMMARY',
      ]) {
        expect(env[k]).toBeTruthy()
      }
      expect(env.LEAK_ME).toBeUndefined()
      expect(env.INPUT_STRAY).toBeUndefined()
      expect(env.GITHUB_STRAY).toBeUndefined()
      expect(env.RUNNER_DEBUG).toBeUndefined()
      expect(JSON.parse(r.outputs.event ?? '')).toEqual({ release: { id: 5 } })
      expect(r.outputs.node).toMatch(new RegExp(`^v24\\.\\d+\\.\\d+ ${env.GITHUB_WORKSPACE}$`))
    } finally {
      delete process.env.LEAK_ME
      delete process.env.INPUT_STRAY
      delete process.env.GITHUB_STRAY
    }
  })

  test('reads outputs, env, path, state, summary, annotations and groups', async () => {
    const r = await runAction(action, { token: 'ghs_abc', debug: true })
    expect(r.outputs.multi).toBe('line one\nline two')
    expect(JSON.parse(r.outputs.env ?? '{}')).toMatchObject({ INPUT_TOKEN: 'ghs_abc', RUNNER_DEBUG: '1' })
    expect(r.env).toEqual({ FROM_MAIN: 'yes' })
    expect(r.path).toEqual(['/opt/fixture/bin'])
    expect(JSON.parse(r.outputs.event ?? '')).toMatchObject({
      ref: 'refs/heads/main',
      repository: { full_name: 'octo-org/octo-repo' },
      sender: { login: 'octocat' },
    })
    expect(r.state).toEqual({ started: '12:00' })
    expect(r.summary).toBe('### Fixture\n| a | b |\n')
    expect(r.annotations).toEqual([
      { kind: 'warning', message: 'careful\nnow', file: 'src/x.ts', line: 3, title: 'Heads up' },
    ])
    expect(r.groups).toEqual(['Work'])
    expect(r.masks).toEqual(['ghs_abc', 'hunter2-secret'])
    expect(r.leakedSecrets).toEqual([])
    // the fixture's `env` output holds INPUT_TOKEN: the runner would drop that output
    expect(r.secretOutputs).toEqual(['output env'])
    expect(r.secretFiles).toEqual([])
    expect(r.durationMs).toBeGreaterThan(0)
    expect(r.post).toBeUndefined()
  })

  test('post: runs with STATE_*, the env and path the main step exported', async () => {
    const r = await runAction(action, { post: true })
    expect(r.post?.exitCode).toBe(0)
    expect(JSON.parse(r.post?.outputs.post ?? '{}')).toEqual({ state: '12:00', env: 'yes', path0: '/opt/fixture/bin' })
    expect(r.post?.annotations).toEqual([{ kind: 'notice', message: 'post ran' }])
  })

  test('a failure: exit code 1 and the error annotation, unescaped', async () => {
    const r = await runAction(action, { inputs: { mode: 'fail' } })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.filter((a) => a.kind === 'error')).toEqual([
      { kind: 'error', message: 'Input %27mode%27: %27fail%27 is what you asked for' },
    ])
  })

  test('a masked value printed later is reported in leakedSecrets', async () => {
    const r = await runAction(action, { inputs: { mode: 'leak' } })
    expect(r.leakedSecrets).toEqual(['hunter2-secret'])
  })

  test('the token and declared secrets are masked from the start: printing them is a leak', async () => {
    // The fixture prints its whole env as an output, not in the log: no leak.
    expect((await runAction(action, { token: 'ghs_tok', secrets: ['s3cret'] })).leakedSecrets).toEqual([])
    const r = await runAction(action, {
      inputs: { mode: 'echo-token' },
      token: 'ghs_tok',
      secrets: ['npm_abc'],
      env: { NPM_TOKEN: 'npm_abc' },
    })
    expect(r.leakedSecrets.sort()).toEqual(['ghs_tok', 'npm_abc'])
  })

  test('malformed file commands throw, or are recorded when allowed', async () => {
    await expect(runAction(action, { inputs: { mode: 'bad-output' } })).rejects.toThrow(
      "Unable to process file command 'output' successfully: Invalid value. Matching delimiter not found 'EOF'",
    )
    const r = await runAction(action, { inputs: { mode: 'bad-output' }, allowFileCommandErrors: true })
    expect(r.fileCommandErrors).toHaveLength(1)
    expect(r.outputs).toEqual({})
  })

  test('an input action.yml does not declare is refused', async () => {
    await expect(runAction(action, { inputs: { dryrun: 'true' } })).rejects.toThrow("unexpected input(s) 'dryrun'")
  })

  test('timeout kills with SIGKILL', async () => {
    const r = await runAction(action, { inputs: { mode: 'hang' }, timeoutMs: 1_000 })
    expect(r.timedOut).toBe(true)
    expect(r.signal).toBe('SIGKILL')
    expect(r.exitCode).toBeNull()
  })

  test('spawnAction: the child can be killed mid-run', async () => {
    const { child, result } = spawnAction(action, { inputs: { mode: 'hang' } })
    child.kill('SIGTERM')
    const r = await result
    expect(r.signal).toBe('SIGTERM')
    expect(r.timedOut).toBe(false)
  })

  test('cancel: SIGINT first, as the runner does; the action can clean up and report', async () => {
    const run = spawnAction(action, { inputs: { mode: 'graceful' } })
    await armed(run.child)
    const r = await run.cancel()
    expect(r.exitCode).toBe(1)
    expect(r.outputs.cancelled).toBe('yes')
    expect(r.annotations).toContainEqual({ kind: 'warning', message: 'cancelled, cleaning up' })
  })

  test('cancel: an action that ignores SIGINT and SIGTERM is killed', async () => {
    const run = spawnAction(action, { inputs: { mode: 'stubborn' } })
    await armed(run.child)
    const r = await run.cancel({ sigintMs: 300, sigtermMs: 300 })
    expect(r.signal).toBe('SIGKILL')
    expect(r.stdout).toContain('ignoring SIGINT')
    expect(r.stdout).toContain('ignoring SIGTERM')
  })

  test('an unknown action is a clear error', async () => {
    await expect(runAction('no-such-action')).rejects.toThrow("runAction: no action 'no-such-action'")
  })
})
