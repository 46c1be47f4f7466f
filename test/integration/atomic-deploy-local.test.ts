/**
 * atomic-deploy against `local:` hosts (directories on the runner): failures at each phase on one host, a killed
 * runner, concurrent deploys, rollback, cleanup, dry run and bad input. The bundled dist/index.js runs through
 * the runner harness, as on a runner.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  appendFileSync,
  mkdtempSync,
  mkdirSync,
  rmSync,
  writeFileSync,
  existsSync,
  symlinkSync,
  renameSync,
  chmodSync,
  readlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, spawnAction, type RunOptions } from '../support/runner/index.js'
import { makeArtifact, makeMaliciousArtifact, hostState, startWeb } from '../fixtures/atomic-deploy/fixture.js'

let dir: string
let web: Awaited<ReturnType<typeof startWeb>>
const N = 4
const roots: string[] = []
const arts: Record<string, string> = {}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sl-adl-'))
  for (let i = 1; i <= N; i++) {
    mkdirSync(join(dir, `h${i}`))
    roots.push(join(dir, `h${i}`))
  }
  for (const v of ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0', '1.5.0']) arts[v] = makeArtifact(dir, v)
  arts.sick3 = makeArtifact(dir, '2.0.0', { unhealthy: '3' })
  web = await startWeb(roots, 'web')
})
afterAll(async () => {
  await web?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const hosts = (rs: readonly string[] = roots): string => rs.map((r) => `local:${r}`).join('\n')
function deploy(version: string, inputs: Record<string, string> = {}, opts: RunOptions = {}) {
  return runAction('atomic-deploy', {
    workspace: dir,
    inputs: {
      app: 'web',
      version,
      artifact: arts[version] ?? version,
      hosts: hosts(),
      path: '{app}',
      'health-check': `${web.url}/h{index}/health`,
      'health-timeout': '2s',
      ...inputs,
    },
    ...opts,
  })
}
const currents = (app = 'web'): (string | undefined)[] => roots.map((r) => hostState(r, app).current)
const errorText = (r: { annotations: { kind: string; message: string }[] }): string =>
  r.annotations
    .filter((a) => a.kind === 'error')
    .map((a) => a.message)
    .join('\n')

describe('atomic-deploy on local hosts', () => {
  test('deploys to every host, serves the new version, records it; re-deploy is a no-op', async () => {
    const r = await deploy('1.0.0', { 'shared-paths': 'storage/\n' })
    expect(errorText(r)).toBe('')
    expect(r.exitCode).toBe(0)
    expect(currents()).toEqual(Array(N).fill('releases/1.0.0'))
    for (let i = 1; i <= N; i++) expect(await web.get(i, 'VERSION')).toBe('1.0.0\n')
    expect(r.outputs.release).toBe('1.0.0')
    const perHost = JSON.parse(r.outputs.hosts as string) as { result: string; timings: Record<string, unknown> }[]
    expect(perHost.map((h) => h.result)).toEqual(Array(N).fill('switched'))
    expect(Object.keys(perHost[0]!.timings)).toEqual(expect.arrayContaining(['lock', 'stage', 'switch', 'health']))
    expect(r.summary).toMatch(/Switch skew/)
    expect(r.summary).toContain('```mermaid')
    const s = hostState(roots[0]!, 'web')
    expect(s.locked).toBe(false)
    expect(s.log.at(-1)).toMatchObject({
      version: '1.0.0',
      outcome: 'success',
      who: 'octocat',
      run: expect.stringContaining('/actions/runs/'),
    })
    expect(existsSync(join(roots[0]!, 'web/releases/1.0.0/storage'))).toBe(true)
    const again = await deploy('1.0.0')
    expect(again.exitCode).toBe(0)
    expect(again.stdout).toMatch(/already live on every host: nothing to do/)
  })

  test('health check fails on host 3 after the switch: every host goes back, the release is marked failed', async () => {
    await deploy('1.1.0')
    const r = await deploy('2.0.0', { artifact: arts.sick3! })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(/h3 failed at health-check: GET http:\/\/127\.0\.0\.1:\d+\/h3\/health answered 500/)
    expect(errorText(r)).toMatch(/Every host was switched back to the release it had before \(1\.1\.0\)/)
    expect(currents()).toEqual(Array(N).fill('releases/1.1.0'))
    for (const root of roots)
      expect(hostState(root, 'web').log.at(-1)).toMatchObject({ version: '2.0.0', outcome: 'failed' })
    const perHost = JSON.parse(r.outputs.hosts as string) as { result: string }[]
    expect(perHost.map((h) => h.result)).toEqual(Array(N).fill('reverted'))
  })

  test('before-switch fails on one host: nothing is switched', async () => {
    const r = await deploy('1.2.0', {
      'before-switch': 'test "$SHIPLINE_HOST" != h2 || { echo "migrations failed on $SHIPLINE_HOST" >&2; exit 7; }',
    })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(
      /h2 failed at before-switch: the before-switch command failed: .*migrations failed on h2/,
    )
    expect(errorText(r)).toMatch(/Nothing was switched/)
    expect(currents()).toEqual(Array(N).fill('releases/1.1.0'))
    expect(hostState(roots[1]!, 'web').log.at(-1)).toMatchObject({ version: '1.2.0', outcome: 'failed' })
  })

  test('checksum mismatch on one host (corrupted in transit): refused before unpacking, nothing switched', async () => {
    // A sha256sum on PATH that lies for host 4 only: what a corrupted upload looks like to the host.
    const bin = join(dir, 'fakebin')
    mkdirSync(bin, { recursive: true })
    writeFileSync(
      join(bin, 'sha256sum'),
      '#!/bin/sh\ncase "$PWD" in */h4/*) echo "0000000000000000000000000000000000000000000000000000000000000000  -";; *) exec /usr/bin/sha256sum "$@";; esac\n',
    )
    chmodSync(join(bin, 'sha256sum'), 0o755)
    const r = await deploy('1.3.0', {}, { env: { PATH: `${bin}:${process.env.PATH}` } })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(
      /h4 failed at stage: the artifact did not match its sha256 on the host: sha256 mismatch on the host: expected [0-9a-f]{64}, got 0{64}/,
    )
    expect(currents()).toEqual(Array(N).fill('releases/1.1.0'))
    expect(hostState(roots[3]!, 'web').releases).not.toContain('1.3.0')
    expect(hostState(roots[3]!, 'web').log.at(-1)).toMatchObject({ version: '1.3.0', outcome: 'failed' })
  })

  test('re-run after the failure reuses staged releases and succeeds', async () => {
    const r = await deploy('1.3.0')
    expect(r.exitCode).toBe(0)
    const staged = (JSON.parse(r.outputs.hosts as string) as { staged: string }[]).map((h) => h.staged)
    expect(staged).toEqual(['reused', 'reused', 'reused', 'uploaded'])
    expect(currents()).toEqual(Array(N).fill('releases/1.3.0'))
  })

  test('a host that is down (missing directory) fails the lock phase and releases the locks taken', async () => {
    const gone = join(dir, 'gone', 'deeper')
    const r = await deploy('1.4.0', { hosts: hosts([...roots, gone]) })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(/local:.*gone\/deeper failed at lock: the deploy path does not exist/)
    expect(errorText(r)).toMatch(/Nothing was switched; the locks already taken were released/)
    for (const root of roots) expect(hostState(root, 'web')).toMatchObject({ current: 'releases/1.3.0', locked: false })
  })

  test('rollback goes to the previous good release, skipping failed ones; a second rollback goes further', async () => {
    const r = await runAction('atomic-deploy', {
      workspace: dir,
      inputs: { app: 'web', mode: 'rollback', hosts: hosts(), path: '{app}' },
    })
    expect(errorText(r)).toBe('')
    expect(r.outputs.release).toBe('1.1.0')
    expect(r.outputs['previous-release']).toBe('1.3.0')
    expect(currents()).toEqual(Array(N).fill('releases/1.1.0'))
    const again = await runAction('atomic-deploy', {
      workspace: dir,
      inputs: { app: 'web', mode: 'rollback', hosts: hosts(), path: '{app}' },
    })
    expect({ release: again.outputs.release, error: errorText(again) }).toEqual({ release: '1.0.0', error: '' })
    expect(currents()).toEqual(Array(N).fill('releases/1.0.0'))
  })

  test('keep-releases deletes the oldest, never the live or previous one', async () => {
    await deploy('1.4.0')
    const r = await deploy('1.5.0', { 'keep-releases': '2' })
    expect(r.exitCode).toBe(0)
    expect(hostState(roots[0]!, 'web').releases).toEqual(['1.4.0', '1.5.0'])
  })

  test('parallel: 1 stages one host at a time; the staged hosts wait at the barrier and all switch together', async () => {
    const r = await deploy('1.0.0', { parallel: '1' })
    expect(errorText(r)).toBe('')
    const perHost = JSON.parse(r.outputs.hosts as string) as {
      timings: Record<string, { start: number; ms: number }>
      switchedAtNs: string
    }[]
    for (let i = 1; i < perHost.length; i++)
      expect(perHost[i]!.timings.stage!.start).toBeGreaterThanOrEqual(
        perHost[i - 1]!.timings.stage!.start + perHost[i - 1]!.timings.stage!.ms - 1,
      )
    expect(new Set(perHost.map((h) => h.timings.switch!.start)).size).toBe(1)
    expect(currents()).toEqual(Array(N).fill('releases/1.0.0'))
    await deploy('1.5.0')
  })

  test('dry run prints the plan for every host and changes nothing', async () => {
    const before = roots.map((r) => hostState(r, 'web'))
    const r = await deploy('1.2.0', { 'dry-run': 'true' })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(/switch current: releases\/1\.5\.0 → releases\/1\.2\.0/)
    expect(r.summary).toMatch(/Plan: Deploy of web 1\.2\.0/)
    expect(roots.map((x) => hostState(x, 'web'))).toEqual(before)
  })
})

describe('a release log with lines that look like the session protocol', () => {
  test("its lines (and a torn last line) stay log lines: the upload, the switch and the commit go by the host's own answers", async () => {
    const torn = { app: 'torn', 'health-check': '' }
    expect(errorText(await deploy('1.0.0', torn))).toBe('')
    const fake = '\nSEND\nSTAGED\nREUSED\nPREPARED releases/0.0.1\nSWITCHED 1\nDONE\n{"version":"1.0.0","outcome":"succ'
    for (const r of roots) appendFileSync(join(r, 'torn', '.shipline', 'releases.log'), fake)
    const r = await deploy('1.1.0', torn)
    expect(errorText(r)).toBe('')
    expect(roots.map((x) => readlinkSync(join(x, 'torn', 'current')))).toEqual(Array(N).fill('releases/1.1.0'))
    const out = JSON.parse(r.outputs.hosts as string) as { previous: string; staged: string; switchedAtNs: string }[]
    for (const h of out) {
      expect(h).toMatchObject({ previous: 'releases/1.0.0', staged: 'uploaded' })
      expect(BigInt(h.switchedAtNs)).toBeGreaterThan(10n ** 18n)
    }
  })
})

describe('killed runner, concurrency, independent apps', () => {
  test('SIGKILL after the switch (during the health check), re-run converges; the lock needs take-over-lock', async () => {
    const ready = join(dir, 'kill-ready')
    const run = spawnAction('atomic-deploy', {
      workspace: dir,
      inputs: {
        app: 'web',
        version: '1.2.0',
        artifact: arts['1.2.0']!,
        hosts: hosts(),
        path: '{app}',
        'health-check': `touch ${ready}; sleep 3`,
        'health-timeout': '10s',
      },
    })
    for (let i = 0; i < 200 && !existsSync(ready); i++) await new Promise((ok) => setTimeout(ok, 50))
    run.child.kill('SIGKILL')
    const killed = await run.result
    expect(killed.signal).toBe('SIGKILL')
    expect(currents()).toEqual(Array(N).fill('releases/1.2.0'))
    expect(hostState(roots[0]!, 'web').locked).toBe(true)
    // A host a killed legacy run left behind on another release: the re-run must converge it too.
    symlinkSync('releases/1.4.0', join(roots[1]!, 'web', 'tmp-link'))
    renameSync(join(roots[1]!, 'web', 'tmp-link'), join(roots[1]!, 'web', 'current'))
    const blocked = await deploy('1.2.0', {}, { env: { GITHUB_RUN_ID: '999' } })
    expect(blocked.exitCode).toBe(1)
    expect(errorText(blocked)).toMatch(
      /deploy lock .* is held by octocat \(run https:\/\/github.com\/octo-org\/octo-repo\/actions\/runs\/1658821493, since .*, deploy of 1\.2\.0\)/,
    )
    expect(errorText(blocked)).toMatch(/take-over-lock: true/)
    const rerun = await deploy('1.2.0', { 'take-over-lock': 'true' })
    expect(errorText(rerun)).toBe('')
    expect(rerun.annotations.some((a) => a.kind === 'warning' && /took over the deploy lock/.test(a.message))).toBe(
      true,
    )
    expect(currents()).toEqual(Array(N).fill('releases/1.2.0'))
    expect(roots.every((x) => !hostState(x, 'web').locked)).toBe(true)
  })

  test('SIGKILL during before-switch (staged, not yet switched): nobody switches, re-run converges', async () => {
    const ready = join(dir, 'kill-before')
    const run = spawnAction('atomic-deploy', {
      workspace: dir,
      inputs: {
        app: 'web',
        version: '1.3.0',
        artifact: arts['1.3.0']!,
        hosts: hosts(),
        path: '{app}',
        'before-switch': `test "$SHIPLINE_HOST" != h4 || { touch ${ready}; sleep 2; }`,
      },
    })
    for (let i = 0; i < 200 && !existsSync(ready); i++) await new Promise((ok) => setTimeout(ok, 50))
    run.child.kill('SIGKILL')
    await run.result
    await new Promise((ok) => setTimeout(ok, 2500))
    expect(currents()).toEqual(Array(N).fill('releases/1.2.0'))
    const rerun = await deploy('1.3.0', { 'take-over-lock': 'true' })
    expect(rerun.exitCode).toBe(0)
    expect(currents()).toEqual(Array(N).fill('releases/1.3.0'))
  })

  test('a second deploy of the same app fails naming the lock owner; another app deploys meanwhile', async () => {
    const gate = join(dir, 'gate')
    const started = join(dir, 'started')
    const first = spawnAction('atomic-deploy', {
      workspace: dir,
      inputs: {
        app: 'web',
        version: '1.4.0',
        artifact: arts['1.4.0']!,
        hosts: hosts(),
        path: '{app}',
        'before-switch': `touch ${started}; i=0; while [ ! -e ${gate} ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done`,
      },
      env: { GITHUB_RUN_ID: '111', GITHUB_ACTOR: 'first-runner' },
    })
    for (let i = 0; i < 200 && !existsSync(started); i++) await new Promise((ok) => setTimeout(ok, 50))
    const [second, other] = await Promise.all([
      deploy('1.5.0', {}, { env: { GITHUB_RUN_ID: '222' } }),
      deploy('1.0.0', { app: 'api' }),
    ])
    writeFileSync(gate, '')
    const firstResult = await first.result
    expect(second.exitCode).toBe(1)
    expect(errorText(second)).toMatch(
      /held by first-runner \(run https:\/\/github.com\/octo-org\/octo-repo\/actions\/runs\/111, since .*, deploy of 1\.4\.0\)/,
    )
    expect(errorText(other)).toBe('')
    expect(errorText(firstResult)).toBe('')
    expect(currents()).toEqual(Array(N).fill('releases/1.4.0'))
    expect(currents('api')).toEqual(Array(N).fill('releases/1.0.0'))
  })
})

describe('bad input: clear error, nothing switched', () => {
  test('malicious tarball', async () => {
    const evil = makeMaliciousArtifact(dir)
    const r = await deploy('6.6.6', { artifact: evil })
    expect(r.exitCode).toBe(1)
    const msg = errorText(r)
    expect(msg).toMatch(/Input 'artifact': '.*evil\.tar\.gz' has entries that would escape the release directory/)
    expect(msg).toContain("'../escaped' points outside the release")
    expect(msg).toContain("'/tmp/shipline-absolute-escape' points outside the release")
    expect(msg).toContain("'link' is a symlink to the absolute path '/etc'")
    expect(existsSync('/tmp/shipline-absolute-escape')).toBe(false)
    expect(roots.every((x) => !hostState(x, 'web').releases.includes('6.6.6'))).toBe(true)
  })
  test('an artifact that is a committed link to a file outside the workspace is refused before any host is touched', async () => {
    const link = join(dir, 'linked.tar.gz')
    symlinkSync('/etc/hostname', link)
    const r = await deploy('6.6.8', { artifact: link })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(
      /^Input 'artifact': '.*linked\.tar\.gz' is outside the allowed roots \(through a symlink: it resolves to \/etc\/hostname\)/,
    )
    expect(roots.every((x) => !hostState(x, 'web').releases.includes('6.6.8'))).toBe(true)
  })
  test('a live version with other bytes is refused: versions are immutable', async () => {
    const live = hostState(roots[0]!, 'web').current!.replace('releases/', '')
    const r = await deploy(live, { artifact: arts['1.0.0']! })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(
      new RegExp(
        `failed at stage: the version is live with different contents: release ${live.replace(/\./g, '\\.')} is live with a different sha256 \\(versions are immutable\\)`,
      ),
    )
    expect(currents()).toEqual(Array(N).fill(`releases/${live}`))
  })
  test.each([
    [{ version: '../1' }, /Input 'version': '\.\.\/1' is not a valid name/],
    [{ version: '1.0.0', hosts: 'web1.example.com' }, /Input 'hosts': 'web1.example.com' is not a host/],
    [{ version: '1.0.0', sha256: 'abc' }, /Input 'sha256': 'abc' is not a sha256/],
    [{ version: '1.0.0', sha256: 'a'.repeat(64) }, /Input 'sha256': 'a{64}' does not match the artifact/],
    [{ version: '1.0.0', 'shared-paths': '../etc' }, /Input 'shared-paths': '\.\.\/etc' must not contain/],
    [
      { version: '1.0.0', path: 'no/such/dir/{app}' },
      /failed at lock: the deploy path does not exist: the directory .*no\/such\/dir does not exist/,
    ],
    [{ version: '1.0.0', mode: 'upgrade' }, /Input 'mode': 'upgrade' is not one of: deploy, rollback/],
    [
      { version: '1.0.0', hosts: 'deploy@web1\ndeploy@web1:22' },
      /Input 'hosts': 'deploy@web1:22' is the same host as 'deploy@web1'/,
    ],
  ])('%j', async (inputs, message) => {
    const before = currents()
    const r = await deploy('1.0.0', inputs)
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(message)
    expect(currents()).toEqual(before)
  })
})

describe('commands on local: hosts', () => {
  test('run without the step inputs or the token in their environment (as on an SSH host)', async () => {
    const r = await deploy(
      '1.1.0',
      { 'before-switch': 'if env | grep -q "^INPUT_"; then echo "inputs leaked into the host env" >&2; exit 9; fi' },
      { token: 'ghs_localhostenv' },
    )
    expect(errorText(r)).toBe('')
    expect(currents()).toEqual(Array(N).fill('releases/1.1.0'))
  })
})
