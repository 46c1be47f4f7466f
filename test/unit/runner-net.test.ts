// The small helpers the harness and launchers share (test/support/net.ts): bounded waits, free ports, HTTP.
import { describe, expect, test } from '@jest/globals'
import { createServer } from 'node:http'
import { freePort, httpRequest, waitUntil } from '../support/net.js'

describe('waitUntil', () => {
  test('returns the first truthy probe value', async () => {
    let n = 0
    await expect(
      waitUntil(async () => (++n >= 3 ? `ready after ${n}` : undefined), { what: 'x', intervalMs: 1 }),
    ).resolves.toBe('ready after 3')
  })

  test('bounded by attempts, with the last error in the message', async () => {
    let n = 0
    const failing = waitUntil(
      async () => {
        n += 1
        throw new Error(`refused #${n}`)
      },
      { what: 'thing', intervalMs: 1, maxAttempts: 4, timeoutMs: 10_000, detail: () => 'log tail here' },
    )
    await expect(failing).rejects.toThrow('thing: not ready after 10000 ms (last: refused #4)\nlog tail here')
    expect(n).toBe(4)
  })

  test('bounded by time', async () => {
    const started = Date.now()
    await expect(waitUntil(async () => false, { what: 'slow', timeoutMs: 200, intervalMs: 20 })).rejects.toThrow(
      'slow: not ready after 200 ms (last: not ready)',
    )
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  test('abort stops at once with the reason', async () => {
    let n = 0
    await expect(
      waitUntil(async () => false, {
        what: 'server',
        intervalMs: 1,
        abort: () => (++n > 2 ? 'the process exited (code 1)' : undefined),
      }),
    ).rejects.toThrow('server: the process exited (code 1)')
    expect(n).toBe(3)
  })
})

describe('freePort and httpRequest', () => {
  test('a free port can be listened on; a request gets status, headers and body', async () => {
    const port = await freePort()
    const server = createServer((req, res) => res.writeHead(201, { 'x-m': req.method ?? '' }).end(`got ${req.url}`))
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', () => ok()))
    try {
      const r = await httpRequest(`http://127.0.0.1:${port}/a?b=1`, { method: 'PUT', body: 'x' })
      expect(r).toMatchObject({ status: 201, body: 'got /a?b=1', headers: { 'x-m': 'PUT' } })
    } finally {
      server.close()
    }
  })

  test('a refused connection rejects; a silent server times out', async () => {
    const port = await freePort()
    await expect(httpRequest(`http://127.0.0.1:${port}/`, { timeoutMs: 1_000 })).rejects.toThrow(/ECONNREFUSED/)
    const silent = createServer(() => undefined)
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', () => ok()))
    const address = silent.address()
    try {
      await expect(
        httpRequest(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, {
          timeoutMs: 200,
        }),
      ).rejects.toThrow('timeout after 200 ms')
    } finally {
      silent.closeAllConnections()
      silent.close()
    }
  })
})
