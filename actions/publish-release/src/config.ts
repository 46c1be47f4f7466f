/** The action's inputs, read and checked for form (not yet for content: see local.ts). */
import {
  InputError,
  readBoolean,
  readEnum,
  readGlobList,
  readList,
  readObject,
  readString,
  readVersion,
  requireString,
  maskSecret,
  maskUrl,
  getInput,
} from '@shipline/core'
import { parseReference, ReferenceError, type ExtraTag, type ImageReference } from '@shipline/oci'
import type { MakeLatest } from './domain/types.js'

/** One artifact as build-package lists it in its `artifacts` output. */
export interface ArtifactEntry {
  path: string
  sha256?: string
  size?: number
  name?: string
  kind?: string
  digest?: string
}

export interface Config {
  token: string
  repository: string
  tag: string
  version?: string
  name?: string
  notes?: string
  notesFile?: string
  /** Globs, or build-package's JSON list. */
  artifacts: { globs: string[] } | { entries: ArtifactEntry[] }
  checksums?: string
  /** Attach the `checksums` file to the release too (default). */
  attachChecksums: boolean
  draft: boolean
  prerelease: boolean
  makeLatest: MakeLatest
  target?: string
  overwrite: boolean
  dryRun: boolean
  npmPackage?: string
  registry: string
  npmToken?: string
  distTag: string
  access?: 'public' | 'restricted'
  provenance: boolean
  /** Where to push the image artifact (image-repository), with its extra tags and credentials. */
  image?: { ref: ImageReference; extraTags: ExtraTag[]; username?: string; password?: string }
}

const TAG = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)(?!.*@\{)[^\s~^:?*[\\\p{Cc}]+$/u

async function readArtifacts(): Promise<Config['artifacts']> {
  if (!getInput('artifacts').startsWith('[')) return { globs: readGlobList('artifacts') }
  const list =
    (await readObject<unknown[]>('artifacts', { array: true, example: '[{"path":"dist/app.tgz","sha256":"…"}]' })) ?? []
  const entries = list.map((item, i): ArtifactEntry => {
    const e = item as ArtifactEntry
    if (!e || typeof e !== 'object' || typeof e.path !== 'string' || e.path === '') {
      throw new InputError(
        'artifacts',
        JSON.stringify(item) ?? String(item),
        `(item ${i + 1}) has no "path"; each item needs {"path": …} and may carry "sha256" and "size"`,
      )
    }
    if (e.sha256 !== undefined && !/^[0-9a-f]{64}$/i.test(String(e.sha256)))
      throw new InputError('artifacts', String(e.sha256), `(item ${i + 1}) "sha256" is not 64 hex digits`)
    return {
      path: e.path,
      sha256: e.sha256?.toLowerCase(),
      size: typeof e.size === 'number' ? e.size : undefined,
      name: e.name,
      kind: e.kind,
      ...(typeof e.digest === 'string' ? { digest: e.digest } : {}),
    }
  })
  return { entries }
}

/** image-repository, image-tags, image-username, image-password (masked). */
function readImage(): Config['image'] {
  const password = readString('image-password')
  maskSecret(password)
  const repository = readString('image-repository')
  if (repository === undefined) return undefined
  let ref: ImageReference
  try {
    ref = parseReference(repository, { needTagOrDigest: false })
  } catch (error) {
    if (error instanceof ReferenceError) throw new InputError('image-repository', repository, error.accepted)
    throw error
  }
  if (ref.tag || ref.digest)
    throw new InputError(
      'image-repository',
      repository,
      'names a tag or digest: give the repository only (e.g. ghcr.io/acme/web); tags come from the version and image-tags',
    )
  const extraTags = readList('image-tags', { commas: true }).map((t) => {
    if (t !== 'major' && t !== 'minor' && t !== 'latest')
      throw new InputError('image-tags', t, 'is not one of major, minor, latest (the version tag is always pushed)')
    return t as ExtraTag
  })
  const username = readString('image-username')
  if ((username === undefined) !== (password === undefined))
    throw new InputError(
      username === undefined ? 'image-username' : 'image-password',
      '',
      'is empty: give both image-username and image-password, or neither',
    )
  return { ref, extraTags, ...(username ? { username } : {}), ...(password ? { password } : {}) }
}

/** Read every input; errors name the input, the value and what is accepted. */
export async function readConfig(): Promise<Config> {
  const token = readString('token') ?? ''
  const npmToken = readString('npm-token')
  maskSecret(token)
  maskSecret(npmToken)
  const prerelease = readBoolean('prerelease', false)
  const notes = readString('notes')
  const notesFile = readString('notes-file')
  if (notes !== undefined && notesFile !== undefined)
    throw new InputError('notes-file', notesFile, "cannot be combined with 'notes'; give one of them")
  const registry = readString('registry', { fallback: 'https://registry.npmjs.org/' })
  if (!/^https?:\/\/[^\s]+$/.test(registry))
    throw new InputError('registry', registry, 'is not an http(s) URL (e.g. https://registry.npmjs.org/)')
  maskUrl(registry)
  return {
    token,
    repository: requireString('repository', { pattern: /^[\w.-]+\/[\w.-]+$/, accepted: "is not 'owner/repo'" }),
    tag: requireString('tag', { pattern: TAG, accepted: "is not a valid git tag name (e.g. 'v1.2.3')" }),
    version: readVersion('version'),
    name: readString('name'),
    notes,
    notesFile,
    artifacts: await readArtifacts(),
    checksums: readString('checksums'),
    attachChecksums: readBoolean('attach-checksums', true),
    draft: readBoolean('draft', false),
    prerelease,
    makeLatest: readEnum('make-latest', ['true', 'false', 'legacy'] as const, prerelease ? 'false' : 'true'),
    target: readString('target'),
    overwrite: readBoolean('overwrite', false),
    dryRun: readBoolean('dry-run', false),
    npmPackage: readString('npm-package'),
    registry,
    npmToken,
    distTag: readString('dist-tag', {
      fallback: 'latest',
      pattern: /^[A-Za-z][\w.-]*$/,
      accepted: "is not a dist-tag name (letters, digits, '.', '-', '_'; not a version)",
    }),
    access: readEnum('access', ['public', 'restricted'] as const),
    provenance: readBoolean('provenance', false),
    image: readImage(),
  }
}
