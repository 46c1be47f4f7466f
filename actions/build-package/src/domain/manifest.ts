/**
 * The meta-package: a manifest listing every part of a release (kind, version, size, sha256) with build
 * provenance, the `SHA256SUMS` file and the package.json of an optional npm meta package. Pure text builders.
 */

export type ArtifactKind = 'npm' | 'archive' | 'resource' | 'sbom' | 'meta' | 'meta-npm' | 'image' | 'deb'

/** One file produced by the build. */
export interface Artifact {
  /** Absolute path of the file in the output directory. */
  path: string
  /** File name (the path's last segment). */
  file: string
  kind: ArtifactKind
  /** Logical name: the package name for npm tarballs, the archive or resource name otherwise. */
  name: string
  size: number
  sha256: string
  /** Images: the digest of the image manifest (or index), as registries name it. */
  digest?: string
}

/** Where and from what a build came. Values absent outside Actions are omitted. */
export interface Provenance {
  commit?: string
  ref?: string
  repository?: string
  runUrl?: string
  workflow?: string
  /** The SOURCE_DATE_EPOCH used for every archive, in seconds. */
  sourceDateEpoch: number
}

/** Read provenance from the standard GitHub Actions variables. */
export function provenanceFrom(
  env: Readonly<Record<string, string | undefined>>,
  sourceDateEpoch: number,
  commit?: string,
): Provenance {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runUrl =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
      : undefined
  const p: Provenance = { sourceDateEpoch }
  const sha = env.GITHUB_SHA || commit
  if (sha) p.commit = sha
  if (env.GITHUB_REF) p.ref = env.GITHUB_REF
  if (env.GITHUB_REPOSITORY) p.repository = `${server}/${env.GITHUB_REPOSITORY}`
  if (runUrl) p.runUrl = runUrl
  if (env.GITHUB_WORKFLOW) p.workflow = env.GITHUB_WORKFLOW
  return p
}

export interface Manifest {
  schema: 'https://shipline.dev/schemas/meta-package/v1'
  name: string
  version: string
  /** ISO time of SOURCE_DATE_EPOCH (not the wall clock, so rebuilding the same commit gives the same manifest). */
  builtFrom: string
  provenance: Provenance
  parts: {
    file: string
    kind: ArtifactKind
    name: string
    version: string
    size: number
    sha256: string
    digest?: string
  }[]
}

/** The manifest for a release; parts are sorted by file name. */
export function buildManifest(
  name: string,
  version: string,
  artifacts: readonly Artifact[],
  provenance: Provenance,
): Manifest {
  const parts = [...artifacts]
    .sort((a, b) => compareBytes(a.file, b.file))
    .map((a) => ({
      file: a.file,
      kind: a.kind,
      name: a.name,
      version,
      size: a.size,
      sha256: a.sha256,
      ...(a.digest ? { digest: a.digest } : {}),
    }))
  return {
    schema: 'https://shipline.dev/schemas/meta-package/v1',
    name,
    version,
    builtFrom: new Date(provenance.sourceDateEpoch * 1000).toISOString(),
    provenance,
    parts,
  }
}

/** `SHA256SUMS` in coreutils format: `<hex>  <file>` per line, sorted by file name. */
export function sha256sums(artifacts: readonly Pick<Artifact, 'file' | 'sha256'>[]): string {
  return [...artifacts]
    .sort((a, b) => compareBytes(a.file, b.file))
    .map((a) => {
      if (/[\n\\]/.test(a.file)) throw new Error(`file name not allowed in SHA256SUMS: ${a.file}`)
      return `${a.sha256}  ${a.file}\n`
    })
    .join('')
}

/** package.json of the npm meta package: exact-version dependencies on the release's npm package(s). */
export function metaPackageJson(
  metaName: string,
  version: string,
  dependencies: Readonly<Record<string, string>>,
  description: string,
): string {
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => compareBytes(a, b)))
  const pkg = { name: metaName, version, description, files: ['meta.json'], dependencies: sorted }
  return `${JSON.stringify(pkg, null, 2)}\n`
}

/** Code-unit order: the same on every machine and locale. */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
