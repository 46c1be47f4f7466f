/**
 * Whether `sbom: true` can be honoured for a project, decided before anything runs: the SBOM comes from `npm sbom`,
 * which reads npm's own lockfile or tree, so a pnpm, yarn or bun project is refused up front (naming the input and the
 * reason) instead of failing after the whole build. Pure.
 */
import { InputError } from '@shipline/core'
import type { PackageManager } from './package-manager.js'

/** The tool that describes a project of this manager in CycloneDX, for the hint. */
const OTHER_TOOLS: Record<string, string> = {
  pnpm: "`npx @cyclonedx/cdxgen -t pnpm -o sbom.cdx.json` (CycloneDX's generator, reads pnpm-lock.yaml)",
  yarn: 'the CycloneDX yarn plugin (`yarn dlx -q @cyclonedx/yarn-plugin-cyclonedx --output-file sbom.cdx.json`, yarn 2+) or `npx @cyclonedx/cdxgen -t yarn`',
  bun: '`npx @cyclonedx/cdxgen -t js -o sbom.cdx.json`',
}

/** Throws an InputError naming `sbom` when the project's package manager has no `npm sbom` support. */
export function checkSbom(sbom: boolean, manager: PackageManager): void {
  if (!sbom || manager.name === 'npm') return
  const lock = manager.lockfile ? ` (${manager.lockfile})` : ''
  throw new InputError(
    'sbom',
    'true',
    `needs an npm project: the SBOM comes from \`npm sbom\`, which reads npm's package-lock.json, and this project uses ${manager.name}${lock}. Nothing was built.`,
    {
      hint: `Set sbom: false and make the SBOM in a step of its own, e.g. ${OTHER_TOOLS[manager.name] ?? 'a CycloneDX generator'}.`,
    },
  )
}
