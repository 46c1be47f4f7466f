/** Data shared by the publish-release domain: what we want (desired), what is out there (observed). */

/** A file to attach to the release, already hashed. */
export interface LocalAsset {
  /** The asset name on the release (GitHub's normalised form of the file name). */
  name: string
  /** Path of the file, relative to the workspace. */
  path: string
  size: number
  /** Lower-case hex sha256 of the file's bytes. */
  sha256: string
}

/** The npm tarball to publish, already hashed and read. */
export interface LocalPackage {
  name: string
  version: string
  /** `sha512-<base64>` of the tarball's bytes, as the registry stores it in `dist.integrity`. */
  integrity: string
  path: string
  size: number
  /** `repository.url` from the tarball's package.json, if any. */
  repositoryUrl?: string
}

/** An asset as GitHub reports it. `sha256` comes from `digest` or, when absent, from hashing a download. */
export interface RemoteAsset {
  id: number
  name: string
  size: number
  /** GitHub's upload state: `uploaded` when complete; `starter`/`open` for an upload that never finished. */
  state: string
  sha256?: string
  url?: string
}

/** A release as GitHub reports it (only the fields we use). */
export interface RemoteRelease {
  id: number
  tagName: string
  draft: boolean
  prerelease: boolean
  name: string
  body: string
  htmlUrl: string
  uploadUrl: string
  targetCommitish: string
  assets: RemoteAsset[]
}

/** What the registry says about the package. */
export interface RegistryView {
  /** `dist.integrity` of our version, when that version exists. */
  integrity?: string
  distTags: Record<string, string>
}

export type MakeLatest = 'true' | 'false' | 'legacy'

/** The release we want, from verified inputs. */
export interface Desired {
  repository: string
  tag: string
  version: string
  name: string
  notes: string
  /** Leave the release as a draft at the end. */
  draft: boolean
  prerelease: boolean
  makeLatest: MakeLatest
  target?: string
  overwrite: boolean
  assets: LocalAsset[]
  npm?: { pkg: LocalPackage; distTag: string; access?: 'public' | 'restricted'; provenance: boolean; registry: string }
}

/** What is out there before we change anything. */
export interface Observed {
  /** The published (non-draft) release for the tag, if any. */
  published?: RemoteRelease
  /** Draft releases for the tag, oldest first. */
  drafts: RemoteRelease[]
  /** Registry state; undefined when no npm package is published by this run. */
  registry?: RegistryView
}
