/**
 * The file adapter for flag files: read + validate, and an atomic write (temp file in the same directory,
 * fsync, rename), so flagd's file watcher never sees a half-written file.
 */
import { readFile, writeFile, rename, rm, open } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
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
  const text = formatFlagFile(file)
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, text, { flag: 'wx' })
    const handle = await open(temp, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Read, transform and atomically write back a flag file (e.g. with `setRolloutPercentage`). */
export async function updateFlagFile(path: string, change: (file: FlagFile) => FlagFile): Promise<FlagFile> {
  const next = change(await readFlagFile(path))
  await writeFlagFile(path, next)
  return next
}
