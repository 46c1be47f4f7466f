/**
 * The OCI image package: the app's files as one layer on a base image (or scratch), with the config from the
 * `image` input and `org.opencontainers.image.*` labels, written as an OCI image layout in a tar. No daemon. The
 * layer is the project's deterministic tar writer (sorted entries, 0/0 owners, normalized modes, SOURCE_DATE_EPOCH
 * mtimes) through gzip with no name or time in its header, streamed from disk: the same commit gives the same
 * digest, and memory stays flat however big the layer is.
 */
import { createWriteStream } from 'node:fs'
import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { InputError, maskSecret, UserError } from '@shipline/core'
import {
  BlobStore,
  DigestMismatchError,
  digester,
  extractArchive,
  formatReference,
  ImageFormatError,
  imageConfig,
  imageIndex,
  imageManifest,
  jsonBlob,
  layoutIndex,
  MEDIA,
  ociArch,
  platformImages,
  pullImage,
  readDockerSave,
  readLayout,
  RegistryClient,
  type AppLayer,
  type Descriptor,
  type ImageOrigin,
  type PlatformImage,
  type StoredImage,
} from '@shipline/oci'
import type { ImageSpec } from '../domain/image-spec.js'
import { tarBytes, writeTar } from './archive.js'
import { isInside } from '@shipline/core'
import { collect, type FileEntry } from './files.js'

export interface ImageBuild {
  spec: ImageSpec
  /** Real path of the workspace and of the working directory. */
  workspace: string
  project: string
  /** Directories never walked into (the output directory, the scratch directory). */
  exclude: string[]
  /** Scratch space for the base and the layout (removed by the caller). */
  staging: string
  origin: ImageOrigin
  level: number
  /** Where the `.oci.tar` goes. */
  file: string
}

export interface BuiltImage {
  size: number
  sha256: string
  /** Digest of the root manifest (or index): what a registry and `skopeo inspect` report. */
  digest: string
  mediaType: string
  platforms: string[]
  layer: { digest: string; size: number; diffId: string; entries: number }
}

/** A path named in the `image` input, resolved and required to stay inside the workspace (symlinks followed). */
async function workspacePath(b: ImageBuild, path: string): Promise<string> {
  const abs = resolve(b.project, path)
  const { realpath } = await import('node:fs/promises')
  const real = await realpath(abs).catch(() => undefined)
  if (!real)
    throw new InputError(
      'image',
      `base: ${b.spec.baseName}`,
      `names '${path}', which does not exist in the working directory`,
    )
  if (!isInside(b.workspace, real))
    throw new InputError(
      'image',
      `base: ${b.spec.baseName}`,
      `leads outside the workspace through a symlink (to ${real})`,
    )
  return real
}

/** Load the base image into a verified blob store (undefined for scratch). */
async function loadBase(b: ImageBuild): Promise<StoredImage | undefined> {
  const base = b.spec.base
  const dir = join(b.staging, 'base')
  try {
    switch (base.kind) {
      case 'scratch':
        return undefined
      case 'oci':
        return await readLayout(await workspacePath(b, base.path), base.ref)
      case 'oci-archive':
        await extractArchive(await workspacePath(b, base.path), dir)
        return await readLayout(dir, base.ref)
      case 'docker-archive':
        await extractArchive(await workspacePath(b, base.path), dir)
        return await readDockerSave(dir, new BlobStore(join(b.staging, 'base-blobs')))
      case 'registry': {
        const password = process.env.SHIPLINE_REGISTRY_PASSWORD
        const username = process.env.SHIPLINE_REGISTRY_USERNAME
        maskSecret(password)
        const client = RegistryClient.for(base.ref, {
          ...(username && password ? { credentials: { username, password } } : {}),
          onSecret: maskSecret,
        })
        return await pullImage(client, base.ref, new BlobStore(dir), b.spec.platforms)
      }
    }
  } catch (error) {
    if (error instanceof ImageFormatError || error instanceof DigestMismatchError) {
      throw new UserError(`Base image '${b.spec.baseName}' cannot be used: ${error.message}`, { cause: error })
    }
    throw error
  }
}

/** The layer's entries: the collected files under the workdir, with the workdir's parent directories. */
export function layerEntries(files: readonly FileEntry[], workdir: string): FileEntry[] {
  const prefix = workdir.replace(/^\/+/, '')
  const parents: FileEntry[] = []
  const parts = prefix.split('/')
  for (let i = 1; i <= parts.length; i++)
    parents.push({ path: `${parts.slice(0, i).join('/')}/`, type: 'dir', source: '', size: 0, executable: true })
  return [...parents, ...files.map((f) => ({ ...f, path: `${prefix}/${f.path}` }))]
}

/** `.` in `files` means every top-level entry of the working directory except .git and node_modules. */
async function expandFiles(b: ImageBuild): Promise<string[]> {
  const out: string[] = []
  for (const f of b.spec.files) {
    if (f !== '.') {
      out.push(f)
      continue
    }
    for (const name of (await readdir(b.project)).sort()) {
      if (name === '.git' || name === 'node_modules') continue
      const abs = join(b.project, name)
      if (b.exclude.some((x) => isInside(x, abs) || isInside(abs, x))) continue
      out.push(name)
    }
  }
  return [...new Set(out)]
}

/** Write the gzipped layer into the store: returns its descriptor and the diff id (sha256 of the plain tar). */
async function writeLayer(entries: readonly FileEntry[], store: BlobStore, b: ImageBuild): Promise<AppLayer> {
  const tmp = join(store.dir, 'blobs', `.layer-${process.pid}`)
  await mkdir(join(store.dir, 'blobs', 'sha256'), { recursive: true })
  const plain = digester()
  const packed = digester()
  await pipeline(
    Readable.from(tarBytes(entries, { mtime: b.origin.epoch, level: b.level }), {
      objectMode: false,
      highWaterMark: 1 << 20,
    }),
    plain.stream,
    createGzip({ level: b.level, chunkSize: 256 * 1024 }),
    packed.stream,
    createWriteStream(tmp, { flags: 'wx' }),
  )
  const { digest, size } = packed.result()
  await rename(tmp, store.path(digest))
  return { descriptor: { mediaType: MEDIA.layerGzip, digest, size }, diffId: plain.result().digest }
}

/** Build the image and write it as `<file>` (an OCI layout in a tar). */
export async function buildImage(b: ImageBuild): Promise<BuiltImage> {
  const base = await loadBase(b)
  const out = new BlobStore(join(b.staging, 'layout'))
  const entries = layerEntries(await layerFiles(b), b.spec.settings.workdir)
  const layer = await writeLayer(entries, out, b)
  const origin: ImageOrigin = { ...b.origin, ...(base ? { baseName: baseName(b), baseDigest: base.root.digest } : {}) }

  const targets: (PlatformImage | undefined)[] = base ? await platformImages(base, b.spec.platforms) : scratchTargets(b)
  const manifests: Descriptor[] = []
  for (const [i, t] of targets.entries()) {
    const platform = t?.platform ?? (b.spec.platforms[i] as NonNullable<PlatformImage['platform']>)
    manifests.push(await writePlatformImage(out, { target: t, platform, base, layer, origin, spec: b.spec }))
  }
  const root = await writeRoot(out, manifests, origin)
  await writeFile(join(out.dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  await writeFile(join(out.dir, 'index.json'), JSON.stringify(layoutIndex(root, b.origin.version.replace(/\+/g, '_'))))
  const written = await writeTar(await layoutEntries(out.dir), b.file, { mtime: b.origin.epoch, level: b.level })
  await rm(out.dir, { recursive: true, force: true })
  return {
    ...written,
    digest: root.digest,
    mediaType: root.mediaType,
    platforms: manifests.map(platformName),
    layer: {
      digest: layer.descriptor.digest,
      size: layer.descriptor.size,
      diffId: layer.diffId,
      entries: entries.length,
    },
  }
}

/** The files of the `files` key, collected from the working directory; an error when they match nothing. */
async function layerFiles(b: ImageBuild): Promise<FileEntry[]> {
  const patterns = await expandFiles(b)
  if (patterns.length === 0)
    throw new InputError('image', `files: ${b.spec.files.join(', ')}`, 'matches nothing in the working directory')
  return collect(patterns, {
    root: b.project,
    workspace: b.workspace,
    exclude: b.exclude,
    input: 'image',
    skip: b.spec.excludes,
  })
}

/** What one platform's image is made of: the base's image for it (none for scratch) and the app layer on top. */
interface PlatformParts {
  target: PlatformImage | undefined
  platform: NonNullable<PlatformImage['platform']>
  base: StoredImage | undefined
  layer: AppLayer
  origin: ImageOrigin
  spec: ImageSpec
}

/** Write one platform's base layers, config and manifest into the store; returns the manifest's descriptor. */
async function writePlatformImage(out: BlobStore, p: PlatformParts): Promise<Descriptor> {
  const { target: t, platform } = p
  for (const l of t?.manifest.layers ?? []) {
    if (!(await out.has(l.digest)))
      await out.putFile((p.base as StoredImage).store.path(l.digest), `base layer ${l.digest}`, l.digest)
  }
  const config = jsonBlob(imageConfig(t?.config, p.layer, p.spec.settings, p.origin, platform), MEDIA.config)
  await out.putBytes(config.bytes)
  const manifest = jsonBlob(
    imageManifest(t?.manifest.layers ?? [], config.descriptor, p.layer, p.origin),
    MEDIA.manifest,
    { platform },
  )
  await out.putBytes(manifest.bytes)
  return manifest.descriptor
}

/** The root of the layout: the only manifest (without its platform), or an index of the platforms' manifests. */
async function writeRoot(out: BlobStore, manifests: readonly Descriptor[], origin: ImageOrigin): Promise<Descriptor> {
  if (manifests.length === 1 && manifests[0]) {
    const { platform: _p, ...only } = manifests[0]
    return only
  }
  const index = jsonBlob(imageIndex(manifests, origin), MEDIA.index)
  await out.putBytes(index.bytes)
  return index.descriptor
}

/** `os/architecture[/variant]` of a manifest descriptor. */
function platformName(m: Descriptor): string {
  return `${m.platform?.os}/${m.platform?.architecture}${m.platform?.variant ? `/${m.platform.variant}` : ''}`
}

function baseName(b: ImageBuild): string {
  const base = b.spec.base
  return base.kind === 'registry' ? formatReference(base.ref) : b.spec.baseName
}

function scratchTargets(b: ImageBuild): undefined[] {
  if (b.spec.platforms.length === 0) b.spec.platforms.push({ os: 'linux', architecture: ociArch(process.arch) })
  return b.spec.platforms.map(() => undefined)
}

/** The layout's files as tar entries, sorted: oci-layout, index.json and every blob. */
async function layoutEntries(dir: string): Promise<FileEntry[]> {
  const entries: FileEntry[] = [
    { path: 'blobs/', type: 'dir', source: '', size: 0, executable: true },
    { path: 'blobs/sha256/', type: 'dir', source: '', size: 0, executable: true },
  ]
  for (const name of (await readdir(join(dir, 'blobs', 'sha256'))).sort()) {
    const source = join(dir, 'blobs', 'sha256', name)
    entries.push({
      path: `blobs/sha256/${name}`,
      type: 'file',
      source,
      size: (await lstat(source)).size,
      executable: false,
    })
  }
  for (const name of ['index.json', 'oci-layout']) {
    const source = join(dir, name)
    entries.push({ path: name, type: 'file', source, size: (await lstat(source)).size, executable: false })
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
