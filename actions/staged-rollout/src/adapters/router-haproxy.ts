/**
 * The `haproxy` router: weights changed through HAProxy's runtime API on its admin stats socket (`set weight
 * <backend>/<server> <w>`), with no reload, so no connection is dropped; then every server's weight is read back
 * (`get weight`) and must be the one asked for. A refused command or a read-back that differs puts the previous
 * weights back and throws, so the previous split stays in force.
 */
import { UserError, messageOf, quote } from '@shipline/core'
import { createConnection } from 'node:net'
import {
  changeOrder,
  describeWeights,
  parseGetWeight,
  serverWeights,
  type ServerWeight,
} from '../domain/haproxy-weights.js'
import type { Router } from '../domain/rollout.js'

export interface HaproxyOptions {
  /** The admin stats socket (unix), `stats socket <path> level admin`. */
  socket: string
  backend: string
  stable: string
  canary: string
  /** Server names in `backend` per version. */
  servers: Record<string, string[]>
  timeoutMs?: number
}

export class HaproxyRouter implements Router {
  constructor(private readonly o: HaproxyOptions) {}

  private get names(): { stable: string[]; canary: string[] } {
    return { stable: this.o.servers[this.o.stable] ?? [], canary: this.o.servers[this.o.canary] ?? [] }
  }

  /** One command on a fresh connection (HAProxy's non-interactive mode answers, then closes). */
  private send(line: string): Promise<string> {
    const timeoutMs = this.o.timeoutMs ?? 5_000
    return new Promise((ok, fail) => {
      const conn = createConnection(this.o.socket)
      let out = ''
      conn.setTimeout(timeoutMs, () => conn.destroy(new Error(`no answer within ${timeoutMs} ms`)))
      conn.on('connect', () => conn.end(`${line}\n`))
      conn.on('data', (b: Buffer) => (out += b.toString('utf8')))
      conn.on('end', () => ok(out))
      conn.on('error', (e: NodeJS.ErrnoException) =>
        fail(
          new UserError(`HAProxy stats socket ${this.o.socket}: ${e.code ?? messageOf(e)} on '${line}'`, {
            hint: "Check the path and that the socket is declared 'stats socket <path> level admin' in haproxy.cfg.",
          }),
        ),
      )
    })
  }

  /** Every server's current weight, read back from HAProxy. */
  async read(): Promise<Map<string, number>> {
    const out = new Map<string, number>()
    for (const server of [...this.names.stable, ...this.names.canary]) {
      const answer = await this.send(`get weight ${this.o.backend}/${server}`)
      const w = parseGetWeight(answer)
      if (!w)
        throw new UserError(
          `HAProxy refused 'get weight ${this.o.backend}/${server}': ${answer.trim() ? quote(answer.trim(), 200) : '(empty answer)'}`,
          { hint: `Declare server '${server}' in backend '${this.o.backend}', or fix 'backends'.` },
        )
      out.set(server, w.current)
    }
    return out
  }

  /** Check the socket answers and every server exists, before anything is changed. */
  async prepare(): Promise<Map<string, number>> {
    return this.read()
  }

  private async apply(changes: readonly ServerWeight[]): Promise<void> {
    for (const c of changes) {
      const line = `set weight ${this.o.backend}/${c.server} ${c.weight}`
      const answer = (await this.send(line)).trim()
      if (answer !== '') throw new UserError(`HAProxy refused '${line}': ${quote(answer, 200)}`)
    }
  }

  async setWeight(weight: number): Promise<{ servedMs: number; detail: string }> {
    const started = performance.now()
    const before = await this.read()
    const target = serverWeights(weight, this.names)
    try {
      await this.apply(changeOrder(before, target))
      const after = await this.read()
      const wrong = target.filter((t) => after.get(t.server) !== t.weight)
      if (wrong.length)
        throw new UserError(
          `HAProxy reads back ${wrong.map((w) => `${w.server}=${after.get(w.server)}`).join(' ')}, not ${describeWeights(wrong)}`,
        )
    } catch (error) {
      const previous = [...before].map(([server, w]) => ({ server, weight: w }))
      await this.apply(changeOrder(await this.read().catch(() => new Map<string, number>()), previous)).catch(
        () => undefined,
      )
      throw error
    }
    return {
      servedMs: performance.now() - started,
      detail: `${this.o.backend}: ${describeWeights(target)} (read back)`,
    }
  }
}
