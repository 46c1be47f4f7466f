/**
 * The npm tarball, packed from a staged copy so the user's working tree is never touched: npm lists the files it
 * would pack (`npm pack --dry-run --json`, honouring `files` and .npmignore), they are copied to a staging
 * directory with the version stamped into package.json, and `npm pack` runs there. npm's tarballs are already
 * reproducible (sorted entries, fixed 1985 mtime, normalized modes). Lifecycle scripts are not run: the compile
 * step has already built what gets packed.
 */
import { chmod, copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { exec, UserError } from '@shipline/core'
import { stampVersion } from '../domain/spec.js'
import { isInside } from '@shipline/core'

interface PackResult {
  filename: string
  files: { path: string }[]
  bundled?: string[]
}

function parsePack(stdout: string): PackResult {
  const start = stdout.indexOf('[')
  try {
    const parsed = JSON.parse(stdout.slice(start)) as PackResult[]
    if (!Array.isArray(parsed) || !parsed[0]) throw new Error('empty')
    return parsed[0]
  } catch (error) {
    throw new UserError(`Could not read the output of 'npm pack --json': ${stdout.slice(0, 300)}`, { cause: error })
  }
}

const NPM_ENV = { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }

async function npmPack(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<PackResult> {
  const r = await exec('npm', ['pack', '--json', '--ignore-scripts', ...args], {
    cwd,
    env: { ...env, ...NPM_ENV },
    timeoutMs: 300_000,
  })
  return parsePack(r.stdout)
}

export interface PackOptions {
  /** Project directory (holds package.json). */
  project: string
  /** Empty staging directory to use. */
  staging: string
  /** Directory the tarball is written to. */
  outDir: string
  version: string
  /** Directories whose files must never be packed (the output directory). */
  exclude: readonly string[]
  env: NodeJS.ProcessEnv
  /** package.json relative to the workspace, for annotations. */
  packageJsonPath: string
}

/** Pack the project at `version`; returns the tarball's absolute path. */
export async function packProject(o: PackOptions): Promise<string> {
  const pkgText = await readFile(join(o.project, 'package.json'), 'utf8')
  refuseWorkspaceProtocol(pkgText, o.packageJsonPath)
  const listing = await npmPack(o.project, ['--dry-run'], o.env)
  if (listing.bundled && listing.bundled.length > 0) {
    throw new UserError(
      `The package bundles dependencies (${listing.bundled.join(', ')}), which build-package cannot pack from a staged copy`,
      {
        hint: "Set 'npm-pack: false' and package node_modules with 'archives', or drop bundleDependencies.",
      },
    )
  }
  for (const { path } of listing.files) {
    const from = resolve(o.project, path)
    if (!isInside(o.project, from) || o.exclude.some((x) => isInside(x, from))) continue
    const to = join(o.staging, path)
    await mkdir(dirname(to), { recursive: true })
    await copyFile(from, to)
    await chmod(to, ((await stat(from)).mode & 0o111) !== 0 ? 0o755 : 0o644)
  }
  await writeFile(join(o.staging, 'package.json'), stampVersion(pkgText, o.version))
  const packed = await npmPack(o.staging, ['--pack-destination', o.outDir], o.env)
  return join(o.outDir, packed.filename)
}

/** `workspace:` ranges (pnpm, yarn) are rewritten only by those tools' own pack; npm would publish them as-is. */
function refuseWorkspaceProtocol(pkgText: string, file: string): void {
  const pkg = JSON.parse(pkgText) as Record<string, unknown>
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = pkg[field]
    if (!deps || typeof deps !== 'object') continue
    const bad = Object.entries(deps as Record<string, unknown>).filter(
      ([, range]) => typeof range === 'string' && range.startsWith('workspace:'),
    )
    if (bad.length > 0) {
      throw new UserError(
        `package.json ${field} use the workspace: protocol (${bad.map(([n, r]) => `${n}@${String(r)}`).join(', ')}), which npm pack would publish unresolved`,
        {
          file,
          hint: "Set 'npm-pack: false' and pack with your package manager (pnpm pack / yarn pack), or use version ranges.",
        },
      )
    }
  }
}

/** Pack a meta package (package.json + meta.json) from `dir` into `outDir`. */
export async function packDirectory(dir: string, outDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const packed = await npmPack(dir, ['--pack-destination', outDir], env)
  return join(outDir, packed.filename)
}

/**
 * A CycloneDX SBOM from `npm sbom`, made reproducible: the random serial number is dropped, the timestamp is
 * SOURCE_DATE_EPOCH and the root component carries the stamped version.
 */
export async function writeSbom(
  project: string,
  dest: string,
  name: string,
  version: string,
  epoch: number,
  installed: boolean,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const args = [
    'sbom',
    '--sbom-format',
    'cyclonedx',
    '--sbom-type',
    'library',
    ...(installed ? [] : ['--package-lock-only']),
  ]
  const r = await exec('npm', args, {
    cwd: project,
    env: { ...env, ...NPM_ENV },
    timeoutMs: 300_000,
    allowFailure: true,
  })
  if (r.code !== 0) {
    throw new UserError(
      `'npm ${args.join(' ')}' failed (exit ${r.code}): ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join('\n')}`,
      {
        hint: 'npm sbom needs npm 10.1 or newer and an installed tree or a lockfile. Set sbom: false to skip it.',
      },
    )
  }
  const bom = JSON.parse(r.stdout) as Bom
  delete bom.serialNumber
  if (bom.metadata) {
    bom.metadata.timestamp = new Date(epoch * 1000).toISOString()
    const c = bom.metadata.component
    if (c) {
      // npm names the root component after its directory, which differs between checkouts.
      c.name = name
      const oldRef = c['bom-ref']
      const stamp = (v: unknown): unknown =>
        typeof v === 'string' && typeof c.version === 'string' ? v.replace(`@${c.version}`, `@${version}`) : v
      c['bom-ref'] = stamp(c['bom-ref'])
      c.purl = stamp(c.purl)
      c.version = version
      for (const d of bom.dependencies ?? []) if (d.ref === oldRef) d.ref = c['bom-ref']
    }
  }
  await writeFile(dest, `${JSON.stringify(bom, null, 2)}\n`, { flag: 'wx' })
}

interface Bom {
  serialNumber?: string
  metadata?: { timestamp?: string; component?: Record<string, unknown> }
  dependencies?: { ref?: unknown }[]
}
