// Types of scripts/licenses.mjs, for the tests that import it.
export interface StatsModule {
  nameForCondition?: string
  chunks?: readonly (string | number)[]
  modules?: readonly StatsModule[]
  [key: string]: unknown
}
export interface BundledPackage {
  name: string
  version: string
  license: string | undefined
  files: { file: string; text: string }[]
}
export function bundledModules(stats: { modules?: readonly StatsModule[] }): string[]
export function packageDir(path: string): string | undefined
export function licenseField(manifest: Record<string, unknown>): string | undefined
export function readPackage(dir: string): BundledPackage
export function renderLicenses(packages: readonly BundledPackage[], own: string | undefined): string
export function writeLicenses(statsFile: string, outFile: string): void
