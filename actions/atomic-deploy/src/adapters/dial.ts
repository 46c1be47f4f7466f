/**
 * The TCP connection of an SSH master, opened by the runner with TCP_NODELAY and handed to ssh as its stdin and
 * stdout (`ProxyCommand=-`). ssh sets TCP_NODELAY only once a session starts: during the key exchange its
 * NEWKEYS and the service request that follows are two small writes, and the second waited for the host's
 * delayed ACK (40 ms on Linux) on every connection. Nothing else changes: ssh still does the whole protocol,
 * host key check included (against the host name and port, as before).
 *
 * Used only where it cannot change where the connection goes or how long it lives: when ssh's configuration
 * routes nothing (no user ~/.ssh/config, no HostName, proxy, bind address... system-wide), and when util-linux
 * `setpriv` can give the master a parent-death signal (the master's stdin is the connection, so it can no longer
 * end with the runner's pipe). Otherwise ssh dials as before.
 */
import { connect, type Socket } from 'node:net'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { homedir, userInfo } from 'node:os'
import { delimiter, join } from 'node:path'
import { dialFailure, routesConnections } from '../domain/dial.js'

let decided: { setpriv: string | undefined } | undefined

/** `setpriv` on PATH, or undefined. */
function findSetpriv(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = dir && join(dir, 'setpriv')
    if (p && existsSync(p)) return p
  }
  return undefined
}

/** Whether an ssh_config the client reads could route connections (see routesConnections), read once. */
function configRoutes(): boolean {
  const homes = new Set([homedir()])
  try {
    homes.add(userInfo().homedir)
  } catch {
    // no passwd entry: HOME only
  }
  if ([...homes].some((h) => existsSync(join(h, '.ssh', 'config')))) return true
  const files = ['/etc/ssh/ssh_config']
  try {
    for (const f of readdirSync('/etc/ssh/ssh_config.d')) files.push(join('/etc/ssh/ssh_config.d', f))
  } catch {
    // no drop-in directory
  }
  return files.some((f) => {
    try {
      return routesConnections(readFileSync(f, 'utf8'))
    } catch {
      return existsSync(f) // there but unreadable: assume it routes
    }
  })
}

/**
 * The `setpriv` to start SSH masters with when the runner dials their connections itself; undefined when ssh must
 * dial (see above). Decided once per run.
 */
export function directDial(): string | undefined {
  decided ??= { setpriv: configRoutes() ? undefined : findSetpriv() }
  return decided.setpriv
}

/**
 * Connect to host:port with TCP_NODELAY, giving up after `timeoutMs` or when `signal` aborts. The socket is
 * paused: nothing is read from it here, every byte is left for ssh.
 */
export function dial(host: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<Socket> {
  return new Promise((ok, fail) => {
    const socket = connect({ host, port, noDelay: true })
    socket.pause()
    let settled = false
    const done = (e?: Error): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', cancel)
      if (!e) return ok(socket)
      socket.destroy()
      fail(e)
    }
    const cancel = (): void => done(new Error('the run was cancelled'))
    const timer = setTimeout(() => done(new Error(dialFailure(host, port, 'ETIMEDOUT', ''))), timeoutMs)
    if (signal?.aborted) return cancel()
    signal?.addEventListener('abort', cancel, { once: true })
    socket.once('connect', () => done())
    // After the connect, an error is ssh's to see (the socket is ssh's then): ignored here.
    socket.on('error', (e: NodeJS.ErrnoException) => done(new Error(dialFailure(host, port, e.code, e.message))))
  })
}
