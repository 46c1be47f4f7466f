/**
 * Pure image building: the new config, manifest and index from the base's and the app layer's descriptors, and the
 * tags a version is pushed under. No clock: every time comes from SOURCE_DATE_EPOCH, so the same inputs give the
 * same bytes and the same digests.
 */
import { canonicalJson, sha256Digest } from './digest.js'
import {
  MEDIA,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  type Platform,
  type RunConfig,
} from './types.js'

/** What the user sets on the image (from the `image` input). Absent fields keep the base's value. */
export interface ImageSettings {
  workdir: string
  entrypoint?: string[]
  cmd?: string[]
  env: Record<string, string>
  ports: string[]
  user?: string
  labels: Record<string, string>
}

/** Where the image came from: the `org.opencontainers.image.*` labels. */
export interface ImageOrigin {
  version: string
  /** Seconds since 1970: the commit time (SOURCE_DATE_EPOCH). */
  epoch: number
  revision?: string
  source?: string
  title?: string
  description?: string
  licenses?: string
  baseName?: string
  baseDigest?: string
}

export interface AppLayer {
  /** Descriptor of the gzipped layer blob. */
  descriptor: Descriptor
  /** sha256 of the uncompressed tar. */
  diffId: string
}

/** A JSON blob ready to write: bytes plus its descriptor. */
export interface JsonBlob {
  bytes: Buffer
  descriptor: Descriptor
}

export function jsonBlob(value: unknown, mediaType: string, extra: Partial<Descriptor> = {}): JsonBlob {
  const bytes = canonicalJson(value)
  return { bytes, descriptor: { mediaType, digest: sha256Digest(bytes), size: bytes.length, ...extra } }
}

export function isoTime(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z')
}

/** The `org.opencontainers.image.*` labels (annotations spec names), only those with a value. */
export function ociLabels(o: ImageOrigin): Record<string, string> {
  const out: Record<string, string> = {
    'org.opencontainers.image.created': isoTime(o.epoch),
    'org.opencontainers.image.version': o.version,
  }
  const add = (key: string, v: string | undefined): void => {
    if (v) out[`org.opencontainers.image.${key}`] = v
  }
  add('revision', o.revision)
  add('source', o.source)
  add('title', o.title)
  add('description', o.description)
  add('licenses', o.licenses)
  add('base.name', o.baseName)
  add('base.digest', o.baseDigest)
  return out
}

function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Env lines: the base's, with ours replacing the same names and new names appended in sorted order. */
export function mergeEnv(base: readonly string[] | undefined, ours: Record<string, string>): string[] {
  const out = [...(base ?? [])]
  for (const [name, value] of Object.entries(sortedRecord(ours))) {
    const line = `${name}=${value}`
    const at = out.findIndex((l) => l.split('=', 1)[0] === name)
    if (at >= 0) out[at] = line
    else out.push(line)
  }
  return out
}

/** `8080` → `8080/tcp`; `53/udp` kept. */
export function normalizePort(port: string): string {
  return port.includes('/') ? port : `${port}/tcp`
}

/** The new run config: the base's, then the settings on top (an entrypoint without a cmd clears the base cmd, as in a Dockerfile). */
export function runConfig(base: RunConfig | undefined, s: ImageSettings, labels: Record<string, string>): RunConfig {
  const c: RunConfig = { ...(base ?? {}) }
  if (s.user !== undefined) c.User = s.user
  const ports = { ...(c.ExposedPorts ?? {}) }
  for (const p of s.ports) ports[normalizePort(p)] = {}
  if (Object.keys(ports).length) c.ExposedPorts = sortedRecord(ports)
  c.Env = mergeEnv(c.Env, s.env)
  if (s.entrypoint) {
    c.Entrypoint = s.entrypoint
    if (!s.cmd) delete c.Cmd
  }
  if (s.cmd) c.Cmd = s.cmd
  c.WorkingDir = s.workdir
  c.Labels = sortedRecord({ ...(c.Labels ?? {}), ...s.labels, ...labels })
  return c
}

/** The image config for one platform: base config (or a scratch one) plus our layer, settings and labels. */
export function imageConfig(
  base: ImageConfig | undefined,
  layer: AppLayer,
  s: ImageSettings,
  o: ImageOrigin,
  platform: Platform,
): ImageConfig {
  const created = isoTime(o.epoch)
  const labels = ociLabels(o)
  const {
    created: _c,
    container: _ct,
    container_config: _cc,
    docker_version: _dv,
    ...rest
  } = (base ?? {}) as ImageConfig
  return {
    ...rest,
    created,
    architecture: base?.architecture ?? platform.architecture,
    os: base?.os ?? platform.os,
    ...((base?.variant ?? platform.variant) ? { variant: (base?.variant ?? platform.variant) as string } : {}),
    config: runConfig(base?.config, s, labels),
    rootfs: { type: 'layers', diff_ids: [...(base?.rootfs.diff_ids ?? []), layer.diffId] },
    history: [
      ...(base?.history ?? []),
      { created, created_by: `shipline build-package: ${s.workdir}`, comment: `${o.title ?? 'app'} ${o.version}` },
    ],
  }
}

/** Docker media types of layers and configs mapped to their OCI equivalents (same bytes). */
export function ociMediaType(mediaType: string): string {
  switch (mediaType) {
    case MEDIA.dockerLayerGzip:
      return MEDIA.layerGzip
    case MEDIA.dockerLayerTar:
      return MEDIA.layerTar
    case MEDIA.dockerConfig:
      return MEDIA.config
    default:
      return mediaType
  }
}

/** The image manifest: base layers (as OCI media types) then ours, annotations naming the base. */
export function imageManifest(
  baseLayers: readonly Descriptor[],
  config: Descriptor,
  layer: AppLayer,
  o: ImageOrigin,
): ImageManifest {
  const annotations: Record<string, string> = {
    'org.opencontainers.image.created': isoTime(o.epoch),
    'org.opencontainers.image.version': o.version,
  }
  if (o.baseName) annotations['org.opencontainers.image.base.name'] = o.baseName
  if (o.baseDigest) annotations['org.opencontainers.image.base.digest'] = o.baseDigest
  return {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: { mediaType: MEDIA.config, digest: config.digest, size: config.size },
    layers: [
      ...baseLayers.map((l) => ({ mediaType: ociMediaType(l.mediaType), digest: l.digest, size: l.size })),
      layer.descriptor,
    ],
    annotations: sortedRecord(annotations),
  }
}

/** An image index over per-platform manifests (multi-arch). */
export function imageIndex(manifests: readonly Descriptor[], o: ImageOrigin): ImageIndex {
  return {
    schemaVersion: 2,
    mediaType: MEDIA.index,
    manifests: manifests.map((m) => ({
      mediaType: m.mediaType,
      digest: m.digest,
      size: m.size,
      ...(m.platform ? { platform: m.platform } : {}),
    })),
    annotations: {
      'org.opencontainers.image.created': isoTime(o.epoch),
      'org.opencontainers.image.version': o.version,
    },
  }
}

/** The OCI layout's own `index.json`: one descriptor, named by `ref.name` (so `oci:dir:<version>` finds it). */
export function layoutIndex(root: Descriptor, refName: string): ImageIndex {
  return {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: root.mediaType,
        digest: root.digest,
        size: root.size,
        annotations: { 'org.opencontainers.image.ref.name': refName },
      },
    ],
  }
}

export type ExtraTag = 'major' | 'minor' | 'latest'

/**
 * Registry tags for a version: the full version (build metadata `+` is not allowed in a tag and becomes `_`), then
 * the requested floating ones. A prerelease never moves `major`, `minor` or `latest`.
 */
export function versionTags(version: string, extra: readonly ExtraTag[]): string[] {
  const m = /^(\d+)\.(\d+)\.(\d+)(-[^+]*)?(\+.*)?$/.exec(version)
  if (!m) throw new Error(`not a semantic version: '${version}'`)
  const tags = [version.replace(/\+/g, '_')]
  if (m[4]) return tags
  if (extra.includes('major')) tags.push(m[1] as string)
  if (extra.includes('minor')) tags.push(`${m[1]}.${m[2]}`)
  if (extra.includes('latest')) tags.push('latest')
  return tags
}

/** `linux/amd64`, `linux/arm64/v8` → a Platform. */
export function parsePlatform(value: string): Platform | undefined {
  const m = /^([a-z0-9]+)\/([a-z0-9_]+)(?:\/([a-z0-9]+))?$/.exec(value)
  if (!m) return undefined
  return { os: m[1] as string, architecture: m[2] as string, ...(m[3] ? { variant: m[3] } : {}) }
}

export function formatPlatform(p: Platform | undefined): string {
  return p ? `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}` : 'unknown'
}

/** Node's process.arch → the OCI architecture name. */
export function ociArch(nodeArch: string): string {
  return (
    (
      { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x' } as Record<
        string,
        string
      >
    )[nodeArch] ?? nodeArch
  )
}
