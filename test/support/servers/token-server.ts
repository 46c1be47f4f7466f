/**
 * A Docker/Distribution token server for tests (the `WWW-Authenticate: Bearer realm=…` flow ghcr.io and Docker Hub
 * use): it checks Basic credentials and answers `{ token }`, a JWT signed RS256 with a throwaway key whose
 * self-signed certificate (made with openssl) the registry trusts; the certificate rides in the `x5c` header.
 * Every request is recorded (without the password) so a test can see the scopes asked for.
 */
import { createSign, randomUUID, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { runChecked } from './common.js'

export interface TokenServer {
  realm: string
  service: string
  issuer: string
  certPath: string
  /** `scope` (and user) of each token request. */
  requests: { user?: string; scope: string | null }[]
  stop(): Promise<void>
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url')

export async function startTokenServer(dir: string, users: Record<string, string>): Promise<TokenServer> {
  const keyPath = join(dir, 'token.key')
  const certPath = join(dir, 'token.crt')
  runChecked(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '2',
      '-subj',
      '/CN=shipline-test-token',
    ],
    'openssl (token key)',
  )
  const key = readFileSync(keyPath, 'utf8')
  const der = new X509Certificate(readFileSync(certPath)).raw
  const service = 'shipline-test-registry'
  const issuer = 'shipline-test-issuer'
  const requests: TokenServer['requests'] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    const [user, password] = basic ? Buffer.from(basic, 'base64').toString().split(/:(.*)/s) : []
    const scope = url.searchParams.get('scope')
    requests.push({ ...(user ? { user } : {}), scope })
    if (!user || users[user] !== password) {
      res.writeHead(401, { 'content-type': 'application/json' })
      return res.end('{"details":"bad credentials"}')
    }
    const access = scope
      ? [
          {
            type: 'repository',
            name: scope.split(':')[1],
            actions: (scope.split(':')[2] ?? '').split(',').filter(Boolean),
          },
        ]
      : []
    const now = Math.floor(Date.now() / 1000)
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5c: [der.toString('base64')] }))
    const claims = b64url(
      JSON.stringify({
        iss: issuer,
        sub: user,
        aud: service,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access,
      }),
    )
    const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(key)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ token: `${header}.${claims}.${b64url(signature)}`, expires_in: 300 }))
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const port = (server.address() as { port: number }).port
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certPath,
    requests,
    stop: () => {
      server.closeAllConnections()
      return new Promise((ok) => server.close(() => ok()))
    },
  }
}
