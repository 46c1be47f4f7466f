/** Local files: expanding artifact globs, streamed hashing, notes and checksum files, the tarball's package.json. */
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { glob, open } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import {
  allowedRoots,
  InputError,
  openContained,
  readContained,
  resolveContained,
  UserError,
  type Contained,
  type PathRoot,
} from '@shipline/core'

/**
 * sha256 (hex) and sha512 (base64) of a file, read through one reused 256 KiB buffer: no garbage per chunk, so
 * memory stays flat however big the file is (a read stream would allocate the file's size in chunks for the GC).
 */
export async function hashFile(path: string): Promise<{ size: number; sha256: string; sha512: string }> {
  const a = createHash('sha256')
  const b = createHash('sha512')
  const buffer = Buffer.allocUnsafe(1 << 18)
  const file = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW)
  let size = 0
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      const view = buffer.subarray(0, bytesRead)
      a.update(view)
      b.update(view)
      size += bytesRead
    }
  } finally {
    await file.close()
  }
  return { size, sha256: a.digest('hex'), sha512: b.digest('base64') }
}

/** The roots file inputs may point into: the workspace and RUNNER_TEMP. */
export function inputRoots(workspace: string, env: NodeJS.ProcessEnv = process.env): PathRoot[] {
  return allowedRoots({ ...env, GITHUB_WORKSPACE: workspace })
}

/**
 * A regular file named by an input, contained in the roots by its real path (a committed link to
 * `/proc/self/environ` is refused): its given and real paths and its size. Later opens use `real`.
 */
export async function containedFile(
  input: string,
  value: string,
  roots: readonly PathRoot[],
): Promise<Contained & { size: number }> {
  const f = await openContained(input, value, { roots })
  await f.handle.close()
  return { path: f.path, real: f.real, size: f.size }
}

/** Files matched by globs (relative to the workspace), sorted, duplicates removed; `!pattern` excludes. */
export async function expandGlobs(workspace: string, globs: readonly string[]): Promise<string[]> {
  const include = globs.filter((g) => !g.startsWith('!'))
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1))
  const found = new Set<string>()
  for (const pattern of include) {
    let matched = 0
    for await (const entry of glob(pattern, { cwd: workspace, exclude, withFileTypes: true })) {
      // Links are kept: containment and the file type are checked on their real path (containedFile).
      if (!entry.isFile() && !entry.isSymbolicLink()) continue
      found.add(relative(workspace, resolve(entry.parentPath, entry.name)))
      matched++
      if (found.size > 1000)
        throw new InputError('artifacts', pattern, 'matches more than 1000 files; a release takes at most 1000 assets')
    }
    if (matched === 0)
      throw new InputError('artifacts', pattern, 'matches no file', {
        hint: `Paths are relative to the workspace (${workspace}).`,
      })
  }
  return [...found].sort()
}

/** Read a text file named by an input (contained in the roots by its real path), bounded to `max` bytes. */
export async function readTextInput(
  input: string,
  value: string,
  roots: readonly PathRoot[],
  max = 1 << 20,
): Promise<string> {
  return (await readContained(input, value, { roots, max })).data.toString('utf8')
}

/** `package/package.json` from an npm tarball, streamed through tar (the rest of the archive is skipped). */
export async function packageJsonOfTarball(path: string): Promise<Record<string, unknown>> {
  const { t } = await import('tar')
  const chunks: Buffer[] = []
  let found = false
  await t({
    file: path,
    filter: (p: string) => p === 'package/package.json' || /^[^/]+\/package\.json$/.test(p),
    onReadEntry: (entry) => {
      if (found) return entry.resume()
      found = true
      entry.on('data', (c: Buffer) => chunks.push(c))
    },
  }).catch((error: unknown) => {
    throw new UserError(`npm-package '${path}' is not a readable npm tarball: ${(error as Error).message}`)
  })
  if (!found) throw new UserError(`npm-package '${path}' has no package/package.json; is it a tarball from 'npm pack'?`)
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
  } catch {
    throw new UserError(`npm-package '${path}': package/package.json is not valid JSON`)
  }
}

/** The real path an input names (contained in the roots; the file need not exist). */
export async function resolveInput(input: string, value: string, roots: readonly PathRoot[]): Promise<string> {
  return (await resolveContained(input, value, { roots })).real
}
