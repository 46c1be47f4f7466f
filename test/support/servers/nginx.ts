/**
 * An unprivileged nginx on loopback: `nginx -p <prefix> -c <conf> -e <log> -g 'daemon off; pid ...;'`, with every
 * path (logs, temp dirs, pid) inside a temp prefix. The test's template gives the `http {}` body (server blocks)
 * — or a whole nginx.conf when it contains its own `http {` block. `nginx -t` runs before the start and before
 * every reload; a reload is only done when its generation marker (a tiny control server on a second port) answers
 * with the new generation, so the new config is known to be live.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort, httpRequest } from '../net.js'
import {
  alive,
  childrenOf,
  removeDir,
  requireBinary,
  retryOnPortClash,
  runChecked,
  serverDir,
  startProcess,
  waitReady,
} from './common.js'

const NGINX = '/usr/sbin/nginx'

export interface NginxContext {
  /** The port the test's server block should listen on (`listen 127.0.0.1:${port};`). */
  port: number
  /** nginx's prefix dir (relative paths in the config resolve against it); a temp dir. */
  prefix: string
}

export interface Nginx {
  port: number
  prefix: string
  confPath: string
  /** The `nginx` command line that addresses this instance (e.g. for an action's reload command). */
  args: string[]
  /** `nginx -t`, then `nginx -s reload`, then wait until the new config serves. Re-renders when given a template. */
  reload(config?: (ctx: NginxContext) => string): Promise<void>
  stop(): Promise<void>
}

const MARK = '# shipline-generation'

function render(body: string, ctx: NginxContext, controlPort: number, generation: number): string {
  const control = `  server { listen 127.0.0.1:${controlPort}; location = /generation { return 200 "${generation}"; } } ${MARK}\n`
  if (/^\s*http\s*\{/m.test(body)) return body.replace(/^(\s*http\s*\{[^\n]*\n)/m, `$1${control}`)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${join(ctx.prefix, 'tmp', t)};`)
    .join('\n')
  return [
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    'events { worker_connections 512; }',
    'http {',
    control,
    `  access_log ${join(ctx.prefix, 'logs', 'access.log')};`,
    temp,
    existsSync('/etc/nginx/mime.types') ? '  include /etc/nginx/mime.types;' : '',
    '  default_type application/octet-stream;',
    body,
    '}',
    '',
  ].join('\n')
}

/** Start nginx on a free 127.0.0.1 port; `stop()` stops it by PID and removes the prefix. */
export async function startNginx(opts: { config: (ctx: NginxContext) => string }): Promise<Nginx> {
  return retryOnPortClash(() => startOnce(opts))
}

async function startOnce(opts: { config: (ctx: NginxContext) => string }): Promise<Nginx> {
  requireBinary(NGINX, 'nginx-light')
  const prefix = serverDir('nginx')
  for (const d of ['logs', 'tmp', 'conf']) mkdirSync(join(prefix, d))
  const port = await freePort()
  const controlPort = await freePort()
  const ctx: NginxContext = { port, prefix }
  const confPath = join(prefix, 'conf', 'nginx.conf')
  const errorLog = join(prefix, 'logs', 'error.log')
  const globals = `daemon off; master_process on; pid ${join(prefix, 'nginx.pid')}; error_log ${errorLog} notice;`
  const args = ['-p', prefix, '-c', confPath, '-e', errorLog, '-g', globals]
  let generation = 1
  writeFileSync(confPath, render(opts.config(ctx), ctx, controlPort, generation))
  const test = () => runChecked(NGINX, ['-t', '-q', ...args], `nginx -t (${confPath})`)
  test()
  const server = startProcess(NGINX, args, { logPath: join(prefix, 'logs', 'stderr.log') })
  const live = async (want: number) => {
    const r = await httpRequest(`http://127.0.0.1:${controlPort}/generation`, { timeoutMs: 2_000 })
    return r.status === 200 && r.body === String(want)
  }
  const stop = async () => {
    await server.stop()
    removeDir(prefix)
  }
  const detail = () => `--- ${errorLog} ---\n${readLog(errorLog)}`
  try {
    await waitReady(server, `nginx on port ${port}`, () => live(generation), 15_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${detail()}`)
    })
  } catch (error) {
    await stop()
    throw error
  }
  const reload = async (config?: (ctx: NginxContext) => string) => {
    generation += 1
    const current = config ? render(config(ctx), ctx, controlPort, generation) : readFileSync(confPath, 'utf8')
    const next = config
      ? current
      : current.replace(/return 200 "\d+"; \} \} # shipline-generation/, `return 200 "${generation}"; } } ${MARK}`)
    if (!next.includes(`return 200 "${generation}"`))
      throw new Error(`nginx reload: ${confPath} lost its generation marker line ('${MARK}')`)
    const previous = readFileSync(confPath, 'utf8')
    writeFileSync(confPath, next)
    try {
      test()
    } catch (error) {
      writeFileSync(confPath, previous) // the running config stays, and so does the file that describes it
      generation -= 1
      throw error
    }
    // Until the old workers have exited they may still accept on the shared listening sockets (seen here: the
    // marker answered from a new worker while the next request got an old one), so wait for both.
    const oldWorkers = server.child.pid ? childrenOf(server.child.pid) : []
    runChecked(NGINX, [...args, '-s', 'reload'], 'nginx -s reload')
    await waitReady(
      server,
      `nginx reload to generation ${generation}`,
      async () => oldWorkers.every((w) => !alive(w)) && (await live(generation)),
      15_000,
    )
  }
  return { port, prefix, confPath, args: [...args], reload, stop }
}

function readLog(path: string): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-20).join('\n')
  } catch {
    return '(no log)'
  }
}
