/**
 * Health checks after the switch: an HTTP GET from the runner (expected status, default any 2xx), or a
 * command on the host. Retried until it passes or the deadline passes; every attempt is bounded.
 */
import { sleep, splitUrlCredentials } from '@shipline/core'
import type { Transport } from './transport.js'
import { call, reason } from './remote.js'
import { HEALTH } from '../domain/scripts.js'

export type HealthCheck = { kind: 'http'; url: string; status?: number } | { kind: 'command'; command: string }

/** `http(s)://… [status]` is an HTTP check; anything else is a command. */
export function parseHealthCheck(text: string): HealthCheck {
  const m = /^(https?:\/\/\S+)(?:\s+(\d{3}))?$/.exec(text.trim())
  if (m) return { kind: 'http', url: m[1] as string, status: m[2] === undefined ? undefined : Number(m[2]) }
  return { kind: 'command', command: text }
}

const tail = (text: string): string => text.trim().split('\n').slice(-3).join(' | ')
async function httpOnce(
  url: string,
  status: number | undefined,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<string | undefined> {
  try {
    const limit = AbortSignal.timeout(timeoutMs)
    // fetch refuses `user:pw@` in a URL: send the credentials as Basic auth (core masks them and prints the URL redacted)
    const { url: target, authorization } = splitUrlCredentials(url)
    const res = await fetch(target, {
      signal: signal ? AbortSignal.any([limit, signal]) : limit,
      headers: { connection: 'close', ...(authorization ? { authorization } : {}) },
      redirect: 'manual',
    })
    await res.arrayBuffer().catch(() => undefined)
    const ok = status === undefined ? res.status >= 200 && res.status < 300 : res.status === status
    return ok ? undefined : `GET ${url} answered ${res.status}, expected ${status ?? '2xx'}`
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code
    return `GET ${url} failed: ${cause ?? (e as Error).message}`
  }
}

/** Check until healthy, the deadline or a cancel; resolves undefined when healthy, else the last failure. */
export async function checkHealth(
  check: HealthCheck,
  t: Transport,
  ctx: { url: string; version: string; label: string },
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const deadline = performance.now() + timeoutMs
  let last: string | undefined = 'no attempt made'
  for (let attempt = 0; attempt < 1000; attempt++) {
    const left = deadline - performance.now()
    if (left <= 0) break
    if (signal?.aborted) return 'the run was cancelled'
    const each = Math.round(Math.max(250, Math.min(left, 10_000)))
    if (check.kind === 'http') last = await httpOnce(ctx.url, check.status, each, signal)
    else {
      const r = await call(t, HEALTH, [t.root, ctx.version, ctx.label, check.command], { timeoutMs: each, signal })
      last =
        r.code === 0
          ? undefined
          : r.code === 255 || r.code === 21
            ? reason(r)
            : `command exited with code ${r.code}${tail(r.stderr || r.stdout) ? `: ${tail(r.stderr || r.stdout)}` : ''}`
    }
    if (last === undefined) return undefined
    const pause = Math.min(1000, 100 * 2 ** attempt, deadline - performance.now())
    if (pause > 0) await sleep(pause, signal)
  }
  return `${last} (gave up after ${Math.round(timeoutMs / 1000)}s)`
}
