/** Step 1, verify: every artifact exists and matches its checksums, the npm tarball's version agrees with the tag. */
import { basename, resolve } from 'node:path'
import {
  allowedRoots,
  hashFile,
  InputError,
  readContained,
  resolveContained,
  statContained,
  UserError,
  info,
} from '@shipline/core'
import { artifactProblems, githubAssetName, parseSha256Sums, type ChecksumEntry } from './domain/checksums.js'
import { agreePackageVersion, agreeTagVersion } from './domain/version.js'
import { MAX_BODY } from './domain/ledger.js'
import type { Desired, LocalAsset, LocalPackage } from './domain/types.js'
import type { PathRoot } from '@shipline/core'
import { expandGlobs, packageJsonOfTarball } from './adapters/files.js'
import type { ArtifactEntry, Config } from './config.js'

/** The `checksums` file's entries (undefined when none is given); a line that is not `<sha256>  <file>` is an error. */
export async function readChecksums(
  config: Config,
  roots: PathRoot[],
): Promise<{ file: string; entries: ChecksumEntry[] } | undefined> {
  if (!config.checksums) return undefined
  const { entries, bad } = parseSha256Sums(
    (await readContained('checksums', config.checksums, { roots })).data.toString('utf8'),
  )
  if (bad.length)
    throw new UserError(
      `checksums file '${config.checksums}' has lines that are not '<sha256>  <file>' (line ${bad.join(', ')})`,
      { file: config.checksums, line: bad[0] },
    )
  return { file: config.checksums, entries }
}

async function hashAssets(
  config: Config,
  workspace: string,
  roots: PathRoot[],
  problems: string[],
): Promise<LocalAsset[]> {
  const sums = await readChecksums(config, roots)
  const listed: ArtifactEntry[] =
    'globs' in config.artifacts
      ? (await expandGlobs(workspace, config.artifacts.globs)).map((path) => ({ path }))
      : config.artifacts.entries.filter((e) => e.kind !== 'image')
  const entries = withChecksumsFile(config, listed, workspace)
  const assets: LocalAsset[] = []
  for (const e of entries) {
    // Hash and later upload the real path; the asset is named after the path as given.
    const { path: given, real: path } = await statContained('artifacts', e.path, { roots })
    const { size, sha256 } = await hashFile(path, { noFollow: true })
    const name = githubAssetName(basename(given))
    const isSumsFile =
      config.checksums !== undefined && path === (await resolveContained('checksums', config.checksums, { roots })).real
    problems.push(...artifactProblems(e, { size, sha256 }, isSumsFile ? undefined : sums))
    if (assets.some((a) => a.name === name))
      throw new InputError(
        'artifacts',
        e.path,
        `has the same asset name as another artifact (${name}); asset names must be unique`,
      )
    assets.push({ name, path, size, sha256 })
    info(`${name}: ${size} bytes, sha256 ${sha256}`)
  }
  return assets
}

/** The artifacts plus the `checksums` file itself (unless `attach-checksums: false` or it is listed already). */
function withChecksumsFile(config: Config, entries: ArtifactEntry[], workspace: string): ArtifactEntry[] {
  if (!config.checksums || !config.attachChecksums) return entries
  // Only a comparison: every entry, this one included, is then checked to be inside the allowed roots.
  const sums = resolve(workspace, config.checksums)
  return entries.some((e) => resolve(workspace, e.path) === sums) ? entries : [...entries, { path: config.checksums }]
}

/** `npm-package: from-artifacts` → the one item of kind `npm` in build-package's artifacts list. */
function tarballOf(config: Config): string | undefined {
  if (config.npmPackage !== 'from-artifacts') return config.npmPackage
  const npm = 'entries' in config.artifacts ? config.artifacts.entries.filter((e) => e.kind === 'npm') : []
  if (npm.length !== 1 || !npm[0]) {
    throw new InputError(
      'npm-package',
      'from-artifacts',
      `needs exactly one item of kind "npm" in the JSON 'artifacts' input; found ${npm.length}`,
    )
  }
  return npm[0].path
}

async function readPackage(
  config: Config,
  roots: PathRoot[],
  version: string,
  problems: string[],
): Promise<LocalPackage | undefined> {
  const tarball = tarballOf(config)
  if (!tarball) return undefined
  const { real: path } = await statContained('npm-package', tarball, { roots })
  const manifest = await packageJsonOfTarball(path)
  const { size, sha512 } = await hashFile(path, { sha512: true, noFollow: true })
  const name = typeof manifest.name === 'string' ? manifest.name : ''
  const pkgVersion = typeof manifest.version === 'string' ? manifest.version : ''
  if (!name) throw new InputError('npm-package', tarball, 'has a package.json without a name')
  const mismatch = agreePackageVersion(name, pkgVersion, version)
  if (mismatch) problems.push(`${mismatch} (tag ${config.tag})`)
  const repo = manifest.repository
  const repositoryUrl =
    typeof repo === 'string'
      ? repo
      : typeof (repo as { url?: unknown })?.url === 'string'
        ? (repo as { url: string }).url
        : undefined
  info(`${name}@${pkgVersion}: ${size} bytes, integrity sha512-${sha512}`)
  return { name, version: pkgVersion, integrity: `sha512-${sha512}`, path, size, repositoryUrl }
}

/** Verify the inputs against the files and build the desired release. Throws (listing every problem) before any change. */
export async function verifyLocal(config: Config, workspace: string): Promise<Desired> {
  const roots = allowedRoots(process.env, workspace)
  const version = agreeTagVersion(config.tag, config.version)
  const notes = config.notesFile
    ? (await readContained('notes-file', config.notesFile, { roots })).data.toString('utf8')
    : (config.notes ?? '')
  if (notes.length > MAX_BODY - 20_000) {
    const input = config.notesFile ? 'notes-file' : 'notes'
    throw new InputError(
      input,
      config.notesFile ?? `${notes.slice(0, 40)}…`,
      `holds ${notes.length} characters; release notes can be at most ${MAX_BODY - 20_000} (GitHub caps a release body at ${MAX_BODY})`,
    )
  }
  const problems: string[] = []
  const assets = await hashAssets(config, workspace, roots, problems)
  const pkg = await readPackage(config, roots, version, problems)
  if (problems.length) {
    throw new UserError(`Verification failed, nothing was published:\n- ${problems.join('\n- ')}`, {
      hint: 'Rebuild the artifacts or fix the inputs, then re-run.',
    })
  }
  return {
    repository: config.repository,
    tag: config.tag,
    version,
    name: config.name ?? config.tag,
    notes,
    draft: config.draft,
    prerelease: config.prerelease,
    makeLatest: config.makeLatest,
    target: config.target,
    overwrite: config.overwrite,
    assets,
    npm: pkg
      ? {
          pkg,
          distTag: config.distTag,
          access: config.access,
          provenance: config.provenance,
          registry: config.registry,
        }
      : undefined,
  }
}
