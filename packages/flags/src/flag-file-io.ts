/**
 * The file adapter for flag files: read + validate, and an atomic write (core's writeAtomic: temp file in the same
 * directory, fsync, rename), so flagd's file watcher never sees a half-written file.
 */
import { readFile } from 'node:fs/promises'
import { writeAtomic } from '@shipline/core/files'
import { formatFlagFile, parseFlagFileText, FlagFileError, type FlagFile } from './flag-file.js'

/** Read and validate a flag file. Throws {@link FlagFileError} (naming the path) when it is missing or invalid. */
export async function readFlagFile(path: string): Promise<FlagFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new FlagFileError([`cannot read it: ${(error as Error).message}`], path)
  }
  return parseFlagFileText(text, path)
}

/** Validate and write a flag file atomically. Nothing is written when the content is invalid. */
export async function writeFlagFile(path: string, file: FlagFile): Promise<void> {
  await writeAtomic(path, formatFlagFile(file))
}

/** Read, transform and atomically write back a flag file (e.g. with `setRolloutPercentage`). */
export async function updateFlagFile(path: string, change: (file: FlagFile) => FlagFile): Promise<FlagFile> {
  const next = change(await readFlagFile(path))
  await writeFlagFile(path, next)
  return next
}
