/** Local files: expanding artifact globs, streamed hashing, notes and checksum files, the tarball's package.json. */
import { createHash } from 'node:crypto'
import { glob, open, readFile, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { InputError, UserError } from '@shipline/core'

/**
 * sha256 (hex) and sha512 (base64) of a file, read through one reused 256 KiB buffer: no garbage per chunk, so
 * memory stays flat however big the file is (a read stream would allocate the file's size in chunks for the GC).
 */
export async function hashFile(path: string): Promise<{ size: number; sha256: string; sha512: string }> {
  const a = createHash('sha256')
  const b = createHash('sha512')
  const buffer = Buffer.allocUnsafe(1 << 18)
  const file = await open(path, 'r')
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

/** Resolve a path given in an input, refusing anything outside the allowed roots (the workspace, RUNNER_TEMP). */
export function containedPath(input: string, value: string, roots: readonly string[]): string {
  const full = resolve(roots[0] as string, value)
  const inside = roots.some((root) => {
    const rel = relative(resolve(root), full)
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
  })
  if (!inside) throw new InputError(input, value, `is outside the allowed roots; give a path inside ${allowedRoots(roots)}`)
  return full
}

/** The allowed roots by name (the first is the workspace, the second RUNNER_TEMP), as core's paths.ts words them. */
function allowedRoots(roots: readonly string[]): string {
  const [workspace, temp] = roots
  return `the workspace (${workspace ?? '?'})${temp ? ` or RUNNER_TEMP (${temp})` : ' (RUNNER_TEMP is not set)'}`
}

/** A regular file's size, or an error naming the input that pointed at it. */
export async function requireFile(input: string, value: string, path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined)
  if (!info) throw new InputError(input, value, 'names a file that does not exist', { hint: 'Check the path; paths are relative to the workspace.' })
  if (!info.isFile()) throw new InputError(input, value, 'is not a regular file')
  return info.size
}

/** Files matched by globs (relative to the workspace), sorted, duplicates removed; `!pattern` excludes. */
export async function expandGlobs(workspace: string, globs: readonly string[]): Promise<string[]> {
  const include = globs.filter((g) => !g.startsWith('!'))
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1))
  const found = new Set<string>()
  for (const pattern of include) {
    let matched = 0
    for await (const entry of glob(pattern, { cwd: workspace, exclude, withFileTypes: true })) {
      if (!entry.isFile()) continue
      found.add(relative(workspace, resolve(entry.parentPath, entry.name)))
      matched++
      if (found.size > 1000) throw new InputError('artifacts', pattern, 'matches more than 1000 files; a release takes at most 1000 assets')
    }
    if (matched === 0) throw new InputError('artifacts', pattern, 'matches no file', { hint: `Paths are relative to the workspace (${workspace}).` })
  }
  return [...found].sort()
}

/** Read a text file named by an input (contained in the workspace), bounded to `max` bytes. */
export async function readTextInput(input: string, value: string, roots: readonly string[], max = 1 << 20): Promise<string> {
  const path = containedPath(input, value, roots)
  const size = await requireFile(input, value, path)
  if (size > max) throw new InputError(input, value, `is ${size} bytes; at most ${max} are accepted`)
  return readFile(path, 'utf8')
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
