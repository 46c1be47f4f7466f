/**
 * atomic-deploy with hostile text from every source it prints (issue 14): file names inside the archive, the
 * output of the before-switch hook and of a health command run on the hosts, a lock-owner file left on a host,
 * and the body a health endpoint answers. Bundled, through the runner harness, on `local:` hosts (directories:
 * the same remote scripts and output path as over ssh) and a real HTTP health endpoint.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../support/runner/index.js'
import { dirname } from 'node:path'
import { makeArtifact, hostState } from '../fixtures/atomic-deploy/fixture.js'
import { startSshHosts, type SshHosts } from '../support/servers/sshd.js'
import { expectContained, MANY_LINES, PAYLOADS } from '../support/hostile.js'

let dir: string
let server: Server
let url: string
const roots: string[] = []
let art: string
const SECRET = 'hc-pass-5f3a9c'

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sl-hostile-ad-'))
  for (const h of ['h1', 'h2']) {
    mkdirSync(join(dir, h))
    roots.push(join(dir, h))
  }
  // every payload that is a valid file name (no '/') becomes one, beside the release
  const names = Object.fromEntries(PAYLOADS.filter((p) => !p.includes('/')).map((p) => [`files/${p}`, 'x\n']))
  art = makeArtifact(dir, '1.0.0', names)
  writeFileSync(join(dir, 'payloads.txt'), `${MANY_LINES}\n`)
  server = createServer((req, res) => {
    if (req.url === '/ok') return void res.writeHead(200).end('ok')
    res.writeHead(500, { 'content-type': 'text/plain' }).end(`${MANY_LINES}\ntoken=${SECRET}\n`)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => {
  await new Promise<void>((ok) => server?.close(() => ok()))
  rmSync(dir, { recursive: true, force: true })
})

const say = (): string => `cat ${join(dir, 'payloads.txt')}; cat ${join(dir, 'payloads.txt')} >&2`
const deploy = (inputs: Record<string, string>) =>
  runAction('atomic-deploy', {
    workspace: dir,
    inputs: {
      app: 'web',
      version: '1.0.0',
      artifact: art,
      hosts: roots.map((r) => `local:${r}`).join('\n'),
      path: '{app}',
      'health-timeout': '1s',
      ...inputs,
    },
    secrets: [SECRET],
  })

describe('atomic-deploy: hostile text', () => {
  test('archive file names, hook output on stdout and stderr, health command output: deployed, nothing executed', async () => {
    const r = await deploy({ 'before-switch': say(), 'health-check': `${say()}; true` })
    expect(r.exitCode).toBe(0)
    expect(hostState(roots[0]!, 'web').current).toBe('releases/1.0.0')
    expectContained(r)
  })

  test('a failing health command with hostile output: reverted, the output shown as text', async () => {
    const r = await deploy({ version: '1.0.1', 'health-check': `${say()}; exit 3` })
    expect(r.exitCode).toBe(1)
    expect(hostState(roots[0]!, 'web').current).not.toBe('releases/1.0.1')
    expectContained(r)
  })

  test('a health endpoint answering a hostile body (and a secret): reverted, nothing executed, nothing leaked', async () => {
    const r = await deploy({ version: '1.0.2', 'health-check': `${url}/bad` })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((a) => a.kind === 'error')?.message).toMatch(/answered 500/)
    expectContained(r, { shown: false }) // the action reports the status, not the body
  })

  test('credentials in a health-check URL: sent as Basic auth, never printed', async () => {
    const r = await deploy({ version: '1.0.3', 'health-check': `${url.replace('//', `//ci:${SECRET}@`)}/bad` })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find((a) => a.kind === 'error')?.message).toContain(
      `GET ${url.replace('//', '//ci:***@')}/bad answered 500`,
    )
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes(SECRET))).toEqual([])
    expectContained(r, { shown: false, masks: [SECRET, `Basic ${Buffer.from(`ci:${SECRET}`).toString('base64')}`] })
  })

  test('a lock-owner file with hostile text: the deploy stops at the lock, the owner is shown as text', async () => {
    for (const root of roots) {
      mkdirSync(join(root, 'web', '.shipline', 'lock'), { recursive: true })
      writeFileSync(join(root, 'web', '.shipline', 'lock', 'owner'), `${MANY_LINES}\n`)
    }
    try {
      const r = await deploy({ version: '1.0.4', 'health-check': `${url}/ok` })
      expect(r.exitCode).toBe(1)
      expect(r.annotations.find((a) => a.kind === 'error')?.message).toMatch(/lock/)
      expectContained(r)
    } finally {
      for (const root of roots) rmSync(join(root, 'web', '.shipline', 'lock'), { recursive: true, force: true })
    }
  })
})

describe('atomic-deploy over real ssh: hostile text from the host', () => {
  let fleet: SshHosts
  beforeAll(async () => {
    fleet = await startSshHosts(1)
  }, 60_000)
  afterAll(async () => {
    await fleet?.stop()
  })
  const overSsh = (inputs: Record<string, string>) =>
    runAction('atomic-deploy', {
      workspace: dir,
      inputs: {
        app: 'web',
        version: '1.0.0',
        artifact: art,
        hosts: fleet.hosts.map((h) => h.spec).join('\n'),
        path: `${dirname(fleet.hosts[0]!.root)}/host{index}/{app}`,
        'ssh-key': fleet.privateKey,
        'known-hosts': fleet.knownHosts,
        ...inputs,
      },
      secrets: [fleet.privateKey],
    })

  test('hook and health command output over ssh (stdout and stderr): deployed, nothing executed, the key never printed', async () => {
    writeFileSync(join(fleet.hosts[0]!.root, 'payloads.txt'), `${MANY_LINES}\n`)
    const say = `cat ${join(fleet.hosts[0]!.root, 'payloads.txt')}; cat ${join(fleet.hosts[0]!.root, 'payloads.txt')} >&2`
    const r = await overSsh({ 'before-switch': say, 'health-check': `${say}; true` })
    expect(r.annotations.filter((a) => a.kind === 'error')).toEqual([])
    expect(r.exitCode).toBe(0)
    expectContained(r, { masks: [fleet.privateKey] })
  })

  test('a hostile lock-owner file on the host: stopped at the lock, shown as text', async () => {
    const lock = join(fleet.hosts[0]!.root, 'web', '.shipline', 'lock')
    mkdirSync(lock, { recursive: true })
    writeFileSync(join(lock, 'owner'), `${MANY_LINES}\n`)
    const r = await overSsh({ version: '1.0.1' })
    expect(r.exitCode).toBe(1)
    expectContained(r, { masks: [fleet.privateKey] })
  })
})
