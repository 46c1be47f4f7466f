/**
 * The one place a path from an input becomes a file the action reads or writes.
 *
 * Containment is checked on the **real** path (symlinks resolved through the deepest existing ancestor, dangling
 * links followed to where they would create a file), never on the text of the path: a committed link to
 * `/proc/self/environ` or `../../etc` is refused even though its name looks inside. Files are then opened with
 * `O_NOFOLLOW` and checked with `fstat` (a regular file, and still inside the roots by its `/proc/self/fd` link),
 * so a link swapped in after the check is refused too. Writes go to a temp file opened exclusively and are
 * renamed over the target; a symlink at the temp name or the target is refused.
 *
 * The allowed roots are the workspace (`GITHUB_WORKSPACE`) and `RUNNER_TEMP`. Every problem is an
 * {@link InputError} naming the input, the value and the roots.
 */
import { constants } from 'node:fs'
import { lstat, open, readlink, realpath, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { InputError } from './errors.js'
import { writeAtomic } from './files.js'

/** Longest path accepted (Linux PATH_MAX) and longest single name (NAME_MAX, in bytes). */
export const PATH_MAX = 4096
export const NAME_MAX = 255
const MAX_LINKS = 40

/** A directory file inputs may point into, with the words an error message uses for it. */
export interface PathRoot {
  label: string
  path: string
}

export interface ContainOptions {
  /** Directory a relative value is resolved against (default: the first root, the workspace). */
  base?: string
  /** Roots the real path must be inside (default: {@link allowedRoots}). */
  roots?: readonly PathRoot[]
  env?: NodeJS.ProcessEnv
  /** Hint added to the error for a path outside the roots (e.g. the input that allows it). */
  outsideHint?: string
}

/**
 * The workspace and RUNNER_TEMP, as the runner sets them (the workspace falls back to the cwd); `workspace`
 * overrides GITHUB_WORKSPACE (an action that resolved it already).
 */
export function allowedRoots(env: NodeJS.ProcessEnv = process.env, workspace = env.GITHUB_WORKSPACE): PathRoot[] {
  const roots: PathRoot[] = [{ label: 'the workspace', path: resolve(workspace || process.cwd()) }]
  if (env.RUNNER_TEMP) roots.push({ label: 'RUNNER_TEMP', path: resolve(env.RUNNER_TEMP) })
  return roots
}

/** True when `child` is `parent` or below it (both absolute, normalized). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

function rootsText(roots: readonly PathRoot[]): string {
  return roots.map((r) => `${r.label} (${r.path})`).join(' or ')
}

/**
 * Check the text of a path before the file system sees it: not empty, no NUL, at most {@link PATH_MAX}
 * characters and no name over {@link NAME_MAX} bytes (what would otherwise surface as ENAMETOOLONG).
 */
export function checkPathText(input: string, value: string): void {
  if (value === '') throw new InputError(input, value, 'is empty: give a path relative to the workspace')
  if (value.includes('\0')) throw new InputError(input, value, 'contains a NUL character; a path cannot')
  if (value.length > PATH_MAX)
    throw new InputError(input, value, `is ${value.length} characters long; a path can be at most ${PATH_MAX}`)
  const long = value.split('/').find((part) => Buffer.byteLength(part) > NAME_MAX)
  if (long !== undefined)
    throw new InputError(
      input,
      value,
      `has a name of ${Buffer.byteLength(long)} bytes; each name in a path can be at most ${NAME_MAX} bytes`,
    )
}

/**
 * Check a value used as a single file name (a package or archive name that becomes part of a file name): one
 * name, not `.` or `..`, no `/`, no NUL, at most {@link NAME_MAX} bytes. `accepted` describes the valid form.
 */
export function checkFileName(input: string, value: string, accepted = 'a file name'): void {
  const why =
    value === ''
      ? 'is empty'
      : value === '.' || value === '..'
        ? `is '${value}', which names a directory, not a file`
        : value.includes('/')
          ? "contains '/', which cannot be part of a file name"
          : value.includes('\0')
            ? 'contains a NUL character'
            : Buffer.byteLength(value) > NAME_MAX
              ? `is ${Buffer.byteLength(value)} bytes long; a file name can be at most ${NAME_MAX}`
              : undefined
  if (why) throw new InputError(input, value, `${why}; give ${accepted}`)
}

function fsProblem(input: string, value: string, error: unknown): InputError | undefined {
  const code = (error as NodeJS.ErrnoException).code
  const why: Record<string, string> = {
    ENAMETOOLONG: `is too long for the file system (a name over ${NAME_MAX} bytes or a path over ${PATH_MAX})`,
    ELOOP: 'goes through a loop of symlinks',
    ENOTDIR: 'goes through something that is not a directory',
    EACCES: 'cannot be read: permission denied on the path',
    EISDIR: 'is a directory, not a file',
  }
  return code && why[code] ? new InputError(input, value, why[code], { cause: error }) : undefined
}

/** The real path of `path`, which need not exist: the deepest existing ancestor's real path plus the rest. */
export async function realPathOf(path: string, hops = 0): Promise<string> {
  if (hops > MAX_LINKS) throw Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: 'ELOOP' })
  try {
    return await realpath(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const parent = dirname(path)
  if (parent === path) return path
  const realParent = await realPathOf(parent, hops + 1)
  const name = basename(path)
  const here = join(realParent, name)
  // A dangling link: writing through it would create its target, so the target is where this path leads.
  const st = await lstat(here).catch(() => undefined)
  if (st?.isSymbolicLink()) return realPathOf(resolve(realParent, await readlink(here)), hops + 1)
  return here
}

/** A contained path: the absolute path as given and its real path (the one every later open must use). */
export interface Contained {
  /** Absolute path as given (relative values resolved against the base). */
  path: string
  /** Real path, checked to be inside the roots. */
  real: string
}

async function realRoots(roots: readonly PathRoot[]): Promise<PathRoot[]> {
  return Promise.all(
    roots.map(async (r) => ({ label: r.label, path: await realpath(r.path).catch(() => resolve(r.path)) })),
  )
}

/**
 * Resolve a path input and check that its real path is inside one of the roots (the workspace or RUNNER_TEMP by
 * default). Nothing is created or opened.
 */
export async function resolveContained(input: string, value: string, opts: ContainOptions = {}): Promise<Contained> {
  checkPathText(input, value)
  const given = opts.roots ?? allowedRoots(opts.env)
  const path = resolve(opts.base ?? (given[0] as PathRoot).path, value)
  const roots = await realRoots(given)
  let real: string
  try {
    real = await realPathOf(path)
  } catch (error) {
    throw fsProblem(input, value, error) ?? error
  }
  if (!roots.some((r) => isInside(r.path, real))) {
    const how = real === path ? '' : ` (through a symlink: it resolves to ${real})`
    throw new InputError(
      input,
      value,
      `is outside the allowed roots${how}; give a path inside ${rootsText(roots)}`,
      opts.outsideHint ? { hint: opts.outsideHint } : {},
    )
  }
  return { path, real }
}

/** What an fstat found, in words. */
function kindOf(st: {
  isFile(): boolean
  isDirectory(): boolean
  isFIFO(): boolean
  isSocket(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
  isSymbolicLink(): boolean
}): string {
  if (st.isFile()) return 'a regular file'
  if (st.isDirectory()) return 'a directory'
  if (st.isSymbolicLink()) return 'a symlink'
  if (st.isFIFO()) return 'a named pipe'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/** After open: the descriptor's own idea of its path (Linux /proc) must still be inside the roots. */
async function checkOpened(
  input: string,
  value: string,
  handle: FileHandle,
  roots: readonly PathRoot[],
): Promise<void> {
  const where = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => undefined)
  if (where !== undefined && where.startsWith('/') && !roots.some((r) => isInside(r.path, where))) {
    throw new InputError(
      input,
      value,
      `was swapped for a path outside the allowed roots while opening (${where}); give a path inside ${rootsText(roots)}`,
    )
  }
}

export interface OpenedFile extends Contained {
  handle: FileHandle
  size: number
}

/**
 * Open a contained regular file for reading: real path, `O_NOFOLLOW` (a link at the last name is refused),
 * `O_NONBLOCK` (a named pipe cannot hang the step), `fstat` must show a regular file. Close the handle.
 */
export async function openContained(input: string, value: string, opts: ContainOptions = {}): Promise<OpenedFile> {
  const c = await resolveContained(input, value, opts)
  let handle: FileHandle
  try {
    handle = await open(c.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new InputError(input, value, 'names a file that does not exist', {
        hint: 'Check the path; relative paths start at the workspace.',
        cause: error,
      })
    if (code === 'ELOOP')
      throw new InputError(input, value, 'is a symlink; give the path of the file itself', { cause: error })
    throw fsProblem(input, value, error) ?? error
  }
  try {
    const st = await handle.stat()
    if (!st.isFile()) throw new InputError(input, value, `is ${kindOf(st)}, not a regular file`)
    await checkOpened(input, value, handle, await realRoots(opts.roots ?? allowedRoots(opts.env)))
    return { ...c, handle, size: st.size }
  } catch (error) {
    await handle.close()
    throw error
  }
}

/**
 * A contained regular file, checked as {@link openContained} checks it, and closed again: its given and real paths
 * and its size. Later opens use `real`.
 */
export async function statContained(
  input: string,
  value: string,
  opts: ContainOptions = {},
): Promise<Contained & { size: number }> {
  const f = await openContained(input, value, opts)
  await f.handle.close()
  return { path: f.path, real: f.real, size: f.size }
}

/** Read a contained regular file, refusing one over `max` bytes (default 1 MiB). */
export async function readContained(
  input: string,
  value: string,
  opts: ContainOptions & { max?: number } = {},
): Promise<Contained & { data: Buffer }> {
  const max = opts.max ?? 1 << 20
  const f = await openContained(input, value, opts)
  try {
    if (f.size > max) throw new InputError(input, value, `is ${f.size} bytes; at most ${max} are accepted`)
    const data = await f.handle.readFile()
    if (data.length > max) throw new InputError(input, value, `is over ${max} bytes; at most ${max} are accepted`)
    return { path: f.path, real: f.real, data }
  } finally {
    await f.handle.close()
  }
}

/** Like {@link readContained}, but a file that does not exist (yet) reads as undefined. */
export async function readContainedIfExists(
  input: string,
  value: string,
  opts: ContainOptions & { max?: number } = {},
): Promise<Buffer | undefined> {
  const c = await resolveContained(input, value, opts)
  const there = await lstat(c.real).then(
    () => true,
    () => false,
  )
  return there ? (await readContained(input, value, opts)).data : undefined
}

export interface WriteOptions extends ContainOptions {
  /**
   * Called with the current content when the target exists (a regular file): throw to refuse replacing it
   * (e.g. a file this action did not write). Not called when there is no file yet.
   */
  replaces?: (existing: Buffer, real: string) => void
  /** Mode of a new file (an existing file keeps its mode). Default 0o644. */
  mode?: number
}

/** The temp name a write to `real` uses: fixed, so a killed run leaves at most one, which the next run removes. */
export function tempNameOf(real: string): string {
  return join(dirname(real), `.${basename(real)}.shipline-tmp`)
}

/**
 * Replace a contained file atomically: readers see the old or the new content, never part of it. The target must
 * not be a symlink or anything but a regular file; the temp file (see {@link tempNameOf}) is created exclusively
 * (`wx`, `O_NOFOLLOW`): a symlink there is refused, a regular file there (left by a killed run) is removed first.
 * Returns the contained path.
 */
/**
 * Everything {@link writeContained} checks before it writes, without writing: the path is contained, the target is
 * not a symlink nor anything but a regular file, `replaces` accepts its content, and no symlink sits at the temp
 * name. Call it before any other change so a refusal changes nothing. Returns the existing file's mode, if any.
 */
export async function checkWritable(
  input: string,
  value: string,
  opts: WriteOptions = {},
): Promise<Contained & { mode?: number }> {
  const c = await resolveContained(input, value, opts)
  const roots = await realRoots(opts.roots ?? allowedRoots(opts.env))
  const target = await lstat(c.path).catch(() => undefined)
  if (target?.isSymbolicLink()) {
    throw new InputError(
      input,
      value,
      `is a symlink (to ${await readlink(c.path).catch(() => '?')}); refusing to write through it: make it a regular file or give another path`,
    )
  }
  let mode: number | undefined
  const existing = await open(c.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      if (error.code === 'ELOOP')
        throw new InputError(input, value, 'is a symlink; refusing to write through it', { cause: error })
      throw fsProblem(input, value, error) ?? error
    },
  )
  if (existing) {
    try {
      const st = await existing.stat()
      if (!st.isFile()) throw new InputError(input, value, `is ${kindOf(st)}; refusing to replace it with a file`)
      mode = st.mode & 0o777
      await checkOpened(input, value, existing, roots)
      opts.replaces?.(await existing.readFile(), c.real)
    } finally {
      await existing.close()
    }
  }
  const tmp = tempNameOf(c.real)
  if ((await lstat(tmp).catch(() => undefined))?.isSymbolicLink())
    throw new InputError(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`)
  return { ...c, ...(mode === undefined ? {} : { mode }) }
}

export async function writeContained(
  input: string,
  value: string,
  data: string | Uint8Array,
  opts: WriteOptions = {},
): Promise<Contained> {
  const { mode: existingMode, ...c } = await checkWritable(input, value, opts)
  const mode = existingMode ?? opts.mode ?? 0o644
  const tmp = tempNameOf(c.real)
  const stale = await lstat(tmp).catch(() => undefined)
  if (stale?.isSymbolicLink())
    throw new InputError(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`)
  if (stale?.isFile()) await rm(tmp, { force: true }) // left by a killed run
  try {
    await writeAtomic(c.real, data, { temp: tmp, mode })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST' || code === 'ELOOP')
      throw new InputError(
        input,
        value,
        `has something at its temp name ${tmp} that is not a file this action left; remove it`,
        { cause: error },
      )
    if (code === 'ENOENT')
      throw new InputError(input, value, `is in a directory that does not exist (${dirname(c.real)})`, { cause: error })
    throw fsProblem(input, value, error) ?? error
  }
  return c
}
