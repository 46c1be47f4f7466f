/**
 * Parsing of the packaging inputs (`archives`, `resources`, `meta-dependencies`), path rules and artifact names.
 * Pure: file-system checks (existence, symlinks) happen in the adapters.
 */
import { posix } from 'node:path'
import { checkPathText, checkVersion, InputError, normalVersion } from '@shipline/core'

/** One archive to build: its name and the workspace-relative paths or globs that go into it. */
export interface ArchiveSpec {
  name: string
  patterns: string[]
  /** Globs (written `name=!glob`) whose matches are left out of the archive. */
  excludes: string[]
  kind: 'archive' | 'resource'
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const GLOB_CHARS = /[*?[\]{}!]/

/** True when a pattern contains glob syntax. */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern)
}

/**
 * Check that a path is relative and stays inside its root once normalized; returns it normalized (posix, no
 * trailing slash, `.` for the root itself).
 */
export function safeRelative(input: string, path: string): string {
  const p = path.replace(/\\/g, '/')
  if (p === '') throw new InputError(input, path, 'is empty')
  checkPathText(input, path) // NUL, over-long paths and names: an input error, never ENAMETOOLONG later
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.startsWith('~')) {
    throw new InputError(input, path, 'is an absolute path: give a path relative to the working directory')
  }
  const norm = posix.normalize(p).replace(/\/+$/, '')
  if (norm === '..' || norm.startsWith('../') || p.split('/').includes('..')) {
    throw new InputError(input, path, "escapes the working directory ('..' is not allowed)")
  }
  return norm === '' ? '.' : norm
}

/** The literal directory a glob starts from (`dist/**\/*.js` → `dist`). */
export function globBase(pattern: string): string {
  const parts = pattern.split('/')
  const fixed: string[] = []
  for (const part of parts) {
    if (isGlob(part)) break
    fixed.push(part)
  }
  return fixed.length === 0 ? '.' : fixed.join('/')
}

/**
 * Parse `archives` / `resources` lines. A line is `name=path-or-glob` or a bare path (its last segment is the
 * name); `name=!glob` leaves matching files out. Lines with the same name are merged into one archive.
 */
export function parseArchiveSpecs(input: string, lines: readonly string[], kind: ArchiveSpec['kind']): ArchiveSpec[] {
  const byName = new Map<string, ArchiveSpec>()
  for (const line of lines) {
    const eq = line.indexOf('=')
    let rawPath = (eq === -1 ? line : line.slice(eq + 1)).trim()
    const negated = rawPath.startsWith('!')
    if (negated) rawPath = rawPath.slice(1)
    if (negated && eq === -1)
      throw new InputError(input, line, "is an exclusion without a name: write 'name=!pattern' (e.g. web=!**/*.map)")
    const path = safeRelative(input, rawPath)
    if (path === '.')
      throw new InputError(input, line, 'names the whole working directory: list what goes in (e.g. dist, assets)')
    let name = eq === -1 ? '' : line.slice(0, eq).trim()
    if (name === '') {
      if (isGlob(path))
        throw new InputError(input, line, "is a glob without a name: write 'name=pattern' (e.g. web=dist/**/*.js)")
      name = posix.basename(path)
    }
    if (!NAME.test(name))
      throw new InputError(
        input,
        line,
        'has an archive name that is not 1-64 letters, digits, dots, dashes or underscores',
      )
    const spec = byName.get(name) ?? { name, patterns: [], excludes: [], kind }
    ;(negated ? spec.excludes : spec.patterns).push(path)
    byName.set(name, spec)
  }
  for (const spec of byName.values()) {
    if (spec.patterns.length === 0)
      throw new InputError(input, spec.name, `has only exclusions: add what goes in (e.g. ${spec.name}=dist)`)
  }
  return [...byName.values()]
}

/** Refuse two archives with the same name across `archives` and `resources` (their files would collide). */
export function checkDistinctNames(specs: readonly ArchiveSpec[]): void {
  const seen = new Set<string>()
  for (const s of specs) {
    if (seen.has(s.name))
      throw new InputError(
        s.kind === 'resource' ? 'resources' : 'archives',
        s.name,
        'is used as an archive name twice (in archives and resources)',
      )
    seen.add(s.name)
  }
}

/** Validate a version; a leading `v` (as in tags) is accepted and dropped, and so is build metadata (as npm does). */
export function parseVersion(input: string, value: string): string {
  return checkVersion(input, value, { max: MAX_VERSION })
}

/** Longest version accepted: it goes into file names (with the package and archive names, under 255 bytes). */
export const MAX_VERSION = 64

/**
 * npm's rules for a package name (what `validate-npm-package-name` checks for new packages): at most 214
 * characters, lower case, URL-safe, not starting with `.` or `_`, scope and name each one path segment. The name
 * becomes part of every file name, so `.`, `..` and `a/b/c` are refused here rather than as a file-system error.
 */
export const NPM_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/

/** Why `name` cannot be an npm package name, or undefined when it can. */
export function npmNameProblem(name: string): string | undefined {
  if (name.length > 214) return `is ${name.length} characters long; an npm package name can be at most 214`
  if (!NPM_NAME.test(name))
    return "is not a valid npm package name (lower case letters, digits, '-', '.', '_', '~'; not starting with '.' or '_'; an optional @scope/)"
  return undefined
}

/** `@scope/name` → `scope-name`, as npm names its tarballs. */
export function fileBase(packageName: string): string {
  return packageName.replace(/^@/, '').replace(/\//g, '-')
}

/** File name of an archive: `<base>-<archive>-<version>.tar.gz`. */
export function archiveFileName(packageName: string, archive: string, version: string): string {
  return `${fileBase(packageName)}-${archive}-${version}.tar.gz`
}

/** 1-based line of a script's key inside package.json's `scripts` (for annotations), or undefined. */
export function scriptLine(packageJson: string, script: string): number | undefined {
  const lines = packageJson.split('\n')
  const start = lines.findIndex((l) => /"scripts"\s*:/.test(l))
  if (start === -1) return undefined
  const key = `"${script.replace(/["\\]/g, (c) => `\\${c}`)}"`
  for (let i = start; i < lines.length; i++) {
    const at = (lines[i] as string).indexOf(key)
    if (at !== -1 && /^\s*:/.test((lines[i] as string).slice(at + key.length))) return i + 1
  }
  return undefined
}

/** Parse `meta-dependencies` lines `name@version` (exact versions only). */
export function parseMetaDependencies(input: string, lines: readonly string[]): Record<string, string> {
  const deps: Record<string, string> = {}
  for (const line of lines) {
    const at = line.lastIndexOf('@')
    const name = at > 0 ? line.slice(0, at) : ''
    const text = line.slice(at + 1)
    // Exact: no `v` prefix (build metadata is dropped, as npm stores versions).
    const version = at > 0 && /^\d\S*$/.test(text) ? normalVersion(text) : null
    if (!name || !version || !/^(@[a-z0-9._~-]+\/)?[a-z0-9._~-]+$/.test(name)) {
      throw new InputError(input, line, 'is not name@exact-version (e.g. @acme/web@1.4.0)')
    }
    deps[name] = version
  }
  return deps
}

/**
 * A package.json text with the version replaced. The version's value is edited in place, so the rest of the file
 * stays byte for byte as written (and the tarball matches what `npm pack` makes of a hand-edited file); when that
 * is not possible (no version field, or an ambiguous one) the file is re-serialized with its indentation.
 */
export function stampVersion(packageJson: string, version: string): string {
  const data = JSON.parse(packageJson) as Record<string, unknown>
  const edited = packageJson.replace(
    /^(\s*"version"\s*:\s*)"(?:[^"\\]|\\.)*"/m,
    (_m, key: string) => `${key}${JSON.stringify(version)}`,
  )
  if (edited !== packageJson && sameExceptVersion(JSON.parse(edited) as Record<string, unknown>, data, version))
    return edited
  const indent = /^\{\r?\n([ \t]+)"/.exec(packageJson)?.[1] ?? '  '
  data.version = version
  return `${JSON.stringify(data, null, indent)}${packageJson.endsWith('\n') ? '\n' : ''}`
}

function sameExceptVersion(
  edited: Record<string, unknown>,
  original: Record<string, unknown>,
  version: string,
): boolean {
  if (edited.version !== version) return false
  return JSON.stringify({ ...edited, version: '' }) === JSON.stringify({ ...original, version: '' })
}
