/**
 * atomic-deploy over real OpenSSH, at each failure point of a run: hostile archives (symlink chains, mode bits),
 * a runner killed or cancelled at each phase and the re-run after it, a dead run's staging dir, a read-only host,
 * and `on-revert` after a failed health check. Three sshd "hosts" on loopback; the bundled action through the
 * runner harness.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runAction, spawnAction, type RunOptions, type RunResult } from '../support/runner/index.js'
import { startSshHosts, type SshHosts } from '../support/servers/sshd.js'
import { waitUntil } from '../support/net.js'
import { makeArtifact, makeRawArtifact, hostState } from '../fixtures/atomic-deploy/fixture.js'

let dir: string
let fleet: SshHosts
const arts: Record<string, string> = {}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sl-adr-'))
  fleet = await startSshHosts(3)
  for (const v of ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0']) arts[v] = makeArtifact(dir, v)
  for (const v of ['2.0.0', '2.1.0', '2.2.0']) arts[v] = makeArtifact(dir, v, { unhealthy: 'yes' })
}, 60_000)
afterAll(async () => {
  await fleet?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const app = (i: number): string => join(fleet.hosts[i]!.root, 'web')
const currents = (): (string | undefined)[] => fleet.hosts.map((h) => hostState(h.root, 'web').current)
const locks = (): boolean[] => fleet.hosts.map((h) => hostState(h.root, 'web').locked)
const errorText = (r: RunResult): string =>
  r.annotations
    .filter((a) => a.kind === 'error')
    .map((a) => a.message)
    .join('\n')
const warnings = (r: RunResult): string =>
  r.annotations
    .filter((a) => a.kind === 'warning')
    .map((a) => a.message)
    .join('\n')
const pending = (i: number): string | undefined =>
  existsSync(join(app(i), '.shipline/pending'))
    ? readFileSync(join(app(i), '.shipline/pending'), 'utf8').trim()
    : undefined
const gate = (name: string): string => join(dir, name)
/** A health check run on each host: blocks (after touching `ready`) while `block` exists, then fails in an unhealthy release. */
const slowHealth = (block: string, ready: string): string =>
  `if [ -e ${block} ]; then touch ${ready}; i=0; while [ -e ${block} ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done; fi; test ! -e unhealthy`

function inputs(version: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    app: 'web',
    version,
    artifact: arts[version] ?? version,
    hosts: fleet.hosts.map((h) => h.spec).join('\n'),
    path: `${dirname(fleet.hosts[0]!.root)}/host{index}/{app}`,
    'ssh-key': fleet.privateKey,
    'known-hosts': fleet.knownHosts,
    'health-check': 'test ! -e unhealthy',
    'health-timeout': '3s',
    ...extra,
  }
}
const deploy = (version: string, extra: Record<string, string> = {}, opts: RunOptions = {}): Promise<RunResult> =>
  runAction('atomic-deploy', { workspace: dir, inputs: inputs(version, extra), ...opts })

/** ssh client processes (masters included) talking to our sshd ports, from /proc. */
function sshClients(): string[] {
  const ports = new Set(fleet.hosts.map((h) => String(h.port)))
  const found: string[] = []
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let argv: string[]
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
    } catch {
      continue
    }
    const p = argv.indexOf('-p')
    if (
      /(^|\/)ssh$/.test(argv[0] ?? '') &&
      p > 0 &&
      ports.has(argv[p + 1] ?? '') &&
      argv.some((a) => a.startsWith('ControlPath='))
    )
      found.push(`${pid}: ${argv.join(' ')}`)
  }
  return found
}
/** Wait until none of the ssh processes that were not there `before` the run is left (other tests' are not this run's). */
function noSshLeft(before: readonly string[]): Promise<true> {
  const pid = (line: string): string => line.split(':', 1)[0] as string
  const old = new Set(before.map(pid))
  const fresh = (): string[] => sshClients().filter((l) => !old.has(pid(l)))
  return waitUntil(async () => fresh().length === 0, {
    what: 'every ssh client and master of the run to exit',
    timeoutMs: 5000,
    detail: () => fresh().join('\n'),
  })
}

async function untilExists(path: string, run: { result: Promise<RunResult> }): Promise<void> {
  let ended = false
  void run.result.then(() => (ended = true))
  await waitUntil(async () => existsSync(path), {
    what: `${path} to appear`,
    timeoutMs: 30_000,
    abort: () => (ended ? 'the action ended first' : undefined),
  })
}

describe('hostile archives are refused before any host is touched', () => {
  test('a symlink chain (a -> ., a/a/a/config -> ../../..) with shared-paths: refused, nothing outside the deploy root replaced', async () => {
    await deploy('1.0.0')
    const outside = join(dirname(fleet.hosts[0]!.root), 'outside-config')
    const chain = makeRawArtifact(dir, 'chain', [
      ['VERSION', 'file', 'chain\n'],
      ['a', 'symlink', '.'],
      ['a/a/a/config', 'symlink', '../../..'],
    ])
    const before = fleet.hosts.map((h) => hostState(h.root, 'web'))
    const r = await deploy('6.6.6', { artifact: chain, 'shared-paths': 'config/' })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toContain(
      "'a/a/a/config' is a symlink to '../../..', which leads outside the release through other links in the archive",
    )
    expect(fleet.hosts.map((h) => hostState(h.root, 'web'))).toEqual(before)
    expect(existsSync(outside)).toBe(false)
    for (let i = 0; i < 3; i++) expect(readdirSync(join(app(i), 'shared'))).toEqual([])
  })

  test('a shared path that is a link inside the archive is refused (its copy in shared/ would point elsewhere)', async () => {
    const art = makeRawArtifact(dir, 'shared-link', [
      ['VERSION', 'file', 'x\n'],
      ['etc', 'dir'],
      ['etc/app.env', 'file', 'A=1\n'],
      ['.env', 'symlink', 'etc/app.env'],
    ])
    const r = await deploy('6.6.7', { artifact: art, 'shared-paths': '.env' })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toContain("shared path '.env' is a symlink in the archive (to 'etc/app.env')")
    expect(currents()).toEqual(Array(3).fill('releases/1.0.0'))
  })

  test('mode bits: setuid/setgid dropped, nothing world-writable, the release directory (the "." entry) included', async () => {
    const art = makeRawArtifact(dir, 'modes', [
      ['.', 'dir', undefined, 0o777],
      ['VERSION', 'file', '1.5.0\n', 0o666],
      ['bin', 'dir', undefined, 0o2777],
      ['bin/su-me', 'file', '#!/bin/sh\n', 0o4755],
      ['bin/sg-me', 'file', '#!/bin/sh\n', 0o2755],
      ['tmp', 'dir', undefined, 0o1777],
    ])
    const r = await deploy('1.5.0', { artifact: art, 'health-check': '' })
    expect(errorText(r)).toBe('')
    const rel = join(app(1), 'releases/1.5.0')
    const mode = (p: string): string => (statSync(join(rel, p)).mode & 0o7777).toString(8)
    expect({
      '.': mode('.'),
      VERSION: mode('VERSION'),
      bin: mode('bin'),
      su: mode('bin/su-me'),
      sg: mode('bin/sg-me'),
      tmp: mode('tmp'),
    }).toEqual({ '.': '755', VERSION: '644', bin: '755', su: '755', sg: '755', tmp: '755' })
  })
})

describe('killed or cancelled at each phase, then re-run', () => {
  test('SIGKILL during the health check of a bad release: the re-run health-checks it and switches every host back (not "already live")', async () => {
    await deploy('1.1.0')
    const block = gate('kill-health-block')
    const ready = gate('kill-health-ready')
    writeFileSync(block, '')
    const before = sshClients()
    const run = spawnAction('atomic-deploy', {
      workspace: dir,
      inputs: inputs('2.0.0', { 'health-check': slowHealth(block, ready), 'health-timeout': '30s' }),
      allowFileCommandErrors: true,
    })
    await untilExists(ready, run)
    const masters = sshClients().filter((l) => !before.includes(l) && l.includes('ControlMaster=yes'))
    expect(masters).toHaveLength(3)
    // With util-linux setpriv and no ~/.ssh/config, the runner dialled each master's connection itself.
    if (existsSync('/usr/bin/setpriv') && !existsSync(join(homedir(), '.ssh', 'config')))
      for (const m of masters) expect(m).toContain('ProxyCommand=-')
    run.child.kill('SIGKILL')
    expect((await run.result).signal).toBe('SIGKILL')
    rmSync(block)
    // Even a SIGKILLed run leaves no ssh master: each ends with the runner (its parent-death signal when the runner
    // dialled, else its own session, which ends when the runner's pipe closes).
    await noSshLeft(before)
    expect(currents()).toEqual(Array(3).fill('releases/2.0.0'))
    expect(pending(0)).toBe('releases/2.0.0 releases/1.1.0')
    const rerun = await deploy('2.0.0', { 'take-over-lock': 'true', 'health-check': slowHealth(block, ready) })
    expect(rerun.exitCode).toBe(1)
    expect(rerun.stdout).not.toMatch(/already live/)
    expect(warnings(rerun)).toMatch(
      /an earlier run switched to releases\/2\.0\.0 and never finished .* a failure switches back to releases\/1\.1\.0/,
    )
    expect(errorText(rerun)).toMatch(/failed at health-check: command exited with code 1/)
    expect(errorText(rerun)).toMatch(/Every host was switched back to the release it had before \(1\.1\.0\)/)
    expect(currents()).toEqual(Array(3).fill('releases/1.1.0'))
    expect([pending(0), pending(1), pending(2)]).toEqual([undefined, undefined, undefined])
    expect(locks()).toEqual([false, false, false])
    for (const h of fleet.hosts)
      expect(hostState(h.root, 'web').log.at(-1)).toMatchObject({ version: '2.0.0', outcome: 'failed' })
  })

  test('SIGKILL during the health check of a good release: the re-run health-checks it and commits it', async () => {
    const block = gate('kill-good-block')
    const ready = gate('kill-good-ready')
    writeFileSync(block, '')
    const run = spawnAction('atomic-deploy', {
      workspace: dir,
      inputs: inputs('1.2.0', { 'health-check': slowHealth(block, ready), 'health-timeout': '30s' }),
      allowFileCommandErrors: true,
    })
    await untilExists(ready, run)
    run.child.kill('SIGKILL')
    await run.result
    rmSync(block)
    const rerun = await deploy('1.2.0', { 'take-over-lock': 'true' })
    expect(errorText(rerun)).toBe('')
    expect(rerun.outputs['previous-release']).toBe('1.1.0')
    expect(currents()).toEqual(Array(3).fill('releases/1.2.0'))
    expect([pending(0), pending(1), pending(2), ...locks()]).toEqual([
      undefined,
      undefined,
      undefined,
      false,
      false,
      false,
    ])
    expect(hostState(fleet.hosts[0]!.root, 'web').log.at(-1)).toMatchObject({ version: '1.2.0', outcome: 'success' })
  })

  test('cancel (SIGINT) during before-switch: nothing switched, locks released, no ssh master left; the re-run converges', async () => {
    const block = gate('cancel-before-block')
    const ready = gate('cancel-before-ready')
    writeFileSync(block, '')
    const before = sshClients()
    const run = spawnAction('atomic-deploy', {
      workspace: dir,
      inputs: inputs('1.3.0', {
        'before-switch': `test "$SHIPLINE_HOST" != 127.0.0.1 || { touch ${ready}; i=0; while [ -e ${block} ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; }`,
      }),
    })
    await untilExists(ready, run)
    const r = await run.cancel()
    rmSync(block)
    expect(r.signal).toBeNull()
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(
      /Deploy of web 1\.3\.0 was cancelled while connecting, locking and staging\. Nothing was switched: every host still serves the release it had before\. The deploy locks this run held were released\./,
    )
    expect(currents()).toEqual(Array(3).fill('releases/1.2.0'))
    expect(locks()).toEqual([false, false, false])
    await noSshLeft(before)
    const rerun = await deploy('1.3.0')
    expect(errorText(rerun)).toBe('')
    expect(currents()).toEqual(Array(3).fill('releases/1.3.0'))
  })

  test('cancel (SIGINT) during the health check: locks released, no ssh master left, switch recorded as unfinished; the next run (no take-over) finishes it', async () => {
    const block = gate('cancel-health-block')
    const ready = gate('cancel-health-ready')
    writeFileSync(block, '')
    const before = sshClients()
    const run = spawnAction('atomic-deploy', {
      workspace: dir,
      inputs: inputs('2.1.0', { 'health-check': slowHealth(block, ready), 'health-timeout': '30s' }),
    })
    await untilExists(ready, run)
    const r = await run.cancel()
    rmSync(block)
    expect({ signal: r.signal, exitCode: r.exitCode }).toEqual({ signal: null, exitCode: 1 })
    expect(errorText(r)).toMatch(
      /was cancelled during the health check\. Every host had switched to 2\.1\.0; it stays live, recorded as unfinished on each host/,
    )
    expect(locks()).toEqual([false, false, false])
    expect(pending(2)).toBe('releases/2.1.0 releases/1.3.0')
    await noSshLeft(before)
    const rerun = await deploy('2.1.0')
    expect(rerun.exitCode).toBe(1)
    expect(errorText(rerun)).toMatch(/Every host was switched back to the release it had before \(1\.3\.0\)/)
    expect(currents()).toEqual(Array(3).fill('releases/1.3.0'))
    expect(locks()).toEqual([false, false, false])
  })

  test("a dead run's half-staged release under .shipline/tmp is removed by the next run", async () => {
    for (let i = 0; i < 3; i++) {
      mkdirSync(join(app(i), '.shipline/tmp/stage.4242/x/deep'), { recursive: true })
      writeFileSync(join(app(i), '.shipline/tmp/stage.4242/a.tgz'), 'half an upload')
    }
    const r = await deploy('1.4.0')
    expect(errorText(r)).toBe('')
    for (let i = 0; i < 3; i++) expect(readdirSync(join(app(i), '.shipline/tmp'))).toEqual([])
  })

  test('a read-only host is reported as read-only, not as a held lock; nothing switched anywhere', async () => {
    const ro = app(1)
    execFileSync('mount', ['--bind', ro, ro])
    try {
      execFileSync('mount', ['-o', 'remount,ro,bind', ro])
      const r = await deploy('1.0.0')
      expect(r.exitCode).toBe(1)
      expect(errorText(r)).toMatch(
        new RegExp(
          `${fleet.hosts[1]!.spec} failed at lock: the deploy path is not writable: .*web is read-only \\(read-only file system or no write permission\\)`,
        ),
      )
      expect(errorText(r)).not.toMatch(/held by/)
      expect(currents()).toEqual(Array(3).fill('releases/1.4.0'))
      expect(locks()).toEqual([false, false, false])
    } finally {
      execFileSync('umount', [ro])
    }
  })
})

describe('a switch prepared and then called off', () => {
  test('leaves no record the next run mistakes for an unfinished deploy', async () => {
    const r = await deploy('1.0.0', { 'before-switch': `case "$SHIPLINE_RELEASE" in */host2/*) exit 4 ;; esac` })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(/failed at before-switch/)
    expect(currents()).toEqual(Array(3).fill('releases/1.4.0'))
    const again = await deploy('1.4.0')
    expect(errorText(again)).toBe('')
    expect(warnings(again)).not.toMatch(/never finished/)
    expect(again.stdout).toMatch(/already live on every host: nothing to do/)
    expect([pending(0), pending(1), pending(2)]).toEqual([undefined, undefined, undefined])
  })
})

describe('on-revert', () => {
  test('runs on each host after the revert, under the lock, with the releases in its env; hostile output stays text; a failure and a timeout are reported beside the revert', async () => {
    const seen = gate('on-revert-seen')
    mkdirSync(seen)
    const script = [
      `echo "::error::forged by on-revert"; echo "::add-mask::nothing"`,
      `test -d ../../.shipline/lock && lock=held || lock=free`,
      `printf '%s\\n' "$SHIPLINE_VERSION $SHIPLINE_RESTORED_VERSION $SHIPLINE_CANARY $SHIPLINE_STABLE $lock $(basename "$PWD") $SHIPLINE_RESTORED_RELEASE" > ${seen}/$(basename "$(dirname "$(dirname "$(dirname "$PWD")")")")`,
      `case $(basename "$(dirname "$(dirname "$(dirname "$PWD")")")") in host2) echo "cleanup failed" >&2; exit 3 ;; host3) sleep 30 ;; esac`,
    ].join('\n')
    const r = await deploy('2.2.0', { 'on-revert': script, 'on-revert-timeout': '1s' })
    expect(r.exitCode).toBe(1)
    const err = errorText(r)
    expect(err).toMatch(
      /Every host was switched back to the release it had before \(1\.4\.0\)\. on-revert FAILED on .*:\d+ \(exited with code 3\), .*:\d+ \(timed out after 1s\); it passed on 1 of 3 host\(s\)\./,
    )
    expect(err).not.toContain('forged by on-revert')
    expect(r.annotations.filter((a) => a.message.includes('forged'))).toEqual([])
    expect(r.masks).not.toContain('nothing')
    expect(r.stdout).toContain('::error::forged by on-revert')
    expect(warnings(r)).toMatch(/on-revert failed \(exited with code 3\); the host was switched back all the same/)
    expect(currents()).toEqual(Array(3).fill('releases/1.4.0'))
    expect(locks()).toEqual([false, false, false])
    expect(readFileSync(join(seen, 'host1'), 'utf8')).toBe(
      `2.2.0 1.4.0 2.2.0 1.4.0 held 2.2.0 ${app(0)}/releases/1.4.0\n`,
    )
    const perHost = JSON.parse(r.outputs.hosts as string) as {
      result: string
      onRevert: { code: number; error?: string }
    }[]
    expect(perHost.map((h) => [h.result, h.onRevert.code, h.onRevert.error ?? ''])).toEqual([
      ['reverted', 0, ''],
      ['reverted', 3, 'exited with code 3'],
      ['reverted', 124, 'timed out after 1s'],
    ])
    expect(r.summary).toMatch(/### on-revert/)
    expect(r.summary).toMatch(/timed out after 1s/)
  })

  test('bad on-revert-timeout: an input error naming it, nothing changed', async () => {
    const r = await deploy('1.0.0', { 'on-revert': 'true', 'on-revert-timeout': '10ms' })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(/Input 'on-revert-timeout': '10ms' is shorter than the minimum of 1s/)
    expect(currents()).toEqual(Array(3).fill('releases/1.4.0'))
  })
})
