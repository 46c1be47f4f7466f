/** The release gate's inputs, read and checked for form. Every item is off unless its input asks for it. */
import { InputError, readBoolean, readDuration, readEnum, readList, readString } from '@shipline/core'
import { unknownLicenseId } from './domain/sbom.js'

export interface GateConfig {
  /** Check-run / status names; `protection` adds the branch protection's required status checks. */
  checks: string[]
  fromProtection: boolean
  checksTimeoutMs: number
  checksTimeoutText: string
  requireNotes: boolean
  changelogFile?: string
  docsPaths: string[]
  hasFeatures: 'auto' | 'true' | 'false'
  since?: string
  milestone: boolean
  sbom?: string
  advisories?: string
  denyLicenses: string[]
}

/** True when any gate item is asked for (otherwise the gate makes no API call at all). */
export function gateWanted(g: GateConfig): boolean {
  return (
    g.checks.length > 0 ||
    g.fromProtection ||
    g.requireNotes ||
    g.changelogFile !== undefined ||
    g.docsPaths.length > 0 ||
    g.milestone ||
    g.sbom !== undefined ||
    g.advisories !== undefined ||
    g.denyLicenses.length > 0
  )
}

export function readGateConfig(): GateConfig {
  const names = readList('required-checks', { commas: true })
  const timeoutText = readString('checks-timeout', { fallback: '10m' })
  const docsPaths = readList('docs-paths', { commas: true })
  for (const g of docsPaths) {
    if (g.startsWith('/') || g.split('/').includes('..'))
      throw new InputError('docs-paths', g, "is not a path pattern inside the repository (e.g. 'docs/**', 'README.md')")
  }
  const sbom = readString('sbom')
  const advisories = readString('advisories')
  const denyLicenses = readList('deny-licenses', { commas: true })
  const unknown = unknownLicenseId(denyLicenses)
  if (unknown !== undefined)
    throw new InputError(
      'deny-licenses',
      unknown,
      "is not an SPDX licence id (e.g. 'GPL-3.0-only', 'AGPL-3.0-or-later', 'SSPL-1.0'; ids are case-sensitive)",
    )
  if ((advisories !== undefined || denyLicenses.length) && sbom === undefined) {
    throw new InputError(
      advisories !== undefined ? 'advisories' : 'deny-licenses',
      advisories ?? denyLicenses.join(','),
      "needs 'sbom': the components are read from the SBOM among the artifacts",
    )
  }
  const changelogFile = readString('changelog-file', {
    pattern: /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\0]+$/,
    accepted: 'is not a path inside the repository (e.g. CHANGELOG.md)',
  })
  return {
    checks: names.filter((n) => n !== 'protection'),
    fromProtection: names.includes('protection'),
    checksTimeoutMs: readDuration('checks-timeout', { fallback: 600_000, max: 6 * 3600_000 }),
    checksTimeoutText: timeoutText,
    requireNotes: readBoolean('require-notes', false),
    changelogFile,
    docsPaths,
    hasFeatures: readEnum('has-features', ['auto', 'true', 'false'] as const, 'auto'),
    since: readString('since', {
      pattern: /^(?!-)(?!.*\.\.)[^\s~^:?*[\\]+$/,
      accepted: "is not a tag or commit (e.g. 'v1.2.0')",
    }),
    milestone: readBoolean('check-milestone', false),
    sbom,
    advisories,
    denyLicenses,
  }
}
