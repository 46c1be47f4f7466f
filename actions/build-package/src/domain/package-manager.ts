/**
 * Which package manager a project uses, decided from the lockfile names found (and the `packageManager` field of
 * package.json when several lockfiles exist), and the commands that follow from it.
 */

export type PackageManagerName = 'npm' | 'pnpm' | 'yarn' | 'bun'

export interface PackageManager {
  name: PackageManagerName
  /** The lockfile the choice came from (undefined when installing without one). */
  lockfile: string | undefined
  /** Program and arguments of a clean, lockfile-honouring install. */
  install: string[]
  /** Program and arguments to run a package.json script. */
  runScript(script: string): string[]
}

/** Lockfile names in order of precedence, with their manager. */
export const LOCKFILES: readonly (readonly [string, PackageManagerName])[] = [
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
]

export interface Detection {
  manager: PackageManager
  /** Set when the choice needed a tie-break the user may want to know about. */
  note?: string
}

/**
 * Choose the package manager. `found` are lockfile names present next to the project (or its workspace root);
 * `packageManagerField` is package.json's `packageManager` (e.g. `pnpm@9.1.0`); `yarnBerry` tells yarn ≥ 2 apart.
 * Returns undefined when there is no lockfile.
 */
export function detectPackageManager(
  found: readonly string[],
  packageManagerField?: string,
  yarnBerry = false,
): Detection | undefined {
  const present = LOCKFILES.filter(([file]) => found.includes(file))
  if (present.length === 0) return undefined
  const wanted = packageManagerField?.split('@')[0]
  const chosen = present.find(([, pm]) => pm === wanted) ?? (present[0] as readonly [string, PackageManagerName])
  const managers = new Set(present.map(([, pm]) => pm))
  const note =
    managers.size > 1
      ? `several lockfiles found (${present.map(([f]) => f).join(', ')}); using ${chosen[0]}`
      : undefined
  return { manager: managerFor(chosen[1], chosen[0], yarnBerry), ...(note ? { note } : {}) }
}

/** The manager for a name; without a lockfile (allowed explicitly) npm installs without writing one. */
export function managerFor(name: PackageManagerName, lockfile: string | undefined, yarnBerry = false): PackageManager {
  const frozen = lockfile !== undefined
  switch (name) {
    case 'npm':
      return {
        name,
        lockfile,
        install: frozen
          ? ['npm', 'ci', '--no-audit', '--no-fund']
          : ['npm', 'install', '--no-audit', '--no-fund', '--no-package-lock'],
        runScript: (s) => ['npm', 'run', s],
      }
    case 'pnpm':
      return { name, lockfile, install: ['pnpm', 'install', '--frozen-lockfile'], runScript: (s) => ['pnpm', 'run', s] }
    case 'yarn':
      return {
        name,
        lockfile,
        install: ['yarn', 'install', yarnBerry ? '--immutable' : '--frozen-lockfile'],
        runScript: (s) => ['yarn', 'run', s],
      }
    case 'bun':
      return { name, lockfile, install: ['bun', 'install', '--frozen-lockfile'], runScript: (s) => ['bun', 'run', s] }
  }
}
