/**
 * The container image of a release: build-package's OCI layout archive (the artifact of kind `image`) pushed to an
 * OCI registry through the Distribution API. Verified before anything changes (checksums, the digest build-package
 * recorded, the version label agreeing with the release), pushed before the release is published (so a published
 * release always has its image), and tagged only once every blob and manifest is in the registry and read back.
 */
import { rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import {
  allowedRoots,
  hashFile,
  InputError,
  maskSecret,
  RemoteError,
  setOutputs,
  statContained,
  Summary,
  UserError,
  info,
} from '@shipline/core'
import {
  extractArchive,
  formatReference,
  ImageFormatError,
  observeTags,
  planTags,
  platformImages,
  pushImage,
  PushConflictError,
  PushVerifyError,
  readLayout,
  RegistryClient,
  versionTags,
  DigestMismatchError,
  type ImageReference,
  type StoredImage,
} from '@shipline/oci'
import { artifactProblems } from './domain/checksums.js'
import { readChecksums } from './local.js'
import type { ArtifactEntry, Config } from './config.js'
import type { Row } from './executor.js'

export interface PreparedImage {
  ref: ImageReference
  tags: string[]
  image: StoredImage
  client: RegistryClient
  version: string
  overwrite: boolean
  /** Temp dir holding the extracted layout (removed by {@link cleanupImage}). */
  dir: string
}

/** Find, verify and open the image artifact. Undefined when no `image-repository` is given. */
export async function prepareImage(
  config: Config,
  workspace: string,
  version: string,
): Promise<PreparedImage | undefined> {
  const push = config.image
  const entry = imageEntry(config)
  if (!push || !entry) return undefined
  const roots = allowedRoots(process.env, workspace)
  // By its real path: a committed link (to /proc/self/environ, say) is refused, and later reads use the real file.
  const path = (await statContained('artifacts', entry.path, { roots })).real
  const { sha256 } = await hashFile(path, { noFollow: true })
  const sums = await readChecksums(config, roots)
  // Only the sha256 is compared: the image entry's size is not checked.
  const problems = artifactProblems(entry, { sha256 }, sums)
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'shipline-image-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true })) // whatever happens next, no leftover
  try {
    if (problems.length)
      throw new UserError(`Verification failed, nothing was published:\n- ${problems.join('\n- ')}`, {
        hint: 'Rebuild the artifacts or fix the inputs, then re-run.',
      })
    const image = await openImage(entry, path, dir, version)
    const tags = versionTags(version, push.extraTags)
    const client = registryClient(push)
    info(
      `${entry.path}: image ${image.root.digest}, to push as ${tags.map((t) => `${formatReference(push.ref)}:${t}`).join(', ')}`,
    )
    return { ref: push.ref, tags, image, client, version, overwrite: config.overwrite, dir }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    if (error instanceof ImageFormatError || error instanceof DigestMismatchError)
      throw new UserError(`${entry.path} is not a usable OCI image archive: ${error.message}`, { cause: error })
    throw error
  }
}

/**
 * The one artifact of kind `image` to push. Undefined when no `image-repository` is given (an image in the list is
 * then only mentioned); an InputError unless the list has exactly one.
 */
function imageEntry(config: Config): ArtifactEntry | undefined {
  const push = config.image
  const entries = 'entries' in config.artifacts ? config.artifacts.entries.filter((e) => e.kind === 'image') : []
  if (!push) {
    if (entries.length)
      info(
        `The artifacts list an image (${entries.map((e) => e.path).join(', ')}); it is not pushed: set image-repository to push it.`,
      )
    return undefined
  }
  if (entries.length !== 1 || !entries[0]) {
    throw new InputError(
      'image-repository',
      formatReference(push.ref),
      `needs exactly one item of kind "image" in the JSON 'artifacts' input (build-package's output); found ${entries.length}`,
    )
  }
  return entries[0]
}

/** Extract the layout into `dir` and check it against the artifacts list (digest) and the release (version label). */
async function openImage(entry: ArtifactEntry, path: string, dir: string, version: string): Promise<StoredImage> {
  await extractArchive(path, dir)
  const image = await readLayout(dir)
  if (entry.digest && entry.digest !== image.root.digest)
    throw new UserError(
      `${entry.path}: the image digest is ${image.root.digest}, but the artifacts list says ${entry.digest}`,
    )
  for (const p of await platformImages(image)) {
    const label = p.config.config?.Labels?.['org.opencontainers.image.version']
    if (label !== undefined && label !== version)
      throw new UserError(
        `${entry.path}: the image is labelled version ${label}, but this release is ${version}; rebuild the image for ${version}`,
      )
  }
  return image
}

/** A registry client for the push, with the credentials when both are given; secrets it meets are masked. */
function registryClient(push: NonNullable<Config['image']>): RegistryClient {
  const creds =
    push.username && push.password ? { credentials: { username: push.username, password: push.password } } : {}
  return RegistryClient.for(push.ref, { ...creds, onSecret: maskSecret })
}

/** Look at the registry and refuse a conflicting version tag before any change (also in dry-run). */
export async function checkImageTags(p: PreparedImage): Promise<Row[]> {
  const states = await observeTags(p.client, p.ref.repository, p.tags, p.image.root.digest).catch(registryError)
  const plan = planTags(p.version, p.image.root.digest, p.tags[0] as string, states, p.overwrite)
  if (plan.conflicts.length)
    throw new UserError(`Cannot push the image, nothing was changed:\n- ${plan.conflicts.join('\n- ')}`)
  return plan.tags.map((t) => ({
    item: `image ${formatReference({ ...p.ref, tag: t.tag })}`,
    result: t.action === 'unchanged' ? 'in place' : `will ${t.action}`,
    detail: t.reason,
  }))
}

/** Push the image: blobs, manifests by digest, read back, then tags. Returns summary rows and sets the outputs. */
export async function pushPrepared(p: PreparedImage): Promise<Row[]> {
  try {
    const rows = await pushImage(p.client, p.image, {
      repository: p.ref.repository,
      version: p.version,
      tags: p.tags,
      overwrite: p.overwrite,
      log: info,
    }).catch(registryError)
    const name = `${p.ref.registry}/${p.ref.repository}`
    setOutputs({ 'image-digest': p.image.root.digest, 'image-refs': p.tags.map((t) => `${name}:${t}`) })
    const blobs = rows.filter((r) => r.action === 'uploaded' || r.action === 'skipped')
    const out: Row[] = [
      {
        item: `image ${name}@${p.image.root.digest}`,
        result: 'verified',
        detail: `${blobs.filter((r) => r.action === 'uploaded').length} blobs uploaded, ${blobs.filter((r) => r.action === 'skipped').length} already there`,
      },
      ...rows
        .filter((r) => !['uploaded', 'skipped', 'put', 'verified'].includes(r.action))
        .map((r) => ({ item: `image ${name}:${r.item}`, result: r.action, detail: r.detail })),
    ]
    return out
  } finally {
    await cleanupImage(p)
  }
}

export async function cleanupImage(p: PreparedImage | undefined): Promise<void> {
  if (p) await rm(p.dir, { recursive: true, force: true })
}

function registryError(error: unknown): never {
  if (error instanceof PushConflictError)
    throw new UserError(`Cannot push the image, nothing was changed:\n- ${error.conflicts.join('\n- ')}`)
  if (error instanceof PushVerifyError)
    throw new UserError(`The image push did not verify: ${error.message}; re-run to finish (present blobs are skipped)`)
  if (error instanceof RemoteError) throw error
  throw error
}

/** The image section of the dry-run summary. */
export function imagePlanSummary(s: Summary, rows: readonly Row[]): Summary {
  return s.heading('Image', 3).table(
    ['Item', 'Result', 'Detail'],
    rows.map((r) => [r.item, r.result, r.detail]),
  )
}
