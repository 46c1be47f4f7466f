/**
 * Reading images from disk and registries into a {@link BlobStore}: an OCI image layout directory, an OCI layout in
 * a tar (`oci-archive`), a `docker save` tarball (old layout with manifest.json, or the OCI layout Docker 25+
 * writes), or a registry pull. Every blob is verified against its digest on the way in.
 */
import { lstat, mkdir, readFile, realpath } from 'node:fs/promises'
import { isAbsolute, join, posix, relative } from 'node:path'
import { sha256Digest } from './digest.js'
import { formatPlatform, ociMediaType } from './image.js'
import type { ImageReference } from './reference.js'
import type { RegistryClient } from './registry.js'
import { BlobStore } from './store.js'
import {
  MEDIA,
  isIndexType,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  type Platform,
} from './types.js'

/** An image whose blobs are all in `store`; `root` is its manifest or index. */
export interface StoredImage {
  store: BlobStore
  root: Descriptor
}

/** One platform's image, resolved. */
export interface PlatformImage {
  descriptor: Descriptor
  manifest: ImageManifest
  config: ImageConfig
  platform: Platform
}

export class ImageFormatError extends Error {
  override name = 'ImageFormatError'
}

async function readSmallJson<T>(path: string, what: string): Promise<T> {
  const st = await lstat(path).catch(() => undefined)
  if (!st?.isFile()) throw new ImageFormatError(`${what} is missing`)
  if (st.size > 4 * 1024 * 1024) throw new ImageFormatError(`${what} is ${st.size} bytes; at most 4 MiB is read`)
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T
  } catch {
    throw new ImageFormatError(`${what} is not JSON`)
  }
}

/** The root descriptor of an OCI layout directory: the one named `ref` (ref.name annotation) or its only image. */
export async function readLayout(dir: string, ref?: string): Promise<StoredImage> {
  const layout = await readSmallJson<{ imageLayoutVersion?: string }>(join(dir, 'oci-layout'), 'oci-layout')
  if (!layout.imageLayoutVersion)
    throw new ImageFormatError('oci-layout has no imageLayoutVersion: not an OCI image layout')
  const index = await readSmallJson<ImageIndex>(join(dir, 'index.json'), 'index.json')
  const all = Array.isArray(index.manifests) ? index.manifests : []
  const named = (d: Descriptor): string | undefined =>
    d.annotations?.['org.opencontainers.image.ref.name'] ?? d.annotations?.['io.containerd.image.name']
  const picked = ref ? all.filter((d) => named(d) === ref || named(d)?.endsWith(`:${ref}`)) : all
  if (picked.length !== 1 || !picked[0]) {
    const names = all.map((d) => named(d) ?? d.digest).join(', ')
    throw new ImageFormatError(
      ref
        ? `the layout has no single image named '${ref}' (it has: ${names || 'none'})`
        : `the layout holds ${all.length} images (${names}); name one with :<tag>`,
    )
  }
  return { store: new BlobStore(dir), root: picked[0] }
}

/** Read a `docker save` tarball already extracted to `dir` (its blobs are copied into `into`). */
export async function readDockerSave(dir: string, into: BlobStore): Promise<StoredImage> {
  if (await lstat(join(dir, 'oci-layout')).catch(() => undefined)) return readLayout(dir)
  const list = await readSmallJson<{ Config?: string; Layers?: string[]; RepoTags?: string[] }[]>(
    join(dir, 'manifest.json'),
    'manifest.json of the docker archive',
  )
  if (!Array.isArray(list) || list.length !== 1 || !list[0]?.Config || !Array.isArray(list[0].Layers)) {
    throw new ImageFormatError(
      `manifest.json of the docker archive must list exactly one image with Config and Layers (found ${Array.isArray(list) ? list.length : 'no list'})`,
    )
  }
  const entry = list[0]
  const root = await realpath(dir)
  const inside = async (p: string): Promise<string> => {
    const real = await realpath(join(dir, p)).catch(() => undefined)
    if (!real) throw new ImageFormatError(`docker archive lists '${p}', which it does not hold`)
    const rel = relative(root, real)
    if (p.startsWith('/') || rel.startsWith('..') || isAbsolute(rel))
      throw new ImageFormatError(`docker archive names a path outside itself: '${p}'`)
    return real
  }
  const config = await into.putFile(await inside(entry.Config as string), 'docker archive config')
  const layers: Descriptor[] = []
  for (const l of entry.Layers as string[]) {
    const stored = await into.putFile(await inside(l), `docker archive layer ${l}`)
    const head = await readFile(into.path(stored.digest), { encoding: null }).then((b) => b.subarray(0, 2))
    layers.push({
      mediaType: head[0] === 0x1f && head[1] === 0x8b ? MEDIA.layerGzip : MEDIA.layerTar,
      digest: stored.digest,
      size: stored.size,
    })
  }
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: { mediaType: MEDIA.config, ...config },
    layers,
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const digest = await into.putBytes(bytes)
  return { store: into, root: { mediaType: MEDIA.manifest, digest, size: bytes.length } }
}

/**
 * Extract an archive (plain or gzipped tar) to `dest`: files, directories, and symlinks that stay inside the
 * archive (`docker save` links repeated layers); anything else, or a link leading out, fails the extraction.
 */
export async function extractArchive(file: string, dest: string): Promise<void> {
  const { x } = await import('tar')
  await mkdir(dest, { recursive: true })
  let refused: string | undefined
  await x({
    file,
    cwd: dest,
    strict: true,
    preserveOwner: false,
    filter: (path: string, entry: unknown) => {
      const { type, linkpath } = entry as { type?: string; linkpath?: string }
      if (
        type === 'SymbolicLink' &&
        linkpath &&
        !posix.isAbsolute(linkpath) &&
        !posix.normalize(posix.join(posix.dirname(path), linkpath)).startsWith('..')
      )
        return true
      if (type !== 'File' && type !== 'Directory' && type !== 'OldFile' && type !== 'ContiguousFile') {
        refused ??= `${path} (${type}${linkpath ? ` -> ${linkpath}` : ''})`
        return false
      }
      return true
    },
  }).catch((error: unknown) => {
    throw new ImageFormatError(`the archive cannot be extracted safely: ${(error as Error).message}`)
  })
  if (refused) throw new ImageFormatError(`the archive holds an entry that is not a file or directory: ${refused}`)
}

/** Resolve a stored image to its per-platform images, filtered by `platforms` when given. */
export async function platformImages(img: StoredImage, platforms?: readonly Platform[]): Promise<PlatformImage[]> {
  const wanted = (p: Platform): boolean =>
    !platforms ||
    platforms.length === 0 ||
    platforms.some((w) => w.os === p.os && w.architecture === p.architecture && (!w.variant || w.variant === p.variant))
  const descriptors: Descriptor[] = []
  if (isIndexType(img.root.mediaType)) {
    const { value } = await img.store.readJson<ImageIndex>(img.root.digest, 'image index')
    for (const d of value.manifests ?? []) {
      if (d.platform?.os === 'unknown' || d.platform?.architecture === 'unknown') continue // attestations
      if (isIndexType(d.mediaType)) throw new ImageFormatError('nested image indexes are not supported in a base image')
      descriptors.push(d)
    }
  } else {
    descriptors.push(img.root)
  }
  const out: PlatformImage[] = []
  for (const d of descriptors) {
    if (d.platform && !wanted(d.platform)) continue // not pulled, not needed
    const { value: manifest } = await img.store.readJson<ImageManifest>(d.digest, `manifest ${d.digest}`)
    if (!manifest.config || !Array.isArray(manifest.layers))
      throw new ImageFormatError(`manifest ${d.digest} is not an image manifest`)
    const { value: config } = await img.store.readJson<ImageConfig>(
      manifest.config.digest,
      `config ${manifest.config.digest}`,
    )
    const platform: Platform = d.platform ?? {
      os: config.os,
      architecture: config.architecture,
      ...(config.variant ? { variant: config.variant } : {}),
    }
    if (!wanted(platform)) continue
    out.push({ descriptor: { ...d, platform }, manifest, config, platform })
  }
  if (out.length === 0) {
    throw new ImageFormatError(
      `the base image has no platform among ${(platforms ?? []).map(formatPlatform).join(', ')}`,
    )
  }
  return out
}

/** Pull an image (all platforms, or those asked for) from a registry into `store`; every blob is verified. */
export async function pullImage(
  client: RegistryClient,
  ref: ImageReference,
  store: BlobStore,
  platforms?: readonly Platform[],
): Promise<StoredImage> {
  const reference = ref.digest ?? ref.tag ?? 'latest'
  const root = await client.getManifest(ref.repository, reference)
  if (!root) throw new ImageFormatError(`${ref.registry}/${ref.repository}:${reference} does not exist`)
  await store.putBytes(root.bytes)
  const rootDesc: Descriptor = { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length }
  const children: Descriptor[] = isIndexType(root.mediaType)
    ? ((JSON.parse(root.bytes.toString('utf8')) as ImageIndex).manifests ?? [])
    : [rootDesc]
  for (const child of children) {
    const p = child.platform
    if (p && platforms?.length && !platforms.some((w) => w.os === p.os && w.architecture === p.architecture)) continue
    if (p && (p.os === 'unknown' || p.architecture === 'unknown')) continue
    const m = child === rootDesc ? root : await client.getManifest(ref.repository, child.digest)
    if (!m) throw new ImageFormatError(`manifest ${child.digest} listed by the index is missing`)
    if (child !== rootDesc) await store.putBytes(m.bytes)
    const manifest = JSON.parse(m.bytes.toString('utf8')) as ImageManifest
    for (const blob of [manifest.config, ...(manifest.layers ?? [])]) {
      if (await store.has(blob.digest)) continue
      await store.putStream(
        await client.blobStream(ref.repository, blob.digest),
        blob.digest,
        `blob ${blob.digest} of ${ref.repository}`,
        blob.size,
      )
    }
  }
  return { store, root: rootDesc }
}

/** Every blob an image needs (manifests, configs, layers), children before parents: the order to push them in. */
export async function blobsOf(img: StoredImage): Promise<{ blobs: Descriptor[]; manifests: Descriptor[] }> {
  const blobs: Descriptor[] = []
  const manifests: Descriptor[] = []
  const seen = new Set<string>()
  const addBlob = (d: Descriptor): void => {
    if (seen.has(d.digest)) return
    seen.add(d.digest)
    blobs.push({ mediaType: ociMediaType(d.mediaType), digest: d.digest, size: d.size })
  }
  const visitManifest = async (d: Descriptor): Promise<void> => {
    const { value } = await img.store.readJson<ImageManifest>(d.digest, `manifest ${d.digest}`)
    addBlob(value.config)
    for (const l of value.layers) addBlob(l)
    manifests.push(d)
  }
  if (isIndexType(img.root.mediaType)) {
    const { value } = await img.store.readJson<ImageIndex>(img.root.digest, 'image index')
    for (const d of value.manifests) await visitManifest(d)
    manifests.push(img.root)
  } else {
    await visitManifest(img.root)
  }
  return { blobs, manifests }
}

/** The digest of bytes as a registry would name them (re-exported for adapters). */
export const digestOf = sha256Digest
