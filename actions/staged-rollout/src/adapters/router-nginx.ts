/**
 * The `nginx` router: rewrite the snippet it owns, `nginx -t`, graceful reload (SIGHUP via `nginx -s reload`, both
 * as argv, never a shell), then probe until the new config is what answers. A failed test or reload puts the old
 * snippet back, so traffic is untouched.
 */
import { exec, UserError, lastLines, messageOf, readTextIfExists, writeAtomic } from '@shipline/core'
import { request } from 'node:http'
import { renderNginx } from '../domain/nginx-config.js'
import type { Router } from '../domain/rollout.js'
import type { NginxConfig } from './inputs.js'

/** The nginx inputs (probeUrl: served through nginx, probed after each reload until the new generation answers), plus where and what. */
export interface NginxOptions extends NginxConfig {
  configPath: string
  stable: string
  canary: string
}

/** How long only the new config must answer before it counts as served (nginx retires old workers after 100 ms). */
const SETTLE_MS = 150

interface Probe {
  status: number
  generation: string | undefined
  version: string | undefined
}

function get(url: string, versionHeader: string): Promise<Probe> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers: { connection: 'close' }, timeout: 1000 }, (res) => {
      res.resume()
      res.on('end', () => {
        const one = (h: string | string[] | undefined): string | undefined => (Array.isArray(h) ? h[0] : h)
        ok({
          status: res.statusCode ?? 0,
          generation: one(res.headers['x-shipline-generation']),
          version: one(res.headers[versionHeader.toLowerCase()]),
        })
      })
      res.on('error', fail)
    })
    req.on('timeout', () => req.destroy(new Error('probe timed out')))
    req.on('error', fail)
    req.end()
  })
}

export class NginxRouter implements Router {
  private seq = 0
  constructor(private readonly o: NginxOptions) {}

  async setWeight(weight: number): Promise<{ servedMs: number; detail: string }> {
    const started = performance.now()
    const generation = `${Date.now().toString(36)}-${process.pid.toString(36)}-${++this.seq}-w${weight}`
    const before = await readTextIfExists(this.o.configPath)
    await writeAtomic(this.o.configPath, renderNginx({ ...this.o, weight, generation }))
    try {
      await this.run(this.o.testCommand, 'test')
      await this.run(this.o.reloadCommand, 'reload')
    } catch (error) {
      await this.restore(before)
      throw error
    }
    const probed = await this.probe(generation, weight)
    return { servedMs: performance.now() - started, detail: probed }
  }

  private async run(argv: string[], what: string): Promise<void> {
    const [file, ...args] = argv as [string, ...string[]]
    const r = await exec(file, args, { timeoutMs: 30_000, allowFailure: true })
    if (r.code !== 0 || r.timedOut) {
      throw new UserError(
        `nginx config ${what} failed ('${argv.join(' ')}' exited ${r.timedOut ? 'on timeout' : r.code}): ${lastLines(r.stderr || r.stdout, 5)}`,
        {
          hint: `The previous ${this.o.configPath} was put back; traffic is unchanged.`,
        },
      )
    }
  }

  private async restore(before: string | undefined): Promise<void> {
    if (before === undefined) return
    await writeAtomic(this.o.configPath, before)
  }

  /**
   * Probe until nginx serves the new config, on fresh connections: the `X-Shipline-Generation` header names it.
   * nginx's master waits 100 ms after starting new workers before it tells the old ones to stop accepting, so the
   * new generation must answer alone for {@link SETTLE_MS} in a row. When a location hides the header (its own
   * `add_header` drops inherited ones), fall back to the version header at 0% and 100%.
   */
  private async probe(generation: string, weight: number): Promise<string> {
    if (!this.o.probeUrl) return 'not probed (no probe-url)'
    const deadline = performance.now() + this.o.probeTimeoutMs
    const expected = weight === 100 ? this.o.canary : weight === 0 ? this.o.stable : undefined
    let since: number | undefined
    let headerSeen = false
    let last = 'no answer'
    for (let attempt = 0; attempt < 20_000 && performance.now() < deadline; attempt++) {
      try {
        const p = await get(this.o.probeUrl, this.o.versionHeader)
        const now = performance.now()
        last = `HTTP ${p.status}, generation ${p.generation ?? '(none)'}, ${this.o.versionHeader} ${p.version ?? '(none)'}`
        headerSeen ||= p.generation === generation
        const good = headerSeen
          ? p.generation === generation
          : p.generation === undefined && (expected === undefined ? p.status > 0 : p.version === expected)
        since = good ? (since ?? now) : undefined
        if (since !== undefined && now - since >= SETTLE_MS) {
          if (headerSeen) return `served (generation ${generation})`
          return expected
            ? `served (${this.o.versionHeader}: ${expected})`
            : 'answering (weights not observable without X-Shipline-Generation)'
        }
      } catch (error) {
        last = messageOf(error)
        since = undefined
      }
      await new Promise((ok) => setTimeout(ok, since === undefined ? 10 : 2))
    }
    throw new UserError(
      `nginx did not serve the new weights within ${this.o.probeTimeoutMs} ms (last probe: ${last})`,
      {
        hint: `Check that ${this.o.probeUrl} is served through the upstream '${this.o.upstream}'.`,
      },
    )
  }
}
