/**
 * Security items of the release gate, without I/O: the components of an SBOM (CycloneDX or SPDX JSON), the ones
 * an OSV advisory list says are affected, and the ones whose licence is on a deny list. Licence expressions are
 * read with spdx-expression-parse (the SPDX grammar: AND/OR precedence, WITH exceptions, `+`, LicenseRef-…).
 */
import parseSpdx from 'spdx-expression-parse'
import coerceSemver from 'semver/functions/coerce.js'
import compareSemver from 'semver/functions/compare.js'
import parseSemver from 'semver/functions/parse.js'
import type { GateItem } from './gate.js'

export interface Component {
  name: string
  version: string
  /** OSV ecosystem from the purl (`npm`, `PyPI`, …), when the SBOM gives a purl. */
  ecosystem?: string
  /** Licence expressions or names, as the SBOM gives them. */
  licenses: string[]
}

/** purl type → OSV ecosystem name. */
const ECOSYSTEMS: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  maven: 'Maven',
  golang: 'Go',
  cargo: 'crates.io',
  gem: 'RubyGems',
  nuget: 'NuGet',
  composer: 'Packagist',
  hex: 'Hex',
  pub: 'Pub',
  deb: 'Debian',
  apk: 'Alpine',
  swift: 'SwiftURL',
  hackage: 'Hackage',
}

/** Name (with namespace) and ecosystem from a purl, e.g. `pkg:npm/%40scope/name@1.0.0`. */
export function fromPurl(purl: string): { name: string; ecosystem?: string } | undefined {
  const m = /^pkg:([a-z0-9.+-]+)\/([^@?#]+)/i.exec(purl)
  if (!m?.[1] || !m[2]) return undefined
  const type = m[1].toLowerCase()
  const path = decodeURIComponent(m[2])
  const name = type === 'maven' ? path.replace('/', ':') : path
  return { name, ecosystem: ECOSYSTEMS[type] }
}

type Json = Record<string, unknown>
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const arr = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null) : []

/** Every component of a CycloneDX (components, nested too) or SPDX (packages) JSON document; throws on anything else. */
export function parseSbom(doc: unknown): { format: string; components: Component[] } {
  const d = (doc ?? {}) as Json
  if (d.bomFormat === 'CycloneDX') {
    const out: Component[] = []
    const walk = (list: Json[], depth: number): void => {
      for (const c of list) {
        const purl = str(c.purl) ? fromPurl(String(c.purl)) : undefined
        const group = str(c.group)
        const name = purl?.name ?? (group ? `${group}/${String(c.name ?? '')}` : String(c.name ?? ''))
        const licenses = arr(c.licenses).flatMap((l) => {
          const lic = (l.license ?? {}) as Json
          return [str(l.expression), str(lic.id), str(lic.name)].filter((x): x is string => x !== undefined)
        })
        out.push({ name, version: String(c.version ?? ''), ecosystem: purl?.ecosystem, licenses })
        if (depth < 20) walk(arr(c.components), depth + 1)
      }
    }
    walk(arr(d.components), 0)
    return { format: `CycloneDX ${String(d.specVersion ?? '')}`.trim(), components: out }
  }
  if (typeof d.spdxVersion === 'string') {
    const components = arr(d.packages).map((p): Component => {
      const ref = arr(p.externalRefs).find((r) => r.referenceType === 'purl')
      const purl = ref && str(ref.referenceLocator) ? fromPurl(String(ref.referenceLocator)) : undefined
      const licenses = [str(p.licenseConcluded), str(p.licenseDeclared)].filter(
        (l): l is string => l !== undefined && l !== 'NOASSERTION' && l !== 'NONE',
      )
      return {
        name: purl?.name ?? String(p.name ?? ''),
        version: String(p.versionInfo ?? ''),
        ecosystem: purl?.ecosystem,
        licenses: licenses.slice(0, 1),
      }
    })
    return { format: d.spdxVersion, components }
  }
  throw new Error('is neither a CycloneDX JSON document (bomFormat: CycloneDX) nor an SPDX JSON document (spdxVersion)')
}

export interface Advisory {
  id: string
  summary: string
  aliases: string[]
  affected: { ecosystem?: string; name: string; versions: string[]; ranges: { type: string; events: Json[] }[] }[]
}

/** OSV JSON: one vulnerability, a list of them, `{vulns: [...]}` (the OSV API's answer) or osv-scanner's `{results}`. */
export function parseOsv(doc: unknown): Advisory[] {
  const d = doc as Json
  let list: Json[]
  if (Array.isArray(doc)) list = arr(doc)
  else if (d && Array.isArray(d.vulns)) list = arr(d.vulns)
  else if (d && Array.isArray(d.results))
    list = arr(d.results).flatMap((r) => arr(r.packages).flatMap((p) => arr(p.vulnerabilities)))
  else if (d && typeof d.id === 'string') list = [d]
  else
    throw new Error('is not OSV JSON (a vulnerability with "id" and "affected", a list of them, or {"vulns": [...]})')
  return list.map((v): Advisory => {
    if (typeof v.id !== 'string') throw new Error(`has an advisory without an "id": ${JSON.stringify(v).slice(0, 80)}`)
    return {
      id: v.id,
      summary: str(v.summary) ?? str(v.details)?.split('\n')[0] ?? '',
      aliases: Array.isArray(v.aliases) ? v.aliases.map(String) : [],
      affected: arr(v.affected).map((a) => {
        const pkg = (a.package ?? {}) as Json
        return {
          ecosystem: str(pkg.ecosystem),
          name: String(pkg.name ?? ''),
          versions: Array.isArray(a.versions) ? a.versions.map(String) : [],
          ranges: arr(a.ranges).map((r) => ({ type: String(r.type ?? ''), events: arr(r.events) })),
        }
      }),
    }
  })
}

/**
 * Compare versions the way OSV's SEMVER/ECOSYSTEM ranges need: semver, else coerced to x.y.z by the semver
 * package's coerce (which also completes a short `1.2` to `1.2.0`).
 */
function cmp(a: string, b: string): number | undefined {
  const x = parseSemver(a) ? a : coerceSemver(a)
  const y = parseSemver(b) ? b : coerceSemver(b)
  return x && y ? compareSemver(x, y) : undefined
}

/** Is `version` inside an OSV range (events applied in version order, as the OSV schema describes)? */
export function inRange(version: string, events: readonly Json[]): boolean {
  const point = (e: Json): string => String(e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '0')
  const sorted = [...events].sort((a, b) =>
    point(a) === '0' ? -1 : point(b) === '0' ? 1 : (cmp(point(a), point(b)) ?? 0),
  )
  let affected = false
  for (const e of sorted) {
    if (e.introduced !== undefined) {
      const c = String(e.introduced) === '0' ? 1 : cmp(version, String(e.introduced))
      if (c !== undefined && c >= 0) affected = true
    } else if (e.fixed !== undefined) {
      const c = cmp(version, String(e.fixed))
      if (c !== undefined && c >= 0) affected = false
    } else if (e.last_affected !== undefined) {
      const c = cmp(version, String(e.last_affected))
      if (c !== undefined && c > 0) affected = false
    } else if (e.limit !== undefined) {
      const c = cmp(version, String(e.limit))
      if (c !== undefined && c >= 0) affected = false
    }
  }
  return affected
}

export interface Finding {
  component: Component
  advisory: Advisory
}

/** Components an advisory affects: same name (and ecosystem when both know it), version listed or in a range. */
export function affectedComponents(components: readonly Component[], advisories: readonly Advisory[]): Finding[] {
  const found: Finding[] = []
  for (const advisory of advisories) {
    for (const component of components) {
      const hit = advisory.affected.some((a) => {
        if (a.name !== component.name) return false
        if (a.ecosystem && component.ecosystem && a.ecosystem !== component.ecosystem) return false
        if (a.versions.includes(component.version)) return true
        return a.ranges.some((r) => r.type !== 'GIT' && inRange(component.version, r.events))
      })
      if (hit) found.push({ component, advisory })
    }
  }
  return found
}

/** Licence ids compared without `-only`/`-or-later`/`+` and case: denying `GPL-3.0` denies `GPL-3.0-or-later` too. */
const base = (id: string): string =>
  id
    .toLowerCase()
    .replace(/\+$/, '')
    .replace(/-(only|or-later)$/, '')

type SpdxNode =
  | { license: string; plus?: boolean; exception?: string }
  | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode }

/** Can the licence expression be honoured without a denied licence? (OR: one side suffices; AND: both must be allowed.) */
function allowed(node: SpdxNode, deny: ReadonlySet<string>): boolean {
  if ('license' in node) return !deny.has(base(node.license))
  return node.conjunction === 'or'
    ? allowed(node.left, deny) || allowed(node.right, deny)
    : allowed(node.left, deny) && allowed(node.right, deny)
}

/** Is this licence (an SPDX expression, else a free-text name compared whole) refused by the deny list? */
export function licenseDenied(license: string, denyList: readonly string[]): boolean {
  const deny = new Set(denyList.map(base))
  try {
    return !allowed(parseSpdx(license) as SpdxNode, deny)
  } catch {
    return deny.has(base(license.trim()))
  }
}

/** A deny-list entry that is not an SPDX licence id, or undefined when all are. */
export function unknownLicenseId(denyList: readonly string[]): string | undefined {
  return denyList.find((id) => {
    try {
      const node = parseSpdx(id) as SpdxNode
      return !('license' in node)
    } catch {
      return true
    }
  })
}

const label = (c: Component): string => `${c.name}@${c.version}`

/** SBOM present among the artifacts. */
export function sbomItem(
  pattern: string,
  found: { name: string; format?: string; components?: number; error?: string } | undefined,
): GateItem {
  const item = 'SBOM attached'
  if (!found) return { item, required: true, result: 'failed', detail: `no artifact matches ${pattern}` }
  if (found.error) return { item, required: true, result: 'failed', detail: `${found.name} ${found.error}` }
  return {
    item,
    required: true,
    result: 'passed',
    detail: `${found.name}: ${found.format}, ${found.components} components`,
  }
}

/** No component matching an advisory. */
export function advisoryItem(file: string, advisories: number, findings: readonly Finding[]): GateItem {
  const item = 'No known vulnerabilities'
  if (!findings.length)
    return {
      item,
      required: true,
      result: 'passed',
      detail: `none of ${advisories} advisories in ${file} affects a component`,
    }
  const shown = findings
    .slice(0, 5)
    .map(
      (f) =>
        `${label(f.component)}: ${[f.advisory.id, ...f.advisory.aliases.slice(0, 1)].join(' / ')}${f.advisory.summary ? ` (${f.advisory.summary.slice(0, 80)})` : ''}`,
    )
  const more = findings.length > shown.length ? `; and ${findings.length - shown.length} more` : ''
  const first = findings[0]?.advisory.id ?? ''
  return {
    item,
    required: true,
    result: 'failed',
    detail: `${findings.length} affected: ${shown.join('; ')}${more}`,
    link: `https://osv.dev/vulnerability/${encodeURIComponent(first)}`,
  }
}

/** No component under a denied licence. */
export function licenseItem(denyList: readonly string[], components: readonly Component[]): GateItem {
  const item = 'Licences allowed'
  const bad = components.filter((c) => c.licenses.length && c.licenses.every((l) => licenseDenied(l, denyList)))
  if (!bad.length)
    return { item, required: true, result: 'passed', detail: `no component under ${denyList.join(', ')}` }
  const shown = bad.slice(0, 5).map((c) => `${label(c)} (${c.licenses.join(', ')})`)
  const more = bad.length > shown.length ? `; and ${bad.length - shown.length} more` : ''
  return {
    item,
    required: true,
    result: 'failed',
    detail: `${bad.length} under a denied licence: ${shown.join('; ')}${more}`,
  }
}
