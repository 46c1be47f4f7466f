/**
 * @octokit/fixtures-server as a child process: replays real recorded api.github.com traffic (nock definitions from
 * @octokit/fixtures) over loopback. One server per test file; each scenario is loaded once and consumed in order.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const BIN = join(dirname(require.resolve('@octokit/fixtures-server/package.json')), 'bin', 'server.js')

export interface FixturesServer {
  url: string
  /** Load a scenario (folder name under scenarios/api.github.com); returns the base URL that replays it. */
  load(scenario: string): Promise<string>
  stop(): Promise<void>
}

/** A port that was free a moment ago (fixtures-server has no port-0 mode). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => resolve(port))
    })
  })
}

/** Start one; retried on a fresh port if another process took ours between probing and listening. */
export async function startFixturesServer(timeoutMs = 15_000): Promise<FixturesServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(await freePort(), timeoutMs)
    } catch (e) {
      if (attempt >= 3 || !/EADDRINUSE/.test(String(e))) throw e
    }
  }
}

async function startOnce(port: number, timeoutMs: number): Promise<FixturesServer> {
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, '--port', String(port), '--fixtures-url', url, '--log-level', 'error'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const gone = new Promise((ok) => child.once('exit', ok))
    child.kill('SIGTERM')
    await gone
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`fixtures-server exited (${child.exitCode}): ${stderr}`)
    const ok = await fetch(`${url}/ping`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`fixtures-server did not answer /ping within ${timeoutMs} ms: ${stderr}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return {
    url,
    async load(scenario) {
      const res = await fetch(`${url}/fixtures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenario }),
      })
      if (!res.ok) throw new Error(`fixtures-server: loading ${scenario}: ${res.status} ${await res.text()}`)
      return ((await res.json()) as { url: string }).url
    },
    stop,
  }
}
