/** Prepend this release to a CHANGELOG file in place: read, merge (pure), write to a temp file and rename. */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { isAbsolute, join, normalize, sep } from 'node:path'
import { InputError } from '@shipline/core'
import { prependRelease } from '../domain/changelog-file.js'

/** Resolve `file` inside `root`, refusing absolute paths and `..`. */
export function changelogPath(root: string, file: string, input = 'changelog-file'): string {
  const rel = normalize(file)
  if (isAbsolute(file) || rel.split(sep).includes('..') || rel.split('/').includes('..')) {
    throw new InputError(input, file, "is not a path inside the working directory (no leading '/', no '..')")
  }
  return join(root, rel)
}

/** Write the release into the file; returns true when the file changed. */
export async function writeChangelogFile(path: string, version: string, section: string): Promise<boolean> {
  const existing = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return ''
    throw e
  })
  const next = prependRelease(existing, version, section)
  if (next === existing) return false
  // A fixed name: a run killed between write and rename leaves one stale temp file that the next run overwrites.
  const tmp = `${path}.shipline.tmp`
  await writeFile(tmp, next)
  await rename(tmp, path)
  return true
}
