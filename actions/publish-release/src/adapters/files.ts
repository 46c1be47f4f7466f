/**
 * Local files: expanding artifact globs and the tarball's package.json. Contained reads and hashing are core's
 * (paths.ts statContained/readContained, hash.ts hashFile).
 */
import { glob } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { InputError, UserError } from '@shipline/core'

/** Files matched by globs (relative to the workspace), sorted, duplicates removed; `!pattern` excludes. */
export async function expandGlobs(workspace: string, globs: readonly string[]): Promise<string[]> {
  const include = globs.filter((g) => !g.startsWith('!'))
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1))
  const found = new Set<string>()
  for (const pattern of include) {
    let matched = 0
    for await (const entry of glob(pattern, { cwd: workspace, exclude, withFileTypes: true })) {
      // Links are kept: containment and the file type are checked on their real path (statContained).
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
