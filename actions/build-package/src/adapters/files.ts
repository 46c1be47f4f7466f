/**
 * Collect the files of an archive from the working directory: sorted, with directory entries, symlinks kept as
 * links when they point inside the workspace and refused otherwise. Nothing is read but metadata.
 */
import { lstat, readdir, readlink, realpath } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { InputError, isInside } from '@shipline/core'
import { compareBytes } from '../domain/manifest.js'
import { globBase, isGlob } from '../domain/spec.js'
import type { EntryType } from '../domain/tar.js'

/** One entry to archive. */
export interface FileEntry {
  /** Path inside the archive (posix, relative to the working directory; directories end with `/`). */
  path: string
  type: EntryType
  /** Absolute source path (files). */
  source: string
  size: number
  executable: boolean
  linkname?: string
}

export interface CollectOptions {
  /** Absolute, real path of the working directory (entries are relative to it). */
  root: string
  /** Absolute, real path of the workspace (symlinks may point anywhere inside it). */
  workspace: string
  /** Directories never walked into (absolute), e.g. the output directory. */
  exclude: readonly string[]
  /** Input name for errors. */
  input: string
  /** Globs (relative to the working directory) of files to leave out. */
  skip?: readonly string[]
  maxEntries?: number
}

const SKIP_DIRS = new Set(['.git', 'node_modules'])

/** True when `child` is `parent` or below it (core's one containment rule). */

/** Collect the entries for a list of workspace-relative paths or globs (already checked lexically). */
export async function collect(patterns: readonly string[], o: CollectOptions): Promise<FileEntry[]> {
  const found = new Map<string, FileEntry>()
  const limit = o.maxEntries ?? 1_000_000
  const add = (e: FileEntry): void => {
    found.set(e.path, e)
    if (found.size > limit) throw new InputError(o.input, patterns.join(', '), `matches more than ${limit} files`)
  }
  for (const pattern of patterns) {
    await checkParents(isGlob(pattern) ? globBase(pattern) : pattern, o)
    if (isGlob(pattern)) {
      const { minimatch } = await import('minimatch')
      const base = globBase(pattern)
      const baseAbs = join(o.root, base)
      const matched: FileEntry[] = []
      if (await exists(baseAbs)) {
        const wanted = (rel: string): boolean => minimatch(rel, pattern, { dot: false })
        await walk(baseAbs, o, (e) => e.type !== 'dir' && matched.push(e), wanted)
      }
      if (matched.length === 0) throw new InputError(o.input, pattern, 'matches no files')
      matched.forEach(add)
    } else {
      const abs = join(o.root, pattern)
      if (!(await exists(abs))) throw new InputError(o.input, pattern, 'does not exist in the working directory')
      await walk(abs, o, add)
    }
  }
  if (o.skip && o.skip.length > 0) {
    const { minimatch } = await import('minimatch')
    const skip = o.skip
    for (const [path, e] of found) {
      const bare = e.type === 'dir' ? path.slice(0, -1) : path
      // `dir/**` also leaves out the directory entry itself.
      if (
        skip.some(
          (g) =>
            minimatch(bare, g, { dot: true }) || (g.endsWith('/**') && minimatch(bare, g.slice(0, -3), { dot: true })),
        )
      )
        found.delete(path)
    }
  }
  for (const path of [...found.keys()]) addParents(path, found)
  return [...found.values()].sort((a, b) => compareBytes(a.path, b.path))
}

/** The directories leading to a path must not be symlinks that lead out of the working directory. */
async function checkParents(path: string, o: CollectOptions): Promise<void> {
  const parent = dirname(join(o.root, path))
  const real = await realpath(parent).catch(() => undefined)
  if (real !== undefined && !isInside(o.root, real)) {
    throw new InputError(o.input, path, `goes through a symlink that leads outside the working directory (to ${real})`)
  }
}

function addParents(path: string, found: Map<string, FileEntry>): void {
  let dir = path.endsWith('/') ? path.slice(0, -1) : path
  for (let at = dir.lastIndexOf('/'); at > 0; at = dir.lastIndexOf('/')) {
    dir = dir.slice(0, at)
    const key = `${dir}/`
    if (found.has(key)) return
    found.set(key, { path: key, type: 'dir', source: '', size: 0, executable: true })
  }
}

async function exists(abs: string): Promise<boolean> {
  return lstat(abs).then(
    () => true,
    () => false,
  )
}

/**
 * Walk a path depth-first in sorted order, calling `visit` for every entry (the path itself included). With
 * `wanted`, non-directories it rejects are passed over before any check (a glob's unmatched files cannot fail it).
 */
async function walk(
  abs: string,
  o: CollectOptions,
  visit: (e: FileEntry) => void,
  wanted?: (rel: string) => boolean,
  depth = 0,
): Promise<void> {
  if (depth > 256) throw new InputError(o.input, relative(o.root, abs), 'is nested more than 256 directories deep')
  if (o.exclude.some((x) => isInside(x, abs))) return
  const st = await lstat(abs)
  const rel = relative(o.root, abs).split(sep).join('/')
  if (!st.isDirectory() && wanted && !wanted(rel)) return
  if (st.isSymbolicLink()) {
    visit(await symlinkEntry(abs, rel, o))
  } else if (st.isDirectory()) {
    if (depth > 0 && SKIP_DIRS.has(abs.slice(abs.lastIndexOf(sep) + 1))) return
    visit({ path: `${rel}/`, type: 'dir', source: abs, size: 0, executable: true })
    const names = (await readdir(abs)).sort(compareBytes)
    for (const name of names) await walk(join(abs, name), o, visit, wanted, depth + 1)
  } else if (st.isFile()) {
    visit({ path: rel, type: 'file', source: abs, size: st.size, executable: (st.mode & 0o111) !== 0 })
  } else {
    throw new InputError(
      o.input,
      rel,
      'is not a regular file, directory or symlink (sockets, fifos and devices cannot be archived)',
    )
  }
}

async function symlinkEntry(abs: string, rel: string, o: CollectOptions): Promise<FileEntry> {
  const target = await readlink(abs)
  let real: string
  try {
    real = await realpath(abs)
  } catch {
    throw new InputError(o.input, rel, `is a dangling symlink (-> ${target})`)
  }
  if (!isInside(o.workspace, real))
    throw new InputError(o.input, rel, `is a symlink pointing outside the workspace (-> ${target})`)
  // Store a relative link so the archive extracts anywhere; an absolute target inside the workspace is rewritten.
  const linkname = relative(dirname(abs), real).split(sep).join('/') || '.'
  return { path: rel, type: 'symlink', source: abs, size: 0, executable: false, linkname }
}
