/**
 * atomic-deploy over real OpenSSH: four sshd "hosts" on loopback (each its own port, host key and root), the
 * key and known_hosts given as inputs the way a workflow passes secrets, the bundled action run by the harness.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
  unlinkSync,
  readlinkSync,
  readFileSync,
  existsSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runAction, type RunOptions } from '../support/runner/index.js'
import { startSshHosts, type SshHosts } from '../support/servers/sshd.js'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'
import { makeArtifact, makeMaliciousArtifact, hostState, startWeb } from '../fixtures/atomic-deploy/fixture.js'

let dir: string
let fleet: SshHosts
let web: Awaited<ReturnType<typeof startWeb>>
let emulator: Emulator
const arts: Record<string, string> = {}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sl-ads-'))
  ;[fleet, emulator] = await Promise.all([startSshHosts(4), startEmulator()])
  for (const v of ['1.1.0', '1.2.0']) arts[v] = makeArtifact(dir, v)
  arts['1.0.0'] = makeArtifact(dir, '1.0.0', { '.env': 'FROM=release\n' })
  arts.sick3 = makeArtifact(dir, '2.0.0', { unhealthy: '3' })
  web = await startWeb(
    fleet.hosts.map((h) => h.root),
    'web',
  )
}, 60_000)
afterAll(async () => {
  await Promise.all([web?.stop(), fleet?.stop(), emulator?.stop()])
  rmSync(dir, { recursive: true, force: true })
})

const roots = (): string[] => fleet.hosts.map((h) => h.root)
const currents = (): (string | undefined)[] => roots().map((r) => hostState(r, 'web').current)
const errorText = (r: { annotations: { kind: string; message: string }[] }): string =>
  r.annotations
    .filter((a) => a.kind === 'error')
    .map((a) => a.message)
    .join('\n')
function deploy(version: string, inputs: Record<string, string> = {}, opts: RunOptions = {}) {
  return runAction('atomic-deploy', {
    workspace: dir,
    inputs: {
      app: 'web',
      version,
      artifact: arts[version] ?? version,
      hosts: fleet.hosts.map((h) => h.spec).join('\n'),
      path: `${dirname(fleet.hosts[0]!.root)}/host{index}/{app}`,
      'ssh-key': fleet.privateKey,
      'known-hosts': fleet.knownHosts,
      'health-check': `${web.url}/h{index}/health 200`,
      'health-timeout': '2s',
      ...inputs,
    },
    ...opts,
  })
}

describe('atomic-deploy over SSH', () => {
  test('deploys to 4 hosts over one connection each; every host serves the new version; the key never leaks', async () => {
    const r = await deploy('1.0.0', {
      'shared-paths': 'storage/\n.env',
      'before-switch': 'echo "before on $SHIPLINE_HOST in $PWD for $SHIPLINE_VERSION" >&2; test -f storage/../.env',
    })
    expect(errorText(r)).toBe('')
    expect(r.exitCode).toBe(0)
    expect(currents()).toEqual(Array(4).fill('releases/1.0.0'))
    expect(readlinkSync(join(fleet.hosts[0]!.root, 'web/releases/1.0.0/.env'))).toBe('../../shared/.env')
    expect(readFileSync(join(fleet.hosts[0]!.root, 'web/shared/.env'), 'utf8')).toBe('FROM=release\n')
    for (let i = 1; i <= 4; i++) expect(await web.get(i, 'VERSION')).toBe('1.0.0\n')
    expect(r.leakedSecrets).toEqual([])
    expect(r.stdout).toMatch(/before on 127\.0\.0\.1 in .*\/host1\/web\/releases\/1\.0\.0 for 1\.0\.0/)
    expect(r.summary).toMatch(/Switch skew .*\*\*\d+\.\d ms\*\*/)
    const again = await deploy('1.1.0')
    expect(again.exitCode).toBe(0)
    expect(again.outputs['previous-release']).toBe('1.0.0')
    expect(currents()).toEqual(Array(4).fill('releases/1.1.0'))
  })

  test('health check fails on host 3 after the switch: every host is switched back over SSH', async () => {
    const r = await deploy('2.0.0', { artifact: arts.sick3! })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(
      /@127\.0\.0\.1:\d+ failed at health-check: GET http:\/\/127\.0\.0\.1:\d+\/h3\/health answered 500, expected 200/,
    )
    expect(currents()).toEqual(Array(4).fill('releases/1.1.0'))
    for (const root of roots())
      expect(hostState(root, 'web')).toMatchObject({
        locked: false,
        log: expect.arrayContaining([expect.objectContaining({ version: '2.0.0', outcome: 'failed' })]),
      })
  })

  test('before-switch fails on one host: nothing is switched', async () => {
    const marker = join(fleet.hosts[1]!.root, 'fail-before')
    writeFileSync(marker, '')
    const r = await deploy('1.2.0', {
      'before-switch': 'test ! -e ../../../fail-before || { echo "db unreachable" >&2; exit 3; }',
    })
    unlinkSync(marker)
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(/failed at before-switch: the before-switch command failed: db unreachable/)
    expect(currents()).toEqual(Array(4).fill('releases/1.1.0'))
  })

  test('a host that is down: clear error, nothing switched, locks released', async () => {
    const down = await startSshHosts(1)
    const spec = down.hosts[0]!.spec
    await down.stop()
    const r = await deploy('1.2.0', { hosts: [...fleet.hosts.map((h) => h.spec), spec].join('\n') })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toContain(`${spec} failed at connect: cannot connect`)
    expect(errorText(r)).toMatch(/Connection refused/)
    expect(currents()).toEqual(Array(4).fill('releases/1.1.0'))
    expect(roots().every((x) => !hostState(x, 'web').locked)).toBe(true)
  })

  test('an unknown host key is refused (StrictHostKeyChecking=yes): nothing switched', async () => {
    const known = fleet.knownHosts
      .split('\n')
      .filter((l) => !l.includes(`:${fleet.hosts[2]!.port} `))
      .join('\n')
    const r = await deploy('1.2.0', { 'known-hosts': known })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(
      /failed at connect: cannot connect: (No ED25519 host key is known for \[127\.0\.0\.1\]:\d+|Host key verification failed)/,
    )
    expect(errorText(r)).toMatch(/ssh-keyscan -p \d+ 127\.0\.0\.1/)
    expect(currents()).toEqual(Array(4).fill('releases/1.1.0'))
  })

  test('a malicious artifact is refused before any host is touched (the hosts were already connecting)', async () => {
    const fresh = fleet.hosts.map((h) => `${h.root}/other`)
    const r = await deploy('6.6.6', {
      artifact: makeMaliciousArtifact(dir),
      path: `${dirname(fleet.hosts[0]!.root)}/host{index}/other`,
    })
    expect(r.exitCode).toBe(1)
    expect(errorText(r)).toMatch(
      /Input 'artifact': '.*evil\.tar\.gz' has entries that would escape the release directory: '\.\.\/escaped' points outside/,
    )
    for (const f of fresh) expect(existsSync(f)).toBe(false)
    expect(currents()).toEqual(Array(4).fill('releases/1.1.0'))
  })

  test('records GitHub Deployments: in_progress → success/failure with URLs; a later success makes older ones inactive', async () => {
    const { owner, repo } = await emulator.repo()
    const gh = { repository: `${owner}/${repo}`, sha: 'main', env: { GITHUB_API_URL: emulator.url } }
    const ok = await deploy('1.2.0', { token: 'ghs_deploytoken', environment: 'staging' }, gh)
    expect(errorText(ok)).toBe('')
    expect(ok.outputs['deployment-id']).toMatch(/^\d+$/)
    const bad = await deploy('2.0.0', { artifact: arts.sick3!, token: 'ghs_deploytoken', environment: 'staging' }, gh)
    expect(bad.exitCode).toBe(1)
    const back = await runAction('atomic-deploy', {
      workspace: dir,
      inputs: {
        app: 'web',
        mode: 'rollback',
        hosts: fleet.hosts.map((h) => h.spec).join('\n'),
        path: `${dirname(fleet.hosts[0]!.root)}/host{index}/{app}`,
        'ssh-key': fleet.privateKey,
        'known-hosts': fleet.knownHosts,
        token: 'ghs_deploytoken',
        environment: 'staging',
      },
      ...gh,
    })
    expect(errorText(back)).toBe('')
    expect(back.outputs).toMatchObject({ release: '1.1.0', 'previous-release': '1.2.0' })
    expect(currents()).toEqual(Array(4).fill('releases/1.1.0'))
    const state = await emulator.state(owner, repo)
    const byId = (id: string) => state.deployments.find((x: { id: number }) => String(x.id) === id)
    const states = (id: string) => byId(id).statuses.map((s: { state: string }) => s.state)
    expect(byId(ok.outputs['deployment-id']!)).toMatchObject({
      environment: 'staging',
      payload: { app: 'web', version: '1.2.0' },
    })
    expect(states(ok.outputs['deployment-id']!)).toEqual(['in_progress', 'success', 'inactive'])
    expect(byId(ok.outputs['deployment-id']!).statuses[1]).toMatchObject({
      environment_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/h1\/health$/),
      log_url: expect.stringContaining('/actions/runs/'),
    })
    expect(states(bad.outputs['deployment-id']!)).toEqual(['in_progress', 'failure'])
    expect(states(back.outputs['deployment-id']!)).toEqual(['in_progress', 'success'])
    expect(ok.leakedSecrets).toEqual([])
  })

  test('with a ~/.ssh/config (it may route connections), ssh dials each host itself: the same deploy, the same errors', async () => {
    const home = mkdtempSync(join(dir, 'home-'))
    mkdirSync(join(home, '.ssh'))
    writeFileSync(join(home, '.ssh', 'config'), '')
    const env = { HOME: home }
    const path = `${dirname(fleet.hosts[0]!.root)}/host{index}/viahome`
    const r = await deploy('1.2.0', { path }, { env })
    expect(errorText(r)).toBe('')
    expect(roots().map((x) => hostState(x, 'viahome').current)).toEqual(Array(4).fill('releases/1.2.0'))
    const down = await startSshHosts(1)
    const spec = down.hosts[0]!.spec
    await down.stop()
    const failed = await deploy('1.1.0', { path, hosts: [fleet.hosts[0]!.spec, spec].join('\n') }, { env })
    expect(failed.exitCode).toBe(1)
    expect(errorText(failed)).toMatch(/failed at connect: cannot connect: ssh: connect to host .* Connection refused/)
    expect(hostState(fleet.hosts[0]!.root, 'viahome')).toMatchObject({ current: 'releases/1.2.0', locked: false })
  })
})
