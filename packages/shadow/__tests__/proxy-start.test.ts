import { describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:net'
import { parseOptions } from '../src/argv.mjs'
import { startShadowProxy } from '../src/proxy.mjs'

function listen(port = 0): Promise<Server> {
  return new Promise((ok, fail) => {
    const s = createServer()
    s.once('error', fail)
    s.listen(port, '127.0.0.1', () => ok(s))
  })
}
const portOf = (s: Server) => (s.address() as { port: number }).port
const close = (s: Server) => new Promise((ok) => s.close(ok))

describe('startShadowProxy', () => {
  test('when the admin port is taken it fails and leaves the user-facing port free', async () => {
    const busy = await listen()
    const probe = await listen()
    const userPort = portOf(probe)
    await close(probe)
    const options = parseOptions([
      '--production',
      'http://127.0.0.1:9',
      '--dark',
      'http://127.0.0.1:9',
      '--listen',
      `127.0.0.1:${userPort}`,
      '--admin',
      `127.0.0.1:${portOf(busy)}`,
    ])
    await expect(startShadowProxy(options)).rejects.toThrow(/EADDRINUSE/)
    const again = await listen(userPort) // would throw EADDRINUSE if the proxy had kept it
    await close(again)
    await close(busy)
  })
})
