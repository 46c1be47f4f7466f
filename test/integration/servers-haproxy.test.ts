// The HAProxy launcher (test/support/servers/haproxy.ts): a real HAProxy on 127.0.0.1 serves through a backend, its
// runtime API answers on the admin socket, a bad config fails before anything starts, and stop() ends the process by
// PID and removes its dir.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { httpRequest } from '../support/net.js'
import { startHaproxy } from '../support/servers/haproxy.js'

let app: Server
let appPort: number

beforeAll(async () => {
  app = createServer((_req, res) => res.writeHead(200, { 'x-version': 'blue' }).end('hi\n'))
  await new Promise<void>((ok) => app.listen(0, '127.0.0.1', ok))
  appPort = (app.address() as AddressInfo).port
})
afterAll(() => new Promise((ok) => app.close(ok)))

describe('haproxy launcher', () => {
  test('serves through a backend, answers the runtime API, stops by PID and cleans up', async () => {
    const hap = await startHaproxy({
      config: ({ port }) =>
        `frontend web\n  bind 127.0.0.1:${port}\n  default_backend b\nbackend b\n  server s1 127.0.0.1:${appPort} weight 100`,
    })
    const pid = Number(/^Pid: (\d+)$/m.exec(await hap.command('show info'))?.[1])
    try {
      const r = await httpRequest(`http://127.0.0.1:${hap.port}/`)
      expect([r.status, r.headers['x-version']]).toEqual([200, 'blue'])
      expect((await hap.command('set weight b/s1 7')).trim()).toBe('')
      expect((await hap.command('get weight b/s1')).trim()).toBe('7 (initial 100)')
    } finally {
      await hap.stop()
    }
    expect(() => process.kill(pid, 0)).toThrow()
    expect(existsSync(hap.confPath)).toBe(false)
  })

  test('a config HAProxy rejects fails at once with its message', async () => {
    await expect(startHaproxy({ config: () => 'backend b\n  server s1 not-an-address:x' })).rejects.toThrow(
      /haproxy -c .* failed[\s\S]*s1/,
    )
  })
})
