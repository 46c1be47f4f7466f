/** The project being built: its package.json, its lockfile (here or up to the workspace root) and package manager. */
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { InputError, isInside, quote, UserError } from '@shipline/core'
import { npmNameProblem } from '../domain/spec.js'
import { detectPackageManager, LOCKFILES, managerFor, type PackageManager } from '../domain/package-manager.js'
import type { Config } from './config.js'

export interface Project {
  dir: string
  name: string
  /** package.json's version (the default for the `version` input). */
  version: string | undefined
  scripts: Record<string, string>
  manager: PackageManager
  /** Directory holding the lockfile: where install runs (the monorepo root for a workspace package). */
  installDir: string
  /** package.json's path relative to the workspace, and its text (for annotations on a script). */
  packageJsonPath: string
  packageJsonText: string
  note?: string
}

interface PackageJson {
  name?: unknown
  version?: unknown
  scripts?: unknown
  packageManager?: unknown
}

async function readPackageJson(dir: string, wd: string): Promise<{ pkg: PackageJson; text: string }> {
  let text: string
  try {
    text = await readFile(join(dir, 'package.json'), 'utf8')
  } catch {
    throw new InputError('working-directory', wd, `has no package.json (looked in ${dir})`, {
      hint: 'Point working-directory at the package to build (in a monorepo, the workspace package directory).',
    })
  }
  try {
    return { pkg: JSON.parse(text) as PackageJson, text }
  } catch (error) {
    throw new UserError(`package.json is not valid JSON: ${(error as Error).message}`, {
      file: join(wd, 'package.json'),
    })
  }
}

/** Look for lockfiles in the project directory, then in each parent up to the workspace root. */
async function findLockfiles(
  project: string,
  workspace: string,
): Promise<{ dir: string; names: string[] } | undefined> {
  const wanted = new Set(LOCKFILES.map(([f]) => f))
  for (let dir = project; ; dir = dirname(dir)) {
    const names = (await readdir(dir)).filter((n) => wanted.has(n))
    if (names.length > 0) return { dir, names }
    if (dir === workspace || !isInside(workspace, dir) || dirname(dir) === dir) return undefined
  }
}

export async function loadProject(config: Config): Promise<Project> {
  const wd = relative(config.workspace, config.project) || '.'
  const { pkg, text } = await readPackageJson(config.project, wd)
  if (typeof pkg.name !== 'string' || pkg.name === '') {
    throw new UserError(`package.json in '${wd}' has no name; build-package names every file after it`, {
      file: join(wd, 'package.json'),
    })
  }
  const nameProblem = npmNameProblem(pkg.name)
  if (nameProblem) {
    throw new UserError(
      `package.json in '${wd}': the name ${quote(pkg.name)} ${nameProblem}; build-package names every file after it`,
      { file: join(wd, 'package.json') },
    )
  }
  const scripts = pkg.scripts && typeof pkg.scripts === 'object' ? (pkg.scripts as Record<string, string>) : {}
  const base = {
    dir: config.project,
    name: pkg.name,
    version: typeof pkg.version === 'string' ? pkg.version : undefined,
    scripts,
    packageJsonPath: join(wd, 'package.json'),
    packageJsonText: text,
  }
  const locks = await findLockfiles(config.project, config.workspace)
  if (!locks) {
    if (!config.allowNoLockfile && !config.skip.includes('install')) {
      throw new UserError(
        `No lockfile in '${wd}' or its parents up to the workspace root (looked for ${LOCKFILES.map(([f]) => f).join(', ')})`,
        {
          hint: "Commit the lockfile so the build installs exactly what was tested; or set 'allow-no-lockfile: true' (npm install without a lockfile), or skip: install.",
        },
      )
    }
    return { ...base, manager: managerFor('npm', undefined), installDir: config.project }
  }
  const berry =
    locks.names.includes('yarn.lock') && (await readFile(join(locks.dir, 'yarn.lock'), 'utf8')).includes('__metadata:')
  const field = typeof pkg.packageManager === 'string' ? pkg.packageManager : undefined
  const found = detectPackageManager(locks.names, field, berry)
  if (!found) throw new Error('unreachable: lockfiles found but no manager')
  return { ...base, manager: found.manager, installDir: locks.dir, ...(found.note ? { note: found.note } : {}) }
}
