/**
 * A real OCI registry on loopback: the CNCF Distribution registry from Debian's `docker-registry` package
 * (`/usr/bin/docker-registry serve <config>`), filesystem storage in a temp dir, deletes enabled, and — with
 * `auth` — htpasswd Basic auth (a bcrypt entry made with bcryptjs, which Verdaccio already brings).
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { freePort, httpRequest } from '../net.js'
import { removeDir, requireBinary, retryOnPortClash, serverDir, startProcess, waitReady } from './common.js'

export const REGISTRY_BIN = '/usr/bin/docker-registry'

export interface OciRegistry {
  /** `127.0.0.1:<port>`: the registry part of an image reference. */
  host: string
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  /** With `auth`: the user and password the registry accepts. */
  user?: string
  password?: string
  /** The registry's temp dir (config, storage, log). */
  dir: string
  /** Storage root: `docker/registry/v2/...` (a test may delete a blob here to simulate a half-pushed image). */
  storage: string
  /** PID of the registry process. */
  pid: number | undefined
  logTail(n?: number): string
  stop(): Promise<void>
}

/** Token auth: the registry trusts `certPath` and sends clients to `realm` for a token (see token-server.ts). */
export interface TokenAuth {
  realm: string
  service: string
  issuer: string
  certPath: string
}

function config(dir: string, port: number, auth: boolean, token?: TokenAuth): string {
  return [
    'version: 0.1',
    'log: { level: warn, accesslog: { disabled: true } }',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(join(dir, 'storage'))}`,
    '  delete: { enabled: true }',
    '  maintenance: { uploadpurging: { enabled: false } }',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${JSON.stringify(`shipline-test-${port}`)}`,
    ...(auth
      ? ['auth:', '  htpasswd:', '    realm: shipline-test', `    path: ${JSON.stringify(join(dir, 'htpasswd'))}`]
      : []),
    ...(token
      ? [
          'auth:',
          '  token:',
          `    realm: ${JSON.stringify(token.realm)}`,
          `    service: ${JSON.stringify(token.service)}`,
          `    issuer: ${JSON.stringify(token.issuer)}`,
          `    rootcertbundle: ${JSON.stringify(token.certPath)}`,
        ]
      : []),
    '',
  ].join('\n')
}

export interface RegistryOptions {
  /** htpasswd Basic auth with this user. */
  auth?: { user: string; password: string }
  /** Bearer token auth against a token server (as ghcr.io and Docker Hub do). */
  token?: TokenAuth
}

/** Start the registry on a free 127.0.0.1 port; `stop()` kills it by PID and removes its data. */
export function startOciRegistry(opts: RegistryOptions = {}): Promise<OciRegistry> {
  return retryOnPortClash(() => startOnce(opts))
}

async function startOnce(opts: RegistryOptions): Promise<OciRegistry> {
  const bin = requireBinary(REGISTRY_BIN, 'docker-registry')
  const dir = serverDir('oci-registry')
  const port = await freePort()
  const configPath = join(dir, 'config.yml')
  writeFileSync(configPath, config(dir, port, opts.auth !== undefined, opts.token))
  if (opts.auth) {
    const bcrypt = createRequire(import.meta.url)('bcryptjs') as { hashSync(p: string, rounds: number): string }
    writeFileSync(join(dir, 'htpasswd'), `${opts.auth.user}:${bcrypt.hashSync(opts.auth.password, 5)}\n`)
  }
  const server = startProcess(bin, ['serve', configPath], {
    logPath: join(dir, 'registry.log'),
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir },
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    await server.stop()
    removeDir(dir)
  }
  try {
    await waitReady(server, `docker-registry on ${url}`, async () =>
      [200, 401].includes((await httpRequest(`${url}/v2/`, { timeoutMs: 2_000 })).status),
    )
  } catch (error) {
    await stop()
    throw error
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    port,
    ...(opts.auth ? { user: opts.auth.user, password: opts.auth.password } : {}),
    dir,
    storage: join(dir, 'storage'),
    pid: server.child.pid,
    logTail: (n) => server.tail(n),
    stop,
  }
}
