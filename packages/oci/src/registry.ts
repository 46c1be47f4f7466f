/**
 * A small client of the OCI Distribution API (the registry HTTP API): manifests and blobs by digest, monolithic
 * blob uploads with the digest checked by the registry, Basic and Bearer (token) auth. Idempotent requests are
 * retried on 5xx, 429 and dropped connections, a bounded number of times. Credentials and tokens are never part of
 * an error message.
 */
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { RemoteError } from '@shipline/core'
import { sha256Digest } from './digest.js'
import { registryUrl, type ImageReference } from './reference.js'
import { MANIFEST_TYPES } from './types.js'
import { setTimeout as sleep } from 'node:timers/promises'

export interface Credentials {
  username: string
  password: string
}

export interface ClientOptions {
  credentials?: Credentials
  /** Attempts for an idempotent request (default 4). */
  attempts?: number
  /** Called with each secret the client derives (a Basic header value, a token) so the caller can mask it. */
  onSecret?: (secret: string) => void
  /** Delay before retry n (ms); default 250·4^(n-1). */
  backoffMs?: (attempt: number) => number
  timeoutMs?: number
}

export interface ManifestBytes {
  bytes: Buffer
  mediaType: string
  digest: string
}

interface Challenge {
  scheme: string
  params: Record<string, string>
}

/** Parse `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or Basic). */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined
  const m = /^\s*(\w+)\s*(.*)$/.exec(header)
  if (!m) return undefined
  const params: Record<string, string> = {}
  for (const p of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) params[(p[1] as string).toLowerCase()] = p[2] as string
  return { scheme: (m[1] as string).toLowerCase(), params }
}

export class RegistryClient {
  readonly base: string
  private auth: string | undefined
  private readonly attempts: number

  constructor(
    readonly registry: string,
    private readonly options: ClientOptions = {},
  ) {
    this.base = registryUrl(registry)
    this.attempts = options.attempts ?? 4
  }

  static for(ref: ImageReference, options: ClientOptions = {}): RegistryClient {
    return new RegistryClient(ref.registry, options)
  }

  private async authenticate(challenge: Challenge | undefined, scope: string, operation: string): Promise<void> {
    const creds = this.options.credentials
    if (challenge?.scheme === 'basic') {
      if (!creds)
        throw new RemoteError(operation, 401, `${this.registry} asks for a user name and password`, {
          hint: 'Give the registry credentials.',
        })
      this.auth = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
      this.options.onSecret?.(this.auth.slice(6))
      return
    }
    if (challenge?.scheme === 'bearer' && challenge.params.realm) {
      const url = new URL(challenge.params.realm)
      if (challenge.params.service) url.searchParams.set('service', challenge.params.service)
      url.searchParams.set('scope', challenge.params.scope ?? scope)
      const headers: Record<string, string> = {}
      if (creds)
        headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000) })
      if (!res.ok)
        throw new RemoteError(
          operation,
          res.status,
          `the token service of ${this.registry} refused ${creds ? 'the credentials' : 'an anonymous request'}`,
        )
      const body = (await res.json()) as { token?: string; access_token?: string }
      const token = body.token ?? body.access_token
      if (!token)
        throw new RemoteError(operation, res.status, `the token service of ${this.registry} answered without a token`)
      this.options.onSecret?.(token)
      this.auth = `Bearer ${token}`
      return
    }
    throw new RemoteError(
      operation,
      401,
      `${this.registry} refused the request and offers no usable authentication scheme`,
    )
  }

  /**
   * One request, with auth (a 401 triggers one authentication and one retry) and bounded retries for transient
   * failures when `retry` is set. `body` is a function so each attempt gets a fresh stream.
   */
  async request(
    operation: string,
    method: string,
    path: string,
    o: {
      scope: string
      headers?: Record<string, string>
      body?: () => Readable | Buffer
      retry?: boolean
      ok?: number[]
    },
  ): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.base}${path}`
    let authed = false
    let lastError: unknown
    for (let attempt = 1; attempt <= (o.retry === false ? 1 : this.attempts); attempt++) {
      if (attempt > 1) await sleep(this.options.backoffMs?.(attempt - 1) ?? 250 * 4 ** (attempt - 2))
      const headers: Record<string, string> = { ...(o.headers ?? {}) }
      if (this.auth) headers.authorization = this.auth
      const body = o.body?.()
      let res: Response
      try {
        res = await fetch(url, {
          method,
          headers,
          ...(body
            ? {
                body: Buffer.isBuffer(body) ? body : (Readable.toWeb(body as Readable) as ReadableStream),
                duplex: 'half',
              }
            : {}),
          redirect: 'follow',
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 300_000),
        } as RequestInit)
      } catch (error) {
        lastError = error
        continue
      }
      if (res.status === 401 && !authed) {
        authed = true
        await res.body?.cancel()
        await this.authenticate(parseChallenge(res.headers.get('www-authenticate')), o.scope, operation)
        attempt-- // the auth round does not count as a failure
        continue
      }
      if ((res.status >= 500 || res.status === 429) && o.retry !== false && attempt < this.attempts) {
        lastError = new RemoteError(operation, res.status, await errorDetail(res))
        continue
      }
      if (o.ok ? o.ok.includes(res.status) : res.ok) return res
      throw new RemoteError(operation, res.status, await errorDetail(res))
    }
    if (lastError instanceof RemoteError) throw lastError
    throw new RemoteError(
      operation,
      undefined,
      `${this.registry} could not be reached (${(lastError as Error)?.message ?? 'no answer'})`,
      { cause: lastError },
    )
  }

  /** Size of a blob when the repository has it, else undefined. */
  async blobSize(repository: string, digest: string): Promise<number | undefined> {
    const res = await this.request(`HEAD blob ${digest}`, 'HEAD', `/v2/${repository}/blobs/${digest}`, {
      scope: scopeOf(repository, 'pull'),
      ok: [200, 404],
    })
    if (res.status === 404) return undefined
    return Number(res.headers.get('content-length') ?? -1)
  }

  /** The blob's bytes as a stream (the caller checks the digest while storing it). */
  async blobStream(repository: string, digest: string): Promise<Readable> {
    const res = await this.request(`GET blob ${digest}`, 'GET', `/v2/${repository}/blobs/${digest}`, {
      scope: scopeOf(repository, 'pull'),
    })
    if (!res.body) throw new RemoteError(`GET blob ${digest}`, res.status, 'empty body')
    return Readable.fromWeb(res.body as import('node:stream/web').ReadableStream)
  }

  /**
   * Upload a blob from a file: POST to open an upload, PUT the whole file with `?digest=` (the registry checks the
   * digest and refuses a mismatch, so a blob is never stored under a wrong name). A failed attempt starts over.
   */
  async pushBlob(repository: string, digest: string, size: number, file: string): Promise<void> {
    const operation = `upload blob ${digest}`
    const scope = scopeOf(repository, 'pull,push')
    let lastError: unknown
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        const started = await this.request(operation, 'POST', `/v2/${repository}/blobs/uploads/`, {
          scope,
          ok: [202],
          headers: { 'content-length': '0' },
        })
        await started.body?.cancel()
        const location = started.headers.get('location')
        if (!location) throw new RemoteError(operation, started.status, 'the registry gave no upload location')
        const url = new URL(location, this.base)
        url.searchParams.set('digest', digest)
        const res = await this.request(operation, 'PUT', url.toString(), {
          scope,
          retry: false,
          ok: [201],
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
          body: () => createReadStream(file, { highWaterMark: 1 << 20 }),
        })
        await res.body?.cancel()
        return
      } catch (error) {
        lastError = error
        const status = (error as RemoteError).status
        if (status !== undefined && status < 500 && status !== 429) throw error
        if (attempt < this.attempts) await sleep(this.options.backoffMs?.(attempt) ?? 250 * 4 ** (attempt - 1))
      }
    }
    throw lastError
  }

  /** A manifest (or index) by tag or digest, its bytes checked against the digest when one was asked for. */
  async getManifest(repository: string, reference: string): Promise<ManifestBytes | undefined> {
    const operation = `GET manifest ${repository}:${reference}`
    const res = await this.request(operation, 'GET', `/v2/${repository}/manifests/${reference}`, {
      scope: scopeOf(repository, 'pull'),
      headers: { accept: MANIFEST_TYPES.join(', ') },
      ok: [200, 404],
    })
    if (res.status === 404) {
      await res.body?.cancel()
      return undefined
    }
    const bytes = Buffer.from(await res.arrayBuffer())
    const digest = sha256Digest(bytes)
    if (reference.startsWith('sha256:') && digest !== reference)
      throw new RemoteError(operation, res.status, `the registry sent a manifest whose digest is ${digest}`)
    const mediaType =
      (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ||
      (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ||
      ''
    return { bytes, mediaType, digest }
  }

  /** PUT a manifest under a tag or its digest; returns the digest the registry computed (checked against ours). */
  async putManifest(repository: string, reference: string, m: { bytes: Buffer; mediaType: string }): Promise<string> {
    const operation = `PUT manifest ${repository}:${reference}`
    const res = await this.request(operation, 'PUT', `/v2/${repository}/manifests/${reference}`, {
      scope: scopeOf(repository, 'pull,push'),
      headers: { 'content-type': m.mediaType },
      body: () => m.bytes,
      ok: [201, 200],
    })
    await res.body?.cancel()
    const ours = sha256Digest(m.bytes)
    const theirs = res.headers.get('docker-content-digest')
    if (theirs && theirs !== ours)
      throw new RemoteError(operation, res.status, `the registry stored digest ${theirs}, we sent ${ours}`)
    return ours
  }
}

function scopeOf(repository: string, actions: string): string {
  return `repository:${repository}:${actions}`
}

async function errorDetail(res: Response): Promise<string> {
  const text = (await res.text().catch(() => '')).slice(0, 2000)
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] }
    const e = body.errors?.[0]
    if (e) return `${e.code ?? 'error'}: ${e.message ?? ''}`.trim()
  } catch {
    // not JSON
  }
  return text.split('\n')[0]?.slice(0, 200) || res.statusText || 'no detail'
}
