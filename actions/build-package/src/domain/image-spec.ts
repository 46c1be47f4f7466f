/**
 * The `image` input: a YAML/JSON mapping describing the OCI image to build. Pure validation into an
 * {@link ImageSpec}; every problem is an InputError naming the key, the value and what is accepted.
 */
import {
  parseBaseSpec,
  parsePlatform,
  ReferenceError,
  type BaseSpec,
  type ImageSettings,
  type Platform,
} from '@shipline/oci'
import { CommandSyntaxError, splitCommand } from './command.js'
import { InputError } from '@shipline/core'
import { safeRelative } from './spec.js'

export interface ImageSpec {
  base: BaseSpec
  /** The base as written (for the `base.name` label). */
  baseName: string
  /** Paths or globs relative to the working directory; `!glob` excludes. */
  files: string[]
  excludes: string[]
  settings: ImageSettings
  /** Platforms to keep from a multi-arch base (all when empty); for `scratch`, the platforms to build. */
  platforms: Platform[]
}

const KEYS = ['base', 'files', 'workdir', 'entrypoint', 'cmd', 'env', 'ports', 'user', 'labels', 'platforms'] as const
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/
const PORT = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/

function scalar(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined
}

function list(key: string, v: unknown): string[] {
  if (v === undefined || v === null) return []
  if (typeof v === 'string')
    return v
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean)
  if (Array.isArray(v) && v.every((x) => scalar(x) !== undefined)) return v.map((x) => scalar(x) as string)
  throw new InputError('image', `${key}: ${JSON.stringify(v)}`, 'is not a list of strings')
}

function mapping(key: string, v: unknown, name: RegExp, what: string): Record<string, string> {
  if (v === undefined || v === null) return {}
  if (typeof v !== 'object' || Array.isArray(v))
    throw new InputError('image', `${key}: ${JSON.stringify(v)}`, `is not a mapping of ${what}`)
  const out: Record<string, string> = {}
  for (const [k, raw] of Object.entries(v as Record<string, unknown>)) {
    const s = scalar(raw)
    if (!name.test(k))
      throw new InputError('image', `${key}.${k}`, `is not a valid ${what.replace(/s? to .*$/, '')} name`)
    if (s === undefined || /[\0]/.test(s))
      throw new InputError('image', `${key}.${k}: ${JSON.stringify(raw)}`, 'is not a string value')
    out[k] = s
  }
  return out
}

function argv(key: string, v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string') {
    try {
      const words = splitCommand(v)
      if (words.length === 0) throw new InputError('image', `${key}: ''`, 'is empty')
      return words
    } catch (error) {
      if (error instanceof CommandSyntaxError)
        throw new InputError(
          'image',
          `${key}: ${v}`,
          `${error.message}; give a list of arguments (exec form), no shell syntax`,
        )
      throw error
    }
  }
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v as string[]
  throw new InputError(
    'image',
    `${key}: ${JSON.stringify(v)}`,
    'is not a command: a string (split like the *-command inputs) or a non-empty list of strings',
  )
}

/** Validate the parsed `image` mapping. */
export function parseImageSpec(raw: Record<string, unknown>): ImageSpec {
  for (const k of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(k))
      throw new InputError('image', k, `is not a known key (${KEYS.join(', ')})`)
  }
  const baseText = scalar(raw.base)
  if (!baseText)
    throw new InputError(
      'image',
      JSON.stringify(raw),
      "has no 'base' (scratch, oci:<dir>, oci-archive:<file>, docker-archive:<file> or a registry reference)",
    )
  const base = parseBase(baseText)
  const patterns = list('files', raw.files ?? '.')
  const files = patterns.filter((p) => !p.startsWith('!')).map((p) => safeRelative('image', p))
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => safeRelative('image', p.slice(1)))
  if (files.length === 0)
    throw new InputError('image', `files: ${JSON.stringify(raw.files)}`, 'lists no files to put in the image')
  const workdir = parseWorkdir(scalar(raw.workdir) ?? '/app')
  const ports = parsePorts(raw.ports)
  const user = parseUser(scalar(raw.user))
  const platforms = parsePlatforms(raw.platforms)
  const settings = imageSettings(raw, { workdir, ports, user })
  return { base, baseName: baseText, files, excludes, settings, platforms }
}

/** The `base` key: scratch, a registry reference, or a layout / archive path that must stay in the workspace. */
function parseBase(baseText: string): BaseSpec {
  let base: BaseSpec
  try {
    base = parseBaseSpec(baseText)
  } catch (error) {
    if (error instanceof ReferenceError) throw new InputError('image', `base: ${baseText}`, error.accepted)
    throw error
  }
  if (base.kind !== 'scratch' && base.kind !== 'registry') base.path = safeRelative('image', base.path)
  return base
}

/** The image config: the checked workdir, ports and user, with entrypoint, cmd, env and labels from `raw`. */
function imageSettings(
  raw: Record<string, unknown>,
  { workdir, ports, user }: { workdir: string; ports: string[]; user: string | undefined },
): ImageSettings {
  const entrypoint = argv('entrypoint', raw.entrypoint)
  const cmd = argv('cmd', raw.cmd)
  return {
    workdir: workdir.replace(/\/+$/, ''),
    env: mapping('env', raw.env, ENV_NAME, 'environment variables to strings'),
    ports,
    labels: mapping('labels', raw.labels, LABEL_KEY, 'labels to strings'),
    ...(entrypoint ? { entrypoint } : {}),
    ...(cmd ? { cmd } : {}),
    ...(user !== undefined ? { user } : {}),
  }
}

function parseWorkdir(workdir: string): string {
  if (
    !/^\/[A-Za-z0-9._/-]*$/.test(workdir) ||
    workdir.split('/').some((s) => s === '..' || s === '.') ||
    workdir === '/'
  ) {
    throw new InputError(
      'image',
      `workdir: ${workdir}`,
      'is not an absolute directory below / (letters, digits, . _ - /; no . or ..), e.g. /app',
    )
  }
  return workdir
}

/** The `ports` key: a list of `port[/tcp|udp|sctp]`, each port 1-65535. */
export function parsePorts(raw: unknown): string[] {
  const ports = list('ports', raw)
  for (const p of ports) {
    const m = PORT.exec(p)
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 65535)
      throw new InputError('image', `ports: ${p}`, 'is not a port (1-65535, optionally /tcp, /udp or /sctp)')
  }
  return ports
}

function parseUser(user: string | undefined): string | undefined {
  if (user !== undefined && !USER.test(user))
    throw new InputError('image', `user: ${user}`, 'is not a user (name or uid, optionally :group or :gid)')
  return user
}

/** The `platforms` key: `os/arch[/variant]` items, as a list or a comma-separated string. */
export function parsePlatforms(raw: unknown): Platform[] {
  return list('platforms', raw).map((p) => {
    const parsed = parsePlatform(p)
    if (!parsed)
      throw new InputError('image', `platforms: ${p}`, 'is not a platform (os/arch[/variant], e.g. linux/amd64)')
    return parsed
  })
}

/** File name of the image archive: `<base>-<version>.oci.tar` (an OCI image layout in a tar). */
export function imageFileName(base: string, version: string): string {
  return `${base}-${version}.oci.tar`
}
