/**
 * Prepend this release to a CHANGELOG file in place: read, merge (pure), replace atomically. Both go through
 * core's contained file access: the real path must be in the workspace (or RUNNER_TEMP), a symlink at the file or
 * at its temp name is refused (it would write outside, or copy what it points to into the changelog).
 */
import { checkWritable, readContainedIfExists, writeContained, type Contained } from '@shipline/core'
import { prependRelease } from '../domain/changelog-file.js'

const INPUT = 'changelog-file'
/** A changelog larger than this is not a changelog the action should rewrite. */
const MAX_BYTES = 32 << 20

/** Check the input early (before the engine loads): relative to the working directory, inside the roots, writable. */
export function checkChangelogPath(cwd: string, file: string): Promise<Contained> {
  return checkWritable(INPUT, file, { base: cwd })
}

/** Write the release into the file; returns true when the file changed. */
export async function writeChangelogFile(
  cwd: string,
  file: string,
  version: string,
  section: string,
): Promise<boolean> {
  const existing = (await readContainedIfExists(INPUT, file, { base: cwd, max: MAX_BYTES }))?.toString('utf8') ?? ''
  const next = prependRelease(existing, version, section)
  if (next === existing) return false
  await writeContained(INPUT, file, next, { base: cwd })
  return true
}
