/**
 * Image references (`host[:port]/path[:tag][@digest]`) and base-image specs (`oci:dir`, `oci-archive:file`,
 * `docker-archive:file`, `docker://ref`, a bare ref, `scratch`). Pure parsing: errors say what is accepted.
 */

export interface ImageReference {
  /** Registry host with port, e.g. `127.0.0.1:5000`, `ghcr.io`, `registry-1.docker.io`. */
  registry: string
  /** Repository path, e.g. `acme/web` (`library/node` for a Docker Hub short name). */
  repository: string
  tag?: string
  digest?: string
}

export class ReferenceError extends Error {
  constructor(
    readonly value: string,
    readonly accepted: string,
  ) {
    super(`'${value}' ${accepted}`)
    this.name = 'ReferenceError'
  }
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^sha256:[a-f0-9]{64}$/
const HOST =
  /^(?:localhost|\[[0-9a-f:]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::\d{1,5})?$/
const REF_HELP = 'is not an image reference (host[:port]/path[:tag][@sha256:…], e.g. ghcr.io/acme/web:1.2.3)'

export function isTag(value: string): boolean {
  return TAG.test(value)
}

/** Parse a reference; `needTagOrDigest: false` accepts a bare repository (a push destination). */
export function parseReference(value: string, opts: { needTagOrDigest?: boolean } = {}): ImageReference {
  let rest = value.trim()
  if (rest === '' || /\s/.test(rest)) throw new ReferenceError(value, REF_HELP)
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest))
      throw new ReferenceError(value, 'has a digest that is not sha256:<64 lower-case hex digits>')
  }
  let tag: string | undefined
  const lastSlash = rest.lastIndexOf('/')
  const colon = rest.lastIndexOf(':')
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) throw new ReferenceError(value, 'has a tag that is not [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}')
  }
  const parts = rest.split('/')
  let registry = 'registry-1.docker.io'
  const first = parts[0] ?? ''
  if (
    parts.length > 1 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))
  ) {
    registry = first
    parts.shift()
    if (!HOST.test(registry))
      throw new ReferenceError(value, `has a registry host '${registry}' that is not a host name with an optional port`)
  } else if (parts.length === 1) {
    parts.unshift('library')
  }
  if (registry === 'docker.io' || registry === 'index.docker.io') registry = 'registry-1.docker.io'
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p)))
    throw new ReferenceError(value, `${REF_HELP}; path components are lower-case letters, digits and . _ -`)
  if (opts.needTagOrDigest !== false && !tag && !digest) tag = 'latest'
  return { registry, repository: parts.join('/'), ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) }
}

export function formatReference(r: ImageReference): string {
  return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`
}

export type BaseSpec =
  | { kind: 'scratch' }
  | { kind: 'oci'; path: string; ref?: string }
  | { kind: 'oci-archive'; path: string; ref?: string }
  | { kind: 'docker-archive'; path: string }
  | { kind: 'registry'; ref: ImageReference }

const BASE_HELP =
  'is not a base image: scratch, oci:<dir>[:<tag>], oci-archive:<file>[:<tag>], docker-archive:<file> (docker save), or a registry reference (docker://host/path:tag or host/path:tag)'

/** Parse the base-image spec. Paths are returned as given (the caller resolves them inside the workspace). */
export function parseBaseSpec(value: string): BaseSpec {
  const v = value.trim()
  if (v === 'scratch') return { kind: 'scratch' }
  const m = /^(oci|oci-archive|docker-archive):(.+)$/.exec(v)
  if (m) {
    const kind = m[1] as 'oci' | 'oci-archive' | 'docker-archive'
    let path = m[2] as string
    let ref: string | undefined
    const c = path.lastIndexOf(':')
    if (kind !== 'docker-archive' && c > 0) {
      ref = path.slice(c + 1)
      path = path.slice(0, c)
      if (!TAG.test(ref)) throw new ReferenceError(value, `${BASE_HELP}; '${ref}' is not a tag`)
    }
    if (path === '') throw new ReferenceError(value, BASE_HELP)
    return kind === 'docker-archive' ? { kind, path } : { kind, path, ...(ref ? { ref } : {}) }
  }
  const ref = v.startsWith('docker://') ? v.slice('docker://'.length) : v
  try {
    return { kind: 'registry', ref: parseReference(ref) }
  } catch (error) {
    if (error instanceof ReferenceError) throw new ReferenceError(value, `${BASE_HELP} (${error.accepted})`)
    throw error
  }
}

/** The base URL of a registry: http only for loopback (as Docker treats localhost as insecure), https otherwise. */
export function registryUrl(registry: string): string {
  const host = registry.replace(/:\d+$/, '')
  const loopback = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
  return `${loopback ? 'http' : 'https'}://${registry}`
}
