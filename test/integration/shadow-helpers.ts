/**
 * Helpers for the shadow-proxy integration tests: a production and a dark backend (real HTTP servers on
 * 127.0.0.1 that record what they receive and can hold answers), and the proxy started as its own Node 24 process
 * from packages/shadow/src/shadow-proxy.mjs, exactly as an action or an operator would run it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { join } from 'node:path'
import { node24, repoRoot, stopChild, track, waitUntil, isRunning } from '../support/net.js'

export const PROXY_CLI = join(repoRoot, 'packages', 'shadow', 'src', 'shadow-proxy.mjs')

export interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface Backend {
  url: string
  seen: Seen[]
  /** Requests received whose answer is being held (see `hold`). */
  pending: number
  /** While true, answers wait until `release()`. */
  hold: boolean
  release(): void
  close(): Promise<void>
}

/** A backend answering with `answer(request)` (status, JSON body, extra headers). */
export async function startBackend(
  answer: (req: Seen) => { status?: number; body: unknown; headers?: Record<string, string>; stallBody?: boolean },
): Promise<Backend> {
  const waiting: (() => void)[] = []
  const backend: Backend = {
    url: '',
    seen: [],
    pending: 0,
    hold: false,
    release: () => {
      backend.hold = false
      for (const go of waiting.splice(0)) go()
    },
    close: async () => {
      backend.release()
      server.closeAllConnections()
      await new Promise((ok) => server.close(ok))
    },
  }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const seen: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      backend.seen.push(seen)
      const reply = (): void => {
        const { status = 200, body, headers = {}, stallBody = false } = answer(seen)
        res.writeHead(status, { 'content-type': 'application/json', ...headers })
        if (stallBody)
          res.write(JSON.stringify(body).slice(0, 5)) // headers and a few bytes, then nothing
        else res.end(JSON.stringify(body))
      }
      if (!backend.hold) return reply()
      backend.pending += 1
      waiting.push(() => {
        backend.pending -= 1
        reply()
      })
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const address = server.address()
  backend.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  return backend
}

export interface Proxy {
  child: ChildProcess
  url: string
  admin: string
  stdout: () => string
  stderr: () => string
  stop(): Promise<void>
}

/** Start the proxy CLI; resolves once it printed its "listening" line. */
export async function startProxy(args: string[]): Promise<Proxy> {
  const child = spawn(node24, [PROXY_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  track(child)
  let out = ''
  let err = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
  const line = await waitUntil(async () => out.split('\n').find((l) => l.includes('"listening"')), {
    what: 'shadow proxy listening',
    timeoutMs: 15_000,
    abort: () => (isRunning(child) ? undefined : `exited with ${child.exitCode}: ${err}`),
  })
  const { url, admin } = JSON.parse(line) as { url: string; admin: string }
  return { child, url, admin, stdout: () => out, stderr: () => err, stop: () => stopChild(child) }
}

/** Run the CLI to completion (for refusals and --duration runs). */
export async function runProxy(
  args: string[],
  timeoutMs = 20_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(node24, [PROXY_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  track(child)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>((ok) => child.on('exit', (c) => ok(c)))
  clearTimeout(timer)
  return { code, stdout, stderr }
}

/** Parse Prometheus text into `name{labels}` → value. */
export function parseMetrics(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue
    const at = line.lastIndexOf(' ')
    out[line.slice(0, at)] = Number(line.slice(at + 1))
  }
  return out
}
