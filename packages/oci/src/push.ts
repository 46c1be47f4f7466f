/**
 * Push a stored image to a registry so that no tag ever points at an incomplete image: every blob (skipped when
 * the registry already has it with the same size), then the manifests by digest, then a read-back of the root
 * manifest and a HEAD of every blob, and only then the tags, each read back. Re-running converges: present blobs
 * and tags already at the digest are skipped.
 */
import { isIndexType, type Descriptor, type ImageConfig, type ImageIndex, type ImageManifest } from './types.js'
import { blobsOf, type StoredImage } from './layout.js'
import type { RegistryClient } from './registry.js'
import { planTags, type TagPlan, type TagState } from './tags.js'
import { readFile } from 'node:fs/promises'

export interface PushRow {
  item: string
  action: 'uploaded' | 'skipped' | 'put' | 'verified' | TagPlan['action']
  detail: string
}

export interface PushOptions {
  repository: string
  version: string
  /** Tags, the version tag first. */
  tags: readonly string[]
  overwrite: boolean
  log?: (line: string) => void
}

export class PushConflictError extends Error {
  constructor(readonly conflicts: string[]) {
    super(`Nothing was pushed:\n- ${conflicts.join('\n- ')}`)
    this.name = 'PushConflictError'
  }
}

export class PushVerifyError extends Error {
  override name = 'PushVerifyError'
}

/** What each tag points at now (and, for a different image, which version that is). */
export async function observeTags(
  client: RegistryClient,
  repository: string,
  tags: readonly string[],
  digest: string,
): Promise<TagState[]> {
  const out: TagState[] = []
  for (const tag of tags) {
    const m = await client.getManifest(repository, tag)
    if (!m) {
      out.push({ tag })
      continue
    }
    const state: TagState = { tag, digest: m.digest }
    if (m.digest !== digest) {
      const version = await versionOf(client, repository, m.bytes, m.mediaType).catch(() => undefined)
      if (version) state.version = version
    }
    out.push(state)
  }
  return out
}

async function versionOf(
  client: RegistryClient,
  repository: string,
  bytes: Buffer,
  mediaType: string,
): Promise<string | undefined> {
  let manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest & ImageIndex
  if (isIndexType(mediaType ?? manifest.mediaType)) {
    const first = manifest.manifests?.[0]
    const child = first && (await client.getManifest(repository, first.digest))
    if (!child) return undefined
    manifest = JSON.parse(child.bytes.toString('utf8')) as ImageManifest & ImageIndex
  }
  if (!manifest.config) return undefined
  const stream = await client.blobStream(repository, manifest.config.digest)
  const chunks: Buffer[] = []
  let size = 0
  for await (const c of stream as AsyncIterable<Buffer>) {
    chunks.push(c)
    size += c.length
    if (size > 4 * 1024 * 1024) return undefined
  }
  const config = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ImageConfig
  return config.config?.Labels?.['org.opencontainers.image.version']
}

/** Push the image and its tags; returns one row per blob, manifest and tag. Throws before any write on a conflict. */
export async function pushImage(client: RegistryClient, img: StoredImage, o: PushOptions): Promise<PushRow[]> {
  const log = o.log ?? (() => {})
  const digest = img.root.digest
  const states = await observeTags(client, o.repository, o.tags, digest)
  const plan = planTags(o.version, digest, o.tags[0] as string, states, o.overwrite)
  if (plan.conflicts.length) throw new PushConflictError(plan.conflicts)
  const rows: PushRow[] = []
  const { blobs, manifests } = await blobsOf(img)
  for (const b of blobs) {
    const size = await client.blobSize(o.repository, b.digest)
    if (size === b.size) {
      rows.push({
        item: b.digest,
        action: 'skipped',
        detail: `${b.mediaType}, ${b.size} bytes, already in the registry`,
      })
      continue
    }
    await client.pushBlob(o.repository, b.digest, b.size, img.store.path(b.digest))
    rows.push({ item: b.digest, action: 'uploaded', detail: `${b.mediaType}, ${b.size} bytes` })
    log(`uploaded ${b.digest} (${b.size} bytes)`)
  }
  for (const m of manifests) {
    const bytes = await readFile(img.store.path(m.digest))
    await client.putManifest(o.repository, m.digest, { bytes, mediaType: m.mediaType })
    rows.push({ item: m.digest, action: 'put', detail: m.mediaType })
  }
  await verifyPushed(client, o.repository, img.root, blobs)
  rows.push({ item: digest, action: 'verified', detail: `manifest read back by digest, ${blobs.length} blobs present` })
  const rootBytes = await readFile(img.store.path(digest))
  for (const t of plan.tags) {
    if (t.action === 'unchanged' || t.action === 'keep') {
      rows.push({ item: t.tag, action: t.action, detail: t.reason })
      continue
    }
    await client.putManifest(o.repository, t.tag, { bytes: rootBytes, mediaType: img.root.mediaType })
    const back = await client.getManifest(o.repository, t.tag)
    if (back?.digest !== digest)
      throw new PushVerifyError(`tag ${t.tag} reads back as ${back?.digest ?? 'missing'}, expected ${digest}`)
    rows.push({ item: t.tag, action: t.action, detail: t.reason })
    log(`tag ${t.tag} → ${digest} (${t.action})`)
  }
  return rows
}

/** The root manifest reads back by digest with the same bytes, and every blob is present with its size. */
export async function verifyPushed(
  client: RegistryClient,
  repository: string,
  root: Descriptor,
  blobs: readonly Descriptor[],
): Promise<void> {
  const back = await client.getManifest(repository, root.digest)
  if (!back) throw new PushVerifyError(`manifest ${root.digest} is not in ${repository} after the push`)
  for (const b of blobs) {
    const size = await client.blobSize(repository, b.digest)
    if (size !== b.size)
      throw new PushVerifyError(
        `blob ${b.digest} is ${size === undefined ? 'missing' : `${size} bytes, expected ${b.size}`} in ${repository} after the push`,
      )
  }
}
