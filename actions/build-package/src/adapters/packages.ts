/**
 * The package step: npm tarball, archives, resources, SBOM, meta-package and SHA256SUMS, all written into a fresh
 * directory next to the output directory and moved into place only when everything succeeded. A failure leaves
 * the previous output untouched and no partial files.
 */
import { chmod, lstat, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { tmpdir } from 'node:os'
import { group, hashFile, info, InputError } from '@shipline/core'
import {
  buildManifest,
  metaPackageJson,
  sha256sums,
  type Artifact,
  type ArtifactKind,
  type Provenance,
} from '../domain/manifest.js'
import { archiveFileName, fileBase } from '../domain/spec.js'
import { writeTarGz } from './archive.js'
import type { Config } from './config.js'
import { isInside } from '@shipline/core'
import { collect } from './files.js'
import { packDirectory, packProject, writeSbom } from './npm.js'
import type { Project } from './project.js'
import { packageImage } from './image-package.js'
import { packageDeb } from './deb.js'

/** The file that marks a directory as build-package's own, so a re-run may replace it. */
export const MARKER = '.shipline-build-package'

/** Everything the package step needs, gathered by main. */
export interface PackageContext {
  config: Config
  project: Project
  version: string
  epoch: number
  provenance: Provenance
  env: NodeJS.ProcessEnv
  installed: boolean
}

/** What the package step wrote (paths in the final output directory). */
export interface Packages {
  artifacts: Artifact[]
  provenance: Provenance
  checksums: string
  metaPackage: string | undefined
}

/** Refuse an out-dir that holds files build-package did not write (replacing it would delete them). */
export async function checkOutDir(outDir: string, workspace: string, project: string): Promise<void> {
  if (isInside(outDir, workspace) || isInside(outDir, project)) {
    throw new InputError(
      'out-dir',
      outDir,
      'contains the workspace or the project: name a directory of its own (e.g. dist-packages)',
    )
  }
  const st = await lstat(outDir).catch(() => undefined)
  if (st && !st.isDirectory())
    throw new InputError(
      'out-dir',
      outDir,
      'exists and is not a directory: name a directory for the packages (e.g. dist-packages)',
    )
  const names = st ? await readdir(outDir) : []
  if (names.length > 0 && !names.includes(MARKER)) {
    throw new InputError(
      'out-dir',
      outDir,
      `already holds files that build-package did not write (${names.slice(0, 3).join(', ')}); it is replaced on every build`,
      {
        hint: 'Choose an empty or new directory.',
      },
    )
  }
}

/**
 * Replace the output directory with the finished scratch directory: the old one is renamed aside first, so at no
 * moment does a half-written directory carry the output's name. Leftovers of a killed earlier run are removed.
 */
async function swapIn(scratch: string, outDir: string): Promise<void> {
  const parent = dirname(outDir)
  const prefix = `${basename(outDir)}.`
  for (const name of await readdir(parent)) {
    const p = join(parent, name)
    if (p !== scratch && name.startsWith(prefix) && /\.(partial-[A-Za-z0-9]{6}|old-\d+)$/.test(name))
      await rm(p, { recursive: true, force: true })
  }
  const old = `${outDir}.old-${process.pid}`
  const hadOld = await rename(outDir, old).then(
    () => true,
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return false
      throw e
    },
  )
  await rename(scratch, outDir)
  if (hadOld) await rm(old, { recursive: true, force: true })
}

async function artifact(path: string, kind: ArtifactKind, name: string): Promise<Artifact> {
  const { size, sha256 } = await hashFile(path)
  return { path, file: basename(path), kind, name, size, sha256 }
}

const STAGE_PREFIX = 'shipline-stage-'

/** Whether a process with this pid is running (signal 0 checks without signalling). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Remove the staging copies (`shipline-stage-<pid>-XXXXXX`) of runs that were killed or cancelled before their
 * clean-up ran. A copy whose run is still alive (a parallel build on a shared temp dir) is left alone.
 */
export async function removeDeadStages(dir: string): Promise<string[]> {
  const removed: string[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const m = /^shipline-stage-(\d+)-[A-Za-z0-9]{6}$/.exec(name)
    if (!m || alive(Number(m[1]))) continue
    await rm(join(dir, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

/** Build every package into a scratch directory, then swap it in as the output directory. */
export async function buildPackages(ctx: PackageContext): Promise<Packages> {
  const { config, project, version } = ctx
  const outDir = config.outDir
  await mkdir(dirname(outDir), { recursive: true })
  const scratch = await mkdtemp(`${outDir}.partial-`)
  const stageRoot = ctx.env.RUNNER_TEMP || tmpdir()
  await removeDeadStages(stageRoot)
  const staging = await mkdtemp(join(stageRoot, `${STAGE_PREFIX}${process.pid}-`))
  try {
    const artifacts = await buildInto(scratch, staging, ctx)
    const base = fileBase(project.name)
    let metaPackage: string | undefined
    if (config.meta === 'manifest' || config.meta === 'both' || config.meta === 'npm') {
      const manifest = buildManifest(project.name, version, artifacts, ctx.provenance)
      const text = `${JSON.stringify(manifest, null, 2)}\n`
      if (config.meta !== 'npm') {
        const file = join(scratch, `${base}-${version}.meta.json`)
        await writeFile(file, text, { flag: 'wx' })
        artifacts.push(await artifact(file, 'meta', project.name))
        metaPackage = file
      }
      if (config.meta !== 'manifest') {
        const file = await packMeta(scratch, join(staging, 'meta'), text, ctx)
        artifacts.push(await artifact(file, 'meta-npm', config.metaName ?? `${project.name}-meta`))
        metaPackage ??= file
      }
    }
    await writeFile(join(scratch, 'SHA256SUMS'), sha256sums(artifacts), { flag: 'wx' })
    await writeFile(join(scratch, MARKER), 'Written by Shipline build-package; replaced on every build.\n')
    await chmod(scratch, 0o755) // mkdtemp makes it 0700
    await checkOutDir(outDir, config.workspace, config.project)
    await swapIn(scratch, outDir)
    const moved = (p: string): string => join(outDir, basename(p))
    return {
      provenance: ctx.provenance,
      artifacts: artifacts.map((a) => ({ ...a, path: moved(a.path) })),
      checksums: join(outDir, 'SHA256SUMS'),
      metaPackage: metaPackage && moved(metaPackage),
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
    await rm(staging, { recursive: true, force: true })
  }
}

async function buildInto(scratch: string, staging: string, ctx: PackageContext): Promise<Artifact[]> {
  const { config, project, version } = ctx
  const artifacts: Artifact[] = []
  const exclude = [config.outDir, scratch]
  if (config.npmPack) {
    await group(`package: npm tarball ${project.name}@${version}`, async () => {
      const stage = join(staging, 'npm')
      await mkdir(stage)
      const file = await packProject({
        project: project.dir,
        staging: stage,
        outDir: scratch,
        version,
        exclude,
        env: ctx.env,
        packageJsonPath: project.packageJsonPath,
      })
      artifacts.push(await artifact(file, 'npm', project.name))
      info(`${basename(file)}`)
    })
  }
  for (const spec of config.specs) {
    await group(`package: ${spec.kind} ${spec.name} (${spec.patterns.join(', ')})`, async () => {
      const input = spec.kind === 'resource' ? 'resources' : 'archives'
      const entries = await collect(spec.patterns, {
        root: config.project,
        workspace: config.workspace,
        exclude,
        input,
        skip: spec.excludes,
      })
      const file = join(scratch, archiveFileName(project.name, spec.name, version))
      const written = await writeTarGz(entries, file, { mtime: ctx.epoch, level: config.level })
      artifacts.push({ path: file, file: basename(file), kind: spec.kind, name: spec.name, ...written })
      info(`${basename(file)}: ${entries.length} entries, ${written.size} bytes`)
    })
  }
  if (config.deb)
    await group(`package: Debian package ${config.deb.package}`, async () =>
      artifacts.push(await packageDeb(scratch, staging, exclude, ctx)),
    )
  if (config.image)
    await group(`package: OCI image on ${config.image.baseName}`, async () =>
      artifacts.push(await packageImage(scratch, staging, exclude, ctx)),
    )
  if (config.sbom) {
    await group('package: CycloneDX SBOM (npm sbom)', async () => {
      const file = join(scratch, `${fileBase(project.name)}-${version}.cdx.json`)
      await writeSbom(project.dir, file, project.name, version, ctx.epoch, ctx.installed, ctx.env)
      artifacts.push(await artifact(file, 'sbom', project.name))
    })
  }
  return artifacts
}

async function packMeta(scratch: string, dir: string, manifestText: string, ctx: PackageContext): Promise<string> {
  const { config, project, version } = ctx
  await mkdir(dir)
  const deps: Record<string, string> = { ...config.metaDependencies }
  if (config.npmPack) deps[project.name] = version
  const name = config.metaName ?? `${project.name}-meta`
  await writeFile(
    join(dir, 'package.json'),
    metaPackageJson(name, version, deps, `Meta package of ${project.name} ${version}: exact versions of every part`),
  )
  await writeFile(join(dir, 'meta.json'), manifestText)
  return packDirectory(dir, scratch, ctx.env)
}
