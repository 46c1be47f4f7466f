/** The runner dialling an SSH host itself: when it may (ssh_config), how a failure reads, a real dial on loopback. */
import { describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { dialFailure, HOLD, routesConnections } from '../src/domain/dial.js'
import { dial, directDial } from '../src/adapters/dial.js'
import { SshTransport } from '../src/adapters/transport.js'
import { parseHost } from '../src/domain/names.js'

describe('routesConnections', () => {
  test("Debian's and Ubuntu's system ssh_config route nothing", () => {
    const debian = [
      '# This is the ssh client system-wide configuration file.',
      'Include /etc/ssh/ssh_config.d/*.conf',
      '',
      'Host *',
      '#   ProxyCommand ssh -q -W %h:%p gateway.example.com',
      '#   Port 22',
      '    SendEnv LANG LC_*',
      '    HashKnownHosts yes',
      '    GSSAPIAuthentication yes',
    ].join('\n')
    expect(routesConnections(debian)).toBe(false)
    expect(routesConnections('Include ssh_config.d/*.conf\n')).toBe(false)
    expect(routesConnections('')).toBe(false)
  })

  test.each([
    'Host web*\n  HostName 10.0.0.5',
    'Host *\n  ProxyJump bastion',
    '  ProxyCommand=nc -x proxy:1080 %h %p',
    'Match host web1\n  User deploy',
    'BindAddress 10.0.0.2',
    'AddressFamily inet6',
    'CanonicalizeHostname yes',
    'Include /home/me/more.conf',
    'hostname other',
  ])('%j routes connections', (text) => {
    expect(routesConnections(text)).toBe(true)
  })
})

describe('dialFailure', () => {
  test('reads as ssh says it, so its hints still apply', () => {
    expect(dialFailure('127.0.0.1', 1, 'ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1')).toBe(
      'ssh: connect to host 127.0.0.1 port 1: Connection refused',
    )
    expect(dialFailure('web1', 22, 'ETIMEDOUT', '')).toBe('ssh: connect to host web1 port 22: Connection timed out')
    expect(dialFailure('nope.invalid', 22, 'ENOTFOUND', 'getaddrinfo ENOTFOUND')).toBe(
      'ssh: Could not resolve hostname nope.invalid: Name or service not known',
    )
    expect(dialFailure('h', 22, 'EWHATEVER', 'something odd')).toBe('ssh: connect to host h port 22: something odd')
  })
})

describe('dial', () => {
  test('connects with TCP_NODELAY and reads nothing: every byte the server sent is left for ssh', async () => {
    const server = createServer((c) => c.end('SSH-2.0-test\r\n'))
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    const { port } = server.address() as AddressInfo
    try {
      const socket = await dial('127.0.0.1', port, 5000)
      expect(socket.isPaused()).toBe(true)
      await new Promise((ok) => setTimeout(ok, 50))
      expect(socket.bytesRead).toBe(0)
      // What a child given this socket would read: the whole banner.
      const read = new Promise<string>((ok) => {
        let got = ''
        socket.on('data', (b: Buffer) => (got += b.toString()))
        socket.on('end', () => ok(got))
      })
      socket.resume()
      expect(await read).toBe('SSH-2.0-test\r\n')
      socket.destroy()
    } finally {
      server.close()
    }
  })

  test('a closed port fails as ssh would say it; a cancelled dial gives up', async () => {
    const server = createServer()
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    const { port } = server.address() as AddressInfo
    await new Promise((ok) => server.close(ok))
    await expect(dial('127.0.0.1', port, 5000)).rejects.toThrow(
      `ssh: connect to host 127.0.0.1 port ${port}: Connection refused`,
    )
    const cancel = new AbortController()
    cancel.abort()
    await expect(dial('127.0.0.1', port, 5000, cancel.signal)).rejects.toThrow('the run was cancelled')
  })
})

describe('SshTransport with a dialled connection', () => {
  // Where ssh must dial itself (no setpriv, or an ssh_config that routes), connect() spawns ssh at once instead.
  const direct = directDial() ? test : test.skip
  direct('closed while its host is being dialled (a run that ended early): no master starts afterwards', async () => {
    const server = createServer(() => undefined)
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    const { port } = server.address() as AddressInfo
    try {
      const spec = parseHost(`me@127.0.0.1:${port}`)
      if (spec?.kind !== 'ssh') throw new Error('not an ssh host')
      const t = new SshTransport(spec, 'app', { socketDir: '/nonexistent' }, 0)
      const connecting = t.connect()
      await t.close()
      await expect(connecting).rejects.toThrow('the run ended before the connection was open')
    } finally {
      server.close()
    }
  })
})

describe('HOLD', () => {
  test('prints nothing and ends once its parent is gone', async () => {
    // The outer shell starts HOLD and exits 0.3 s later (as sshd's process goes when the connection closes): HOLD must
    // end about a second later; the output pipe closes once it did (it holds it until then).
    const started = Date.now()
    const child = spawn('sh', ['-c', 'sh -c "$1" & sleep 0.3', 'sh', HOLD], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (b: Buffer) => (out += b.toString()))
    child.stderr.on('data', (b: Buffer) => (out += b.toString()))
    await new Promise((ok) => child.on('close', ok))
    expect(out).toBe('')
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
