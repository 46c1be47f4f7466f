// One smoke test per server launcher: each starts a real server on 127.0.0.1, does one real thing with it, and
// stops it by PID.
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFile, spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startVerdaccio } from '../support/servers/verdaccio.js'
import { startSshHosts } from '../support/servers/sshd.js'
import { startNginx } from '../support/servers/nginx.js'
import { startPrometheus, startExporter } from '../support/servers/prometheus.js'
import { httpRequest } from '../support/net.js'
import { requireBinary, startProcess, waitReady } from '../support/servers/common.js'

const temps: string[] = []
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })))

function npm(args: string[], cwd: string, userconfig: string): Promise<string> {
  // A clean env: only what npm needs, and the per-test userconfig (a project .npmrc would win over --userconfig).
  const env = {
    PATH: process.env.PATH,
    HOME: cwd,
    npm_config_userconfig: userconfig,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_cache: join(cwd, '.npm-cache'),
  }
  return new Promise((ok, fail) => {
    execFile('npm', args, { cwd, env, timeout: 60_000, encoding: 'utf8' }, (error, stdout, stderr) =>
      error ? fail(new Error(`npm ${args.join(' ')}: ${stderr || error.message}`)) : ok(stdout),
    )
  })
}

describe('server launchers', () => {
  test('verdaccio: publish and view a package with npm', async () => {
    const registry = await startVerdaccio()
    try {
      expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      expect(readFileSync(registry.npmrc, 'utf8')).toContain(
        `//127.0.0.1:${registry.port}/:_authToken=${registry.token}`,
      )
      const pkg = mkdtempSync(join(tmpdir(), 'shipline-npm-pkg-'))
      temps.push(pkg)
      writeFileSync(
        join(pkg, 'package.json'),
        JSON.stringify({ name: '@acme/widget', version: '1.0.0', main: 'index.js' }),
      )
      writeFileSync(join(pkg, 'index.js'), 'module.exports = 42\n')
      await npm(['publish', '--access', 'public'], pkg, registry.npmrc)
      const view = JSON.parse(await npm(['view', '@acme/widget', '--json'], pkg, registry.npmrc)) as {
        version: string
        dist: { tarball: string }
      }
      expect(view.version).toBe('1.0.0')
      expect(view.dist.tarball).toBe(`${registry.url}@acme/widget/-/widget-1.0.0.tgz`)
      await expect(npm(['publish', '--access', 'public'], pkg, registry.npmrc)).rejects.toThrow(
        /cannot publish over the previously published versions/,
      )
    } finally {
      await registry.stop()
    }
    expect(existsSync(registry.dir)).toBe(false)
  }, 90_000)

  test('sshd: run a command on 2 hosts with strict host key checking', async () => {
    const ssh = await startSshHosts(2)
    try {
      expect(ssh.hosts).toHaveLength(2)
      expect(ssh.knownHosts.trim().split('\n')).toHaveLength(2)
      expect(ssh.privateKey).toContain('OPENSSH PRIVATE KEY')
      for (const [i, h] of ssh.hosts.entries()) {
        expect(h.spec).toBe(`${h.user}@127.0.0.1:${h.port}`)
        expect(ssh.knownHosts).toContain(`[127.0.0.1]:${h.port} ssh-ed25519 `)
        await ssh.ssh(i, `mkdir -p '${h.root}/releases/r1' && echo host${i} > '${h.root}/releases/r1/id'`)
        expect(readFileSync(join(h.root, 'releases', 'r1', 'id'), 'utf8')).toBe(`host${i}\n`)
      }
      // A host whose key is not in known_hosts is refused: the file really is what the client checks.
      const other = mkdtempSync(join(tmpdir(), 'shipline-kh-'))
      temps.push(other)
      writeFileSync(join(other, 'known_hosts'), ssh.knownHosts.split('\n')[1] ?? '')
      const args = ssh
        .sshArgs(0)
        .map((a) => (a.startsWith('UserKnownHostsFile=') ? `UserKnownHostsFile=${join(other, 'known_hosts')}` : a))
      await expect(
        new Promise((ok, fail) =>
          execFile('ssh', [...args, '-n', '127.0.0.1', 'true'], { timeout: 15_000 }, (e) => (e ? fail(e) : ok(null))),
        ),
      ).rejects.toThrow()
      // A session still open at stop(): its per-connection sshd is stopped too, so the client sees the end.
      const session = spawn('ssh', [...ssh.sshArgs(1), '-n', '127.0.0.1', 'echo ready; sleep 30'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      })
      const closed = new Promise<number>((ok) => session.on('close', () => ok(Date.now())))
      await new Promise<void>((ok) => session.stdout.on('data', (c: Buffer) => c.toString().includes('ready') && ok()))
      const stopping = Date.now()
      await ssh.stop()
      expect((await closed) - stopping).toBeLessThan(5_000)
    } finally {
      await ssh.stop()
    }
  }, 60_000)

  test('nginx: serve a page, then reload with a new config', async () => {
    const site = mkdtempSync(join(tmpdir(), 'shipline-site-'))
    temps.push(site)
    for (const v of ['blue', 'green']) {
      mkdirSync(join(site, v))
      writeFileSync(join(site, v, 'index.html'), `${v}\n`)
    }
    const conf =
      (v: string) =>
      ({ port }: { port: number }) =>
        `server { listen 127.0.0.1:${port}; root ${join(site, v)}; }`
    const nginx = await startNginx({ config: conf('blue') })
    try {
      expect((await httpRequest(`http://127.0.0.1:${nginx.port}/`)).body).toBe('blue\n')
      await nginx.reload(conf('green'))
      expect((await httpRequest(`http://127.0.0.1:${nginx.port}/`)).body).toBe('green\n')
      // A broken config is refused by nginx -t: the reload throws and the old config keeps serving.
      await expect(nginx.reload(() => 'server { listen 127.0.0.1:1; bogus_directive on; }')).rejects.toThrow(/nginx -t/)
      expect((await httpRequest(`http://127.0.0.1:${nginx.port}/`)).body).toBe('green\n')
      // Reload after editing the file in place (what an action's router adapter does).
      writeFileSync(
        nginx.confPath,
        readFileSync(nginx.confPath, 'utf8').replace(join(site, 'green'), join(site, 'blue')),
      )
      await nginx.reload()
      expect((await httpRequest(`http://127.0.0.1:${nginx.port}/`)).body).toBe('blue\n')
    } finally {
      await nginx.stop()
    }
  }, 60_000)

  test('a server that dies while starting fails at once, with its log tail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-dies-'))
    temps.push(dir)
    const server = startProcess('/bin/sh', ['-c', 'echo "bind: Address already in use" >&2; exit 3'], {
      logPath: join(dir, 'log'),
    })
    const started = Date.now()
    const failure = waitReady(server, 'fake server', async () => false, 20_000)
    await expect(failure).rejects.toThrow(
      /^fake server: the process exited \(code 3, signal null\)\n--- .*log \(last lines\) ---\nbind: Address already in use$/,
    )
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  test('a missing binary names the apt package to install', () => {
    expect(() => requireBinary('/usr/sbin/no-such-daemon', 'no-such-package')).toThrow(
      "/usr/sbin/no-such-daemon is not installed: the tests need the Debian package 'no-such-package' (listed in scripts/servers.txt; 'sudo scripts/install-servers.sh' installs it, and npm test does when root)",
    )
  })

  test('prometheus: up of a test exporter and a counter rate', async () => {
    const exporter = await startExporter()
    const requests = exporter.counter('http_requests_total', 'Requests served')
    const latency = exporter.histogram('http_request_duration_seconds', [0.05, 0.1, 0.5])
    exporter.gauge('build_info').set({ version: '1.0.0' }, 1)
    requests.inc({ code: '200' }, 0)
    const prom = await startPrometheus({ targets: [exporter.target] })
    const timer = setInterval(() => {
      requests.inc({ code: '200' }, 10)
      latency.observe({}, 0.07)
    }, 200)
    try {
      const up = await prom.query('up')
      expect(up).toEqual([
        expect.objectContaining({
          metric: expect.objectContaining({ instance: exporter.target }),
          value: [expect.any(Number), '1'],
        }),
      ])
      const rate = await prom.waitFor(
        'rate(http_requests_total{code="200"}[5s])',
        (s) => Number(s[0]?.value[1] ?? 0) > 0,
      )
      expect(Number(rate[0]?.value[1])).toBeGreaterThan(0)
      const p90 = await prom.waitFor('histogram_quantile(0.9, rate(http_request_duration_seconds_bucket[5s]))', (s) =>
        Number.isFinite(Number(s[0]?.value[1])),
      )
      expect(Number(p90[0]?.value[1])).toBeGreaterThan(0.05)
      expect(Number(p90[0]?.value[1])).toBeLessThanOrEqual(0.1)
      exporter.setDown(true)
      await prom.waitFor('up', (s) => s[0]?.value[1] === '0')
    } finally {
      clearInterval(timer)
      await prom.stop()
      await exporter.stop()
    }
  }, 90_000)
})
