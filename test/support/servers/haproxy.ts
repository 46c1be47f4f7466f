/**
 * An unprivileged HAProxy on loopback (`haproxy -db -f <conf>`, in the foreground), with its admin stats socket (the
 * runtime API: `set weight`, `get weight`, `show servers state`) in a temp dir. The test's template gives the
 * frontend/backend sections; `global` (the socket) and `defaults` are set for you. Ready when the socket answers
 * `show info` and the frontend port accepts connections.
 */
import { writeFileSync } from 'node:fs'
import { createConnection } from 'node:net'
import { join } from 'node:path'
import { freePort } from '../net.js'
import { removeDir, requireBinary, retryOnPortClash, runChecked, serverDir, startProcess, waitReady } from './common.js'

const HAPROXY = '/usr/sbin/haproxy'

export interface HaproxyContext {
  /** The port the test's frontend should bind (`bind 127.0.0.1:${port}`). */
  port: number
  dir: string
}

export interface Haproxy {
  port: number
  /** The admin stats socket (unix), `level admin`. */
  socket: string
  confPath: string
  /** Send one runtime API command line; resolves with the answer. */
  command(line: string): Promise<string>
  stop(): Promise<void>
}

/** One command on a fresh connection to the stats socket (non-interactive mode: HAProxy answers, then closes). */
export function socketCommand(socket: string, line: string, timeoutMs = 2_000): Promise<string> {
  return new Promise((ok, fail) => {
    const conn = createConnection(socket)
    let out = ''
    conn.setTimeout(timeoutMs, () =>
      conn.destroy(new Error(`haproxy socket ${socket}: no answer to '${line}' within ${timeoutMs} ms`)),
    )
    conn.on('connect', () => conn.end(`${line}\n`))
    conn.on('data', (b: Buffer) => (out += b.toString('utf8')))
    conn.on('end', () => ok(out))
    conn.on('error', fail)
  })
}

function render(body: string, socket: string): string {
  return [
    'global',
    `  stats socket ${socket} mode 600 level admin`,
    '  maxconn 1000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  option http-keep-alive',
    body,
    '',
  ].join('\n')
}

/** Start HAProxy on a free 127.0.0.1 port; `stop()` stops it by PID and removes its dir. */
export async function startHaproxy(opts: { config: (ctx: HaproxyContext) => string }): Promise<Haproxy> {
  return retryOnPortClash(() => startOnce(opts))
}

async function startOnce(opts: { config: (ctx: HaproxyContext) => string }): Promise<Haproxy> {
  requireBinary(HAPROXY, 'haproxy')
  const dir = serverDir('haproxy')
  const port = await freePort()
  const socket = join(dir, 'admin.sock')
  const confPath = join(dir, 'haproxy.cfg')
  writeFileSync(confPath, render(opts.config({ port, dir }), socket))
  try {
    runChecked(HAPROXY, ['-c', '-f', confPath], `haproxy -c (${confPath})`)
  } catch (error) {
    removeDir(dir)
    throw error
  }
  const server = startProcess(HAPROXY, ['-db', '-f', confPath], { logPath: join(dir, 'haproxy.log') })
  const stop = async () => {
    await server.stop()
    removeDir(dir)
  }
  try {
    await waitReady(
      server,
      `haproxy on port ${port}`,
      async () => {
        const info = await socketCommand(socket, 'show info').catch(() => '')
        if (!/^Name: HAProxy/m.test(info)) return false
        return new Promise<boolean>((ok) => {
          const c = createConnection({ host: '127.0.0.1', port }, () => (c.destroy(), ok(true)))
          c.on('error', () => ok(false))
        })
      },
      15_000,
    )
  } catch (error) {
    await stop()
    throw error
  }
  return { port, socket, confPath, command: (line) => socketCommand(socket, line), stop }
}
