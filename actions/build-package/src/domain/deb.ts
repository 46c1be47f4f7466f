/**
 * Debian binary packages, pure parts: the `deb` input, the control file, the version and name mapping, the
 * changelog and copyright files Debian policy asks for, and the `ar` container format. Everything is a function of
 * the inputs and SOURCE_DATE_EPOCH, so the same commit gives the same `.deb`.
 */
import { InputError } from '@shipline/core'
import { safeRelative } from './spec.js'

export interface DebSpec {
  package: string
  architecture: string
  section: string
  priority: string
  depends: string[]
  maintainer?: string
  description?: string
  homepage?: string
  /** Files: absolute destination directory ← path or glob relative to the working directory. */
  files: { dest: string; pattern: string }[]
  excludes: string[]
  /** Maintainer scripts: name → path relative to the working directory. */
  scripts: Partial<Record<MaintainerScript, string>>
}

export type MaintainerScript = 'preinst' | 'postinst' | 'prerm' | 'postrm'
const SCRIPTS: readonly MaintainerScript[] = ['preinst', 'postinst', 'prerm', 'postrm']
const KEYS = [
  'files',
  'package',
  'architecture',
  'section',
  'priority',
  'depends',
  'maintainer',
  'description',
  'homepage',
  'scripts',
] as const
const NAME = /^[a-z0-9][a-z0-9+.-]+$/
const DEST = /^\/[A-Za-z0-9._+@/-]*$/

function str(key: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'string' && typeof v !== 'number')
    throw new InputError('deb', `${key}: ${JSON.stringify(v)}`, 'is not a string')
  const s = String(v)
  if (/[\r\0]/.test(s) || (key !== 'description' && s.includes('\n')))
    throw new InputError('deb', `${key}: ${JSON.stringify(s)}`, 'holds a line break or control character')
  return s
}

function lines(key: string, v: unknown): string[] {
  if (v === undefined || v === null) return []
  if (typeof v === 'string')
    return v
      .split(/\n/)
      .map((s) => s.trim())
      .filter(Boolean)
  if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
    return (v as string[]).map((s) => s.trim()).filter(Boolean)
  throw new InputError('deb', `${key}: ${JSON.stringify(v)}`, 'is not a list of strings')
}

/** A Debian package name from an npm name: `@acme/web` → `acme-web`, lower-cased, other characters → `-`. */
export function debianName(npmName: string): string {
  return npmName
    .replace(/^@/, '')
    .toLowerCase()
    .replace(/[^a-z0-9+.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** A semver as a Debian version: a prerelease sorts before its release, so `-` becomes `~` (1.2.3-rc.1 → 1.2.3~rc.1). */
export function debianVersion(semver: string): string {
  return semver.replace(/\+.*$/, '').replace('-', '~')
}

/** Validate the parsed `deb` mapping; the package name defaults to the npm name made Debian-safe. */
export function parseDebSpec(raw: Record<string, unknown>, npmName: string): DebSpec {
  for (const k of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(k))
      throw new InputError('deb', k, `is not a known key (${KEYS.join(', ')})`)
  }
  const pkg = parsePackageName(str('package', raw.package) ?? debianName(npmName))
  const architecture = parseArchitecture(str('architecture', raw.architecture) ?? 'all')
  const { files, excludes } = parseDebFiles(raw.files)
  const scripts = parseMaintainerScripts(raw.scripts)
  const maintainer = parseMaintainer(str('maintainer', raw.maintainer))
  const description = str('description', raw.description)
  const homepage = parseHomepage(str('homepage', raw.homepage))
  const depends = parseDepends(raw.depends)
  return {
    package: pkg,
    architecture,
    section: str('section', raw.section) ?? 'misc',
    priority: str('priority', raw.priority) ?? 'optional',
    depends,
    files,
    excludes,
    scripts,
    ...(maintainer ? { maintainer } : {}),
    ...(description ? { description } : {}),
    ...(homepage ? { homepage } : {}),
  }
}

function parsePackageName(pkg: string): string {
  if (!NAME.test(pkg))
    throw new InputError(
      'deb',
      `package: ${pkg}`,
      'is not a Debian package name (lower-case letters, digits, + - .; at least 2 characters)',
    )
  return pkg
}

function parseArchitecture(architecture: string): string {
  if (!/^[a-z0-9-]+$/.test(architecture))
    throw new InputError('deb', `architecture: ${architecture}`, 'is not a Debian architecture (all, amd64, arm64, …)')
  return architecture
}

/** The `files` key: `dest=path-or-glob` lines and `!glob` excludes; at least one file line. */
export function parseDebFiles(raw: unknown): Pick<DebSpec, 'files' | 'excludes'> {
  const files: DebSpec['files'] = []
  const excludes: string[] = []
  for (const line of lines('files', raw)) {
    if (line.startsWith('!')) {
      excludes.push(safeRelative('deb', line.slice(1)))
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new InputError('deb', `files: ${line}`, "is not 'dest=path-or-glob' (e.g. /usr/lib/greeter=src)")
    const dest = line.slice(0, eq).trim().replace(/\/+$/, '') || '/'
    if (!DEST.test(dest) || dest.split('/').some((s) => s === '..' || s === '.'))
      throw new InputError(
        'deb',
        `files: ${line}`,
        'has a destination that is not an absolute directory without . or .. (e.g. /usr/lib/greeter)',
      )
    files.push({ dest, pattern: safeRelative('deb', line.slice(eq + 1).trim()) })
  }
  if (files.length === 0)
    throw new InputError(
      'deb',
      `files: ${JSON.stringify(raw ?? null)}`,
      "lists no files: give 'dest=path-or-glob' lines (e.g. /usr/lib/greeter=src)",
    )
  return { files, excludes }
}

/** The `scripts` key: a mapping of maintainer script names to paths relative to the working directory. */
export function parseMaintainerScripts(raw: unknown): DebSpec['scripts'] {
  const scripts: DebSpec['scripts'] = {}
  if (raw === undefined || raw === null) return scripts
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError('deb', `scripts: ${JSON.stringify(raw)}`, `is not a mapping of ${SCRIPTS.join('/')} to files`)
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!(SCRIPTS as readonly string[]).includes(k))
      throw new InputError('deb', `scripts.${k}`, `is not a maintainer script (${SCRIPTS.join(', ')})`)
    scripts[k as MaintainerScript] = safeRelative('deb', str(`scripts.${k}`, v) ?? '')
  }
  return scripts
}

function parseMaintainer(maintainer: string | undefined): string | undefined {
  if (maintainer !== undefined && !/^[^<>\n]+ <[^<>\s@]+@[^<>\s]+>$/.test(maintainer))
    throw new InputError('deb', `maintainer: ${maintainer}`, "is not 'Full Name <email@example.com>'")
  return maintainer
}

function parseHomepage(homepage: string | undefined): string | undefined {
  if (homepage !== undefined && !/^https?:\/\/\S+$/.test(homepage))
    throw new InputError('deb', `homepage: ${homepage}`, 'is not an http(s) URL')
  return homepage
}

/** The `depends` key: a list or a comma-separated string of Debian dependencies (`nodejs (>= 18) | nodejs-lts`). */
export function parseDepends(raw: unknown): string[] {
  const depends = lines('depends', typeof raw === 'string' ? raw.replace(/,/g, '\n') : raw)
  for (const d of depends) {
    if (!/^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?( \((<<|<=|=|>=|>>) [A-Za-z0-9.+~:-]+\))?( \| .+)?$/.test(d))
      throw new InputError('deb', `depends: ${d}`, "is not a Debian dependency (e.g. 'nodejs (>= 18)')")
  }
  return depends
}

/**
 * The Maintainer and Description fields: from the `deb` input, else from package.json (its author only when it has
 * an email, as Debian policy asks).
 */
export function maintainerAndDescription(
  spec: Pick<DebSpec, 'maintainer' | 'description'>,
  meta: { author?: string; description?: string },
): { maintainer: string; description: string } {
  const maintainer = spec.maintainer ?? (meta.author && /<[^>]+@[^>]+>/.test(meta.author) ? meta.author : undefined)
  if (!maintainer)
    throw new InputError(
      'deb',
      'maintainer',
      "is missing: set deb.maintainer ('Name <email>') or an author with an email in package.json",
    )
  const description = spec.description ?? meta.description
  if (!description)
    throw new InputError('deb', 'description', 'is missing: set deb.description or a description in package.json')
  return { maintainer, description }
}

/** dpkg's Installed-Size estimate: each file's size rounded up to KiB, plus 1 KiB per directory. */
export function installedKiB(entries: readonly { type: string; size: number }[]): number {
  return entries.reduce((n, e) => n + (e.type === 'dir' ? 1 : e.type === 'file' ? Math.ceil(e.size / 1024) : 0), 0)
}

/** The control file. `installedKiB` is the sum of the file sizes in KiB (dpkg's estimate). */
export function controlFile(
  s: DebSpec,
  o: { version: string; maintainer: string; description: string; installedKiB: number },
): string {
  const [synopsis, ...rest] = o.description.trim().split('\n')
  const long = rest.length ? rest : [`Packaged by Shipline build-package, version ${o.version}.`]
  const fields: [string, string | undefined][] = [
    ['Package', s.package],
    ['Version', o.version],
    ['Architecture', s.architecture],
    ['Maintainer', o.maintainer],
    ['Installed-Size', String(o.installedKiB)],
    ['Depends', s.depends.length ? s.depends.join(', ') : undefined],
    ['Section', s.section],
    ['Priority', s.priority],
    ['Homepage', s.homepage],
    [
      'Description',
      `${(synopsis ?? s.package).trim().slice(0, 80)}\n${long.map((l) => (l.trim() === '' ? ' .' : ` ${l.trim()}`)).join('\n')}`,
    ],
  ]
  return (
    fields
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n') + '\n'
  )
}

/** A Debian changelog entry for this version (native package), dated SOURCE_DATE_EPOCH. */
export function changelogFile(pkg: string, version: string, maintainer: string, epoch: number): string {
  const date = new Date(epoch * 1000)
    .toUTCString()
    .replace(/GMT$/, '+0000')
    .replace(/^(\w+), 0?(\d+)/, '$1, $2')
  return `${pkg} (${version}) unstable; urgency=medium\n\n  * Release ${version}, built by Shipline build-package.\n\n -- ${maintainer}  ${date}\n`
}

/** A machine-readable copyright file naming the license from package.json. */
export function copyrightFile(pkg: string, license: string | undefined, holder: string, year: number): string {
  return [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    `Upstream-Name: ${pkg}`,
    '',
    'Files: *',
    `Copyright: ${year} ${holder}`,
    `License: ${license ?? 'UNLICENSED'}`,
    ` See the license of the upstream project${license ? ` (SPDX: ${license})` : ''}.`,
    '',
  ].join('\n')
}

/** The `ar` archive header (`!<arch>\n`) and one member header (60 bytes); members are padded to an even size. */
export const AR_MAGIC = Buffer.from('!<arch>\n', 'ascii')

export function arMemberHeader(name: string, size: number, mtime: number, mode = 0o100644): Buffer {
  if (name.length > 15 || !/^[\w.+-]+$/.test(name)) throw new Error(`ar member name not allowed: ${name}`)
  const field = (v: string, width: number): string => {
    if (v.length > width) throw new RangeError(`ar field too long: ${v}`)
    return v.padEnd(width, ' ')
  }
  const header = `${field(`${name}/`, 16)}${field(String(mtime), 12)}${field('0', 6)}${field('0', 6)}${field(mode.toString(8), 8)}${field(String(size), 10)}\`\n`
  return Buffer.from(header, 'ascii')
}

/** File name of the package: `<name>_<version>_<arch>.deb` (an epoch `N:` is not part of the file name). */
export function debFileName(s: Pick<DebSpec, 'package' | 'architecture'>, version: string): string {
  return `${s.package}_${version.replace(/^\d+:/, '')}_${s.architecture}.deb`
}
